import { parseNote } from "../parser/parse-note";
import { previewAnswers } from "../scheduler/fsrs-adapter";
import { runtimeUtcOffset } from "../scheduler/local-day";
import { RATINGS, type CardInfo, type CollectionOptions, type ParsedNote, type QueueCounts, type Rating, type ReviewQueue, type ReviewRecord, type UtcOffset } from "../types";
import { replayCard } from "./log/card-replay";
import { applyOptions, DEFAULT_STORE_OPTIONS, parseOptionsHash, parseOptionsOf, type OptionsResult } from "./collection-options";
import { CollectionMemos } from "./collection-memos";
import { buriedAt, collectionQueue, isBuriedAt, todayStart, withBurials, type QueueScope } from "./queue/collection-queue";
import { deckCounts } from "./queue/deck-counts";
import { LiveView } from "./identity/live-view";
import { indexParsedNote, type IndexChanges, type NoteStat } from "./identity/note-indexing";
import { deleteNoteRecord, isNoteUnchanged, renameNoteRecord } from "./identity/note-lifecycle";
import type { IndexingScope } from "./identity/note-orphans";
import { cardsWithHistory, listOrphans, purge, type OrphanInfo } from "./identity/orphan-cards";
import { answerCard, buryCard, liveCardId, refreshCard, replayedPreview, stateOf, suspendCard, undoLast, type ReviewScope, type UndoAction } from "./log/review-actions";
import { markReset } from "./log/review-log";
import { encodeStore } from "./store/store-encode";
import { loadedState, mergedState, storeClock } from "./store/store-lifecycle";
import { readStore } from "./store/store-load";
import { emptyStore, type StoreData, type StoreOptions } from "./store-model";
import type { StoreJson } from "./store/store-schema";

/** Device-local settings: never synced, never in `toJSON`. */
export interface LocalOptions {
	/** This device's id, recorded with each answer. */
	deviceId?: string;
	/** Time zone for day boundaries (tests inject one); the runtime's when absent. */
	utcOffset?: UtcOffset;
}

/** Device id used when the shell gives none. */
export const DEFAULT_DEVICE_ID = "local";

/**
 * The card store (DESIGN §3): every note card of the vault with its identity, the review log that is
 * the source of truth, the scheduling cache, bury/suspend state and the synced options. Pure: time is
 * always a parameter. Undo covers this session's answers, burials and suspensions (newest first); the
 * undo history is not persisted, so a collection loaded with `fromJSON` starts with none.
 */
export class Collection {
	private data: StoreData;
	private view: LiveView;
	private readonly deviceId: string;
	private readonly utcOffset: UtcOffset;
	private readonly undoStack: UndoAction[] = [];
	private readonly memos = new CollectionMemos(() => this.core());
	/** The latest time any call has given; `cards()` reports burials as at this time. */
	private clock = 0;

	/** An empty store; invalid options are a bug in the caller and throw. */
	constructor(options: Partial<CollectionOptions> = {}) {
		const { deviceId, utcOffset, ...synced } = options;
		this.deviceId = deviceId ?? DEFAULT_DEVICE_ID;
		this.utcOffset = utcOffset ?? runtimeUtcOffset;
		const applied = applyOptions(DEFAULT_STORE_OPTIONS, synced);
		if (!applied.ok) throw new Error(`Invalid collection options: ${applied.error}`);
		this.data = emptyStore(applied.options);
		this.view = new LiveView(this.data);
	}

	/** Reads stored data (any known version); throws `CollectionDataError` on anything else, null included. */
	static fromJSON(data: unknown, local: LocalOptions = {}): Collection {
		const collection = new Collection(local);
		collection.replaceStore(readStore(data));
		loadedState(collection.data, collection.view);
		return collection;
	}

	/** Plain JSON for `data.json`: schema-versioned, options included, device-local settings left out. */
	toJSON(): StoreJson {
		return encodeStore(this.data);
	}

	/** The synced options (parse and scheduling). */
	options(): StoreOptions {
		return { ...this.data.options };
	}

	/** Changes options if every value is valid; otherwise nothing changes and the error says which value is wrong. */
	setOptions(changes: Partial<StoreOptions>): OptionsResult {
		const result = applyOptions(this.data.options, changes);
		if (!result.ok) return result;
		this.data.options = result.options;
		this.data.optionsRev++;
		this.memos.optionsChanged();
		return result;
	}

	/** Adds, updates and orphans the cards of one note; `stat` lets `isNoteUpToDate` skip it next time. */
	indexNote(path: string, markdown: string, now: Date, stat?: NoteStat): IndexChanges {
		return this.indexParsed(path, parseNote(markdown, path, parseOptionsOf(this.data.options)), now, stat);
	}

	/** `indexNote` for an already parsed note. */
	indexParsed(path: string, parsed: ParsedNote, now: Date, stat?: NoteStat): IndexChanges {
		this.tick(now);
		const changes = indexParsedNote(this.indexingScope(), path, parsed, now.getTime(), stat);
		this.notesChanged();
		return changes;
	}

	/** Whether a note was indexed at this mtime and size with the current parse options. */
	isNoteUpToDate(path: string, mtime: number, size: number): boolean {
		return isNoteUnchanged(this.data, path, { mtime, size });
	}

	/** Paths of the notes the store holds cards for, sorted (the shell drops those no longer in the vault). */
	notePaths(): string[] {
		return [...this.data.notes.values()].filter((note) => !note.deleted).map((note) => note.path).sort();
	}

	/** Moves a note's cards to a new path, history and ids unchanged; the shell then re-indexes the text. */
	renameNote(oldPath: string, newPath: string): void {
		renameNoteRecord(this.indexingScope(), oldPath, newPath, this.clock);
		this.notesChanged();
	}

	/** Forgets a note: its cards with history become orphans. */
	deleteNote(path: string, now: Date): void {
		this.tick(now);
		deleteNoteRecord(this.indexingScope(), path, now.getTime());
		this.notesChanged();
	}

	/** Every live reviewable card in note and document order, burials as at the latest time seen. */
	cards(): CardInfo[] {
		const scope = this.queueScope();
		const hidden = buriedAt(scope, this.clock, scope.answeredSince(todayStart(scope, this.clock)));
		return withBurials(this.memos.infos.all(), hidden);
	}

	/** One live card (by any of its ids), burials as at the latest time seen; undefined when not live. */
	card(cardId: string): CardInfo | undefined {
		const info = this.memos.infos.get(this.view.canonicalId(cardId));
		if (!info) return undefined;
		return isBuriedAt(this.queueScope(), info.id, this.clock) ? { ...info, buried: true } : info;
	}

	/** Today's cards of a deck subtree in review order, daily limits counted from today's answers. */
	queue(now: Date, deck?: string): ReviewQueue {
		this.tick(now);
		return collectionQueue(this.queueScope(), this.memos.infos, this.memos.candidates, now.getTime(), deck);
	}

	/**
	 * Today's counts of every deck subtree at once, keyed by deck path ("" for every deck): each is
	 * `queue(now, deck).counts`, for the cost of one queue rather than one per deck.
	 */
	deckCounts(now: Date): Map<string, QueueCounts> {
		this.tick(now);
		return deckCounts(this.queueScope(), this.memos.infos, now.getTime());
	}

	/** Due time (epoch ms) after each answer; answering that rating at the same `now` commits exactly it. */
	preview(cardId: string, now: Date): Record<Rating, number> {
		const id = liveCardId(this.view, cardId);
		const time = now.getTime();
		const replayed = replayedPreview(this.reviewScope(), id, time);
		if (replayed) return replayed;
		const offset = this.utcOffset(time);
		const states = previewAnswers(stateOf(this.core(), id), time, { cardId: id, options: this.data.options, utcOffset: () => offset });
		return { 1: states[1].due, 2: states[2].due, 3: states[3].due, 4: states[4].due };
	}

	/** Records an answer (`durationMs`: time spent, kept to 0.1 s). An unknown id throws an Error naming it. */
	answer(cardId: string, rating: Rating, now: Date, durationMs?: number): void {
		if (!RATINGS.includes(rating)) throw new Error(`Invalid rating ${String(rating)}: expected 1, 2, 3 or 4.`);
		this.tick(now);
		const id = answerCard(this.reviewScope(), cardId, rating, now.getTime(), durationMs);
		const lastReview = this.data.cache.get(id)?.lastReview;
		if (lastReview !== undefined) this.memos.answeredToday.answered(id, lastReview);
	}

	/** Hides a card until the next day starts. */
	bury(cardId: string, now: Date): void {
		this.tick(now);
		buryCard(this.reviewScope(), cardId, now.getTime());
	}

	/** Suspends (never shown) or unsuspends a card. */
	suspend(cardId: string, suspended: boolean, now: Date): void {
		this.tick(now);
		suspendCard(this.reviewScope(), cardId, suspended, now.getTime());
	}

	/** Makes a card new again; its answers stay in its history (a synced tombstone, not undoable). */
	resetCard(cardId: string, now: Date): void {
		this.tick(now);
		const id = liveCardId(this.view, cardId);
		markReset(this.data.log, id, now.getTime());
		refreshCard(this.core(), id);
		this.memos.answeredToday.clear();
		this.changed(id);
	}

	/** Undoes this session's last answer, bury or suspend (indexing is never undone); false when none is left. */
	undo(): boolean {
		const { undone, cardId } = undoLast(this.reviewScope());
		this.memos.answeredToday.clear();
		if (cardId !== undefined && this.view.resolver.isAliased(cardId.split("-")[0] ?? cardId)) this.rebuildView();
		return undone;
	}

	/** How many actions `undo` can still take back. */
	undoDepth(): number {
		return this.undoStack.length;
	}

	/** Cards with history that are in no note now. */
	orphans(): OrphanInfo[] {
		return listOrphans(this.core());
	}

	/** Deletes the history of the given orphans (live cards are ignored): the only deletion of reviews. */
	purgeOrphans(ids: string[], now: Date): void {
		this.tick(now);
		purge(this.core(), ids, now.getTime());
		this.rebuildView();
	}

	/**
	 * Replayed answers of one card (any of its ids), or of every card, oldest first. Replays are kept
	 * until the log changes, and then only the cards that changed are replayed again.
	 */
	history(cardId?: string): ReviewRecord[] {
		if (cardId !== undefined) return [...this.records(this.view.canonicalId(cardId))];
		return [...this.memos.history.get(() => cardsWithHistory(this.core()), (id) => this.records(id))];
	}

	/** Unites another device's stored data with this store (validated like `fromJSON`). */
	merge(other: unknown): void {
		const theirs = readStore(other);
		const theirView = new LiveView(theirs);
		loadedState(theirs, theirView);
		const merged = mergedState({ data: this.data, view: this.view }, { data: theirs, view: theirView });
		this.replaceStore(merged.data, merged.view);
	}

	private replaceStore(data: StoreData, view = new LiveView(data)): void {
		this.data = data;
		this.view = view;
		this.view.drainTouched();
		this.clock = Math.max(this.clock, storeClock(data));
		this.memos.storeReplaced();
	}

	/** Every change starts here, so a bad time (a bug in the caller) throws before it can reach the saved data. */
	private tick(now: Date): void {
		const time = now.getTime();
		if (!Number.isSafeInteger(time)) throw new Error(`Invalid time ${String(now)}: expected a valid Date.`);
		this.clock = Math.max(this.clock, time);
	}

	private rebuildView(): void {
		this.replaceStore(this.data);
	}

	private notesChanged(): void {
		this.memos.notesChanged(this.view.drainTouched());
	}

	private changed(cardId: string): void {
		this.memos.cardChanged(cardId);
	}

	private records(cardId: string): ReviewRecord[] {
		const memo = this.memos.records.get(cardId);
		if (memo) return memo;
		const { records } = replayCard(this.data.log, this.view.rawIds(cardId), cardId, this.data.options);
		this.memos.records.set(cardId, records);
		return records;
	}

	private core(): { data: StoreData; view: LiveView } {
		return { data: this.data, view: this.view };
	}

	private indexingScope(): IndexingScope {
		return { data: this.data, view: this.view, parseHash: parseOptionsHash(this.data.options) };
	}

	private reviewScope(): ReviewScope {
		const changed = (id: string): void => this.changed(id);
		return { data: this.data, view: this.view, deviceId: this.deviceId, utcOffset: this.utcOffset, undoStack: this.undoStack, changed };
	}

	private queueScope(): QueueScope {
		return {
			data: this.data,
			view: this.view,
			utcOffset: this.utcOffset,
			records: (id: string) => this.records(id),
			answeredSince: (dayStart: number) => this.memos.answeredToday.get(this.data, dayStart),
		};
	}
}
