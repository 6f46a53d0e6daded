import { parseNote } from "../parser/parse-note";
import { RATINGS, type CardInfo, type ParsedNote, type QueueCounts, type Rating, type ReviewQueue, type ReviewRecord } from "../types";
import { parseOptionsOf } from "./collection-options";
import { collectionQueue, isBuriedAt, todayStart } from "./queue/collection-queue";
import { nextDayStart } from "../scheduler/local-day";
import { deckCounts } from "./queue/deck-counts";
import { indexParsedNote, type IndexChanges, type NoteStat } from "./identity/note-indexing";
import { deleteNoteRecord, isNoteUnchanged, renameNoteRecord } from "./identity/note-lifecycle";
import { cardsWithHistory, listOrphans, purge, type OrphanInfo } from "./identity/orphan-cards";
import { answerCard, buryCard, previewCard, suspendCard } from "./log/review-actions";
import { practiceCard } from "./log/study-actions";
import { undoLast } from "./log/undo-actions";
import { searchCards, searchQueue } from "./queue/card-search";
import { noteQueue } from "./queue/note-queue";
import type { StudySpec } from "./queue/study-queue";
import type { BuildProgress } from "./queue/card-info-index";
import { CollectionStudy } from "./collection-study";
import { encodeStore } from "./store/json/store-encode";
import { loadedState, loadedStateInSteps, withView } from "./store/store-lifecycle";
import { CARDS_PER_STEP, mergeSteps, type MergeProgress } from "./store/merge/merge-steps";
import { runSteps } from "./run-steps";
import { storedCardTrail } from "./log/card-replay";
import { answerCount } from "./log/review-log";
import { reviewTrail, type ReviewTrail } from "../stats/review-trail";
import { LiveView } from "./identity/live-view";
import { splitId } from "./identity/card-identity";
import { isFileMap } from "./store/store-files";
import { readStore } from "./store/store-load";
import type { StoreJson } from "./store/json/store-schema";

import type { LocalFiles, LocalOptions } from "./collection-local";
export { DEFAULT_DEVICE_ID, type LocalFiles, type LocalOptions } from "./collection-local";

/**
 * The card store (see docs/architecture.md): every note card of the vault with its identity, the review log that is
 * the source of truth, the scheduling cache, bury/suspend state and the synced options. Pure: time is
 * always a parameter. Undo covers this session's answers, burials and suspensions (newest first); the
 * undo history is not persisted, so a collection loaded with `fromJSON` starts with none.
 */
export class Collection extends CollectionStudy {
	/** Reads stored data (any known version); throws `CollectionDataError` on anything else, null included. */
	static fromJSON(data: unknown, local: LocalOptions = {}): Collection {
		const collection = new Collection(local);
		collection.replaceStore(readStore(data));
		loadedState(collection.data, collection.view);
		return collection;
	}

	/**
	 * Reads the plugin folder's files (layout 4, or a data.json of layouts 1–3), by path relative to the
	 * folder; other files are ignored. A part it cannot read is left out and listed by `readOnlyParts`;
	 * throws `CollectionDataError` only when no part can be read.
	 */
	static fromFiles(files: Record<string, string>, local: LocalFiles): Collection {
		return runSteps(Collection.fromFilesInSteps(files, local));
	}

	/** `fromFiles` in steps of a few ms, for a shell that lets the UI run between them (see `mergeInSteps`). */
	static *fromFilesInSteps(files: Record<string, string>, local: LocalFiles): Generator<void, Collection> {
		const collection = new Collection({ deviceId: local.deviceId, ...(local.utcOffset ? { utcOffset: local.utcOffset } : {}) });
		const { data, options } = yield* collection.files.load(files, local.files);
		collection.replaceStore(data, yield* LiveView.inSteps(data));
		yield;
		yield* loadedStateInSteps(collection.data, collection.view, options);
		return collection;
	}

	/** Every synced file this device writes, by path relative to the plugin folder, as text (layout 4). */
	toFiles(): Record<string, string> {
		return this.files.write(this.data);
	}

	/** What this device keeps for itself (the scheduling cache, note texts): never needed for correctness. */
	toLocalFiles(): Record<string, string> {
		return runSteps(this.toLocalFilesInSteps());
	}

	/**
	 * `toLocalFiles` in steps of a few ms (a notes file each), for a shell that lets the UI run between
	 * them: the result describes the store as it was at the first step, whatever changes meanwhile.
	 */
	*toLocalFilesInSteps(): Generator<void, Record<string, string>> {
		return yield* this.files.localInSteps(this.data, this.toFiles());
	}

	/** Parts it will not write: written by a newer version, or unreadable (then left out). */
	readOnlyParts(): string[] {
		return [...this.files.readOnly.keys()].sort();
	}

	/** Plain JSON for `data.json`: schema-versioned, options included, device-local settings left out. */
	toJSON(): StoreJson {
		return encodeStore(this.data);
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

	/** Whether the note at `path` has live cards (as `cards()` would say, without building the card list). */
	hasNoteCards(path: string): boolean {
		const note = this.data.notes.get(path);
		return note !== undefined && !note.deleted && note.cards.length > 0;
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
		return this.cardsAt(this.clock);
	}

	/**
	 * Builds what the queue, the deck counts and `cards()` read at `now` (every card's info, then the
	 * due-sorted candidates of today's queue) in steps, note by note, for a shell that lets the UI run
	 * between them: at 50,000 cards this is too long for one frame. Those calls, made before the steps
	 * end, build the rest at once; the results are the same either way.
	 */
	*prepareCards(now: Date): Generator<BuildProgress, void> {
		const time = now.getTime();
		yield* this.memos.prepare(() => ({ start: todayStart(this.queueScope(), time), end: nextDayStart(time, this.data.options.dayStartHour, this.utcOffset) }));
	}

	/** The cards a query (DESIGN §7) matches, in note order; a malformed query throws an error naming the position. */
	search(query: string, now: Date): CardInfo[] {
		this.tick(now);
		return searchCards(this.queueScope(), this.cardsAt(now.getTime()), query, now.getTime());
	}

	/** One live card (by any of its ids), burials as at the latest time seen; undefined when not live. */
	card(cardId: string): CardInfo | undefined {
		const id = this.view.canonicalId(cardId);
		const path = this.view.placeOf(splitId(id).base)?.path;
		const info = path === undefined ? this.memos.infos.get(id) : this.memos.infos.getIn(id, path);
		if (!info) return undefined;
		return isBuriedAt(this.queueScope(), info.id, this.clock) ? { ...info, buried: true } : info;
	}

	/**
	 * Today's cards of a deck subtree in review order, daily limits counted from today's answers; or,
	 * for a `StudySpec`, the cards of its search in its order, without daily limits.
	 */
	queue(now: Date, target?: string | StudySpec): ReviewQueue {
		this.tick(now);
		const time = now.getTime();
		if (typeof target === "object") return searchQueue(this.queueScope(), this.cardsAt(time), target, time);
		return collectionQueue(this.queueScope(), this.memos.infos, this.memos.candidates, time, target);
	}

	/** One note's cards as a review of that note: no daily limits (see `noteQueue`). */
	noteQueue(path: string, now: Date): ReviewQueue {
		this.tick(now);
		return noteQueue(this.cardsAt(now.getTime()).filter((card) => card.path === path), now.getTime());
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
		return previewCard(this.reviewScope(), cardId, now.getTime());
	}

	/**
	 * Records an answer (`durationMs`: time spent, kept to 0.1 s). With `reschedule: false` it is a
	 * practice answer: kept in the card's history, never changing its schedule, counts or statistics.
	 * An unknown id throws an Error naming it.
	 */
	answer(cardId: string, rating: Rating, now: Date, durationMs?: number, how?: { reschedule: boolean }): void {
		if (!RATINGS.includes(rating)) throw new Error(`Invalid rating ${String(rating)}: expected 1, 2, 3 or 4.`);
		this.tick(now);
		if (how?.reschedule === false) {
			practiceCard(this.reviewScope(), cardId, rating, now.getTime(), durationMs);
			return;
		}
		const id = answerCard(this.reviewScope(), cardId, rating, now.getTime(), durationMs);
		this.files.answered(id, now.getTime());
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

	/** Undoes this session's last answer, bury or suspend (indexing is never undone); false when none is left. */
	undo(): boolean {
		const { undone, cardIds, answers } = undoLast(this.reviewScope());
		for (const answer of answers) this.files.answered(answer.cardId, answer.time);
		this.memos.answeredToday.clear();
		if (cardIds.some((id) => this.view.resolver.isAliased(id.split("-")[0] ?? id))) this.rebuildView();
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
		this.files.logChanged();
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

	/** How many answers the store holds, orphans' and those before a reset included (as `history()` lists them), without replaying. */
	answerCount(): number {
		return answerCount(this.data.log);
	}

	/**
	 * One card's replayed answers (by any of its ids) packed for the statistics. A card not replayed yet
	 * is replayed straight into its trail, keeping neither records nor decoded answers: a view that reads
	 * every card keeps only the packed answers, not the whole log as objects twice.
	 */
	reviewTrail(cardId: string): ReviewTrail {
		const id = this.view.canonicalId(cardId);
		const records = this.memos.records.get(id);
		return records ? reviewTrail(id, records) : storedCardTrail(this.data, this.view, id);
	}

	/** Unites another device's files (or the synced folder: unchanged parts are skipped), or a data.json object, with this store. */
	merge(other: unknown): void {
		runSteps(this.mergeInSteps(other));
	}

	/**
	 * `merge` in steps of a few ms each (a part read, or some cards merged), yielding how many cards are
	 * done, for a caller that lets the UI run between steps. Between steps the collection may be used as
	 * usual; the result is what `merge` gives at the last step. `cardsPerStep`: cards merged between
	 * two yields (the default is a few ms of replaying).
	 */
	*mergeInSteps(other: unknown, cardsPerStep = CARDS_PER_STEP): Generator<MergeProgress | void, void> {
		const files = isFileMap(other);
		const theirs = files ? yield* this.files.incoming(other) : readStore(other);
		// A files map has no states: those of the cards whose answers the merge changes are replayed.
		yield* mergeSteps(this.mergeTarget(), withView(theirs, !files), files, cardsPerStep);
	}
}
