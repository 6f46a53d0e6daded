import { runtimeUtcOffset } from "../scheduler/local-day";
import { type CardInfo, type CollectionOptions, type ReviewRecord, type UtcOffset } from "../types";
import { replayStoredCard } from "./log/card-replay";
import { applyOptions, DEFAULT_STORE_OPTIONS, parseOptionsHash } from "./collection-options";
import { CollectionMemos } from "./collection-memos";
import { buriedAt, todayStart, withBurials, type QueueScope } from "./queue/collection-queue";
import { LiveView } from "./identity/live-view";
import type { IndexingScope } from "./identity/note-orphans";
import { type ReviewScope, type UndoAction } from "./log/review-actions";
import { onEach } from "./log/study-actions";
import { storeClock } from "./store/store-lifecycle";
import { StoreFiles } from "./store/store-files";
import type { MergeTarget } from "./store/merge/merge-steps";
import { isStorableTime, MAX_TIME } from "./log/log-limits";
import { emptyStore, type StoreData } from "./store-model";
import { DEFAULT_DEVICE_ID, type LocalOptions } from "./collection-local";

export { DEFAULT_DEVICE_ID, type LocalOptions };

/** Cards a change may refresh one by one within a slice; when more change, every derived value is dropped. */
const MANY_CARDS = 1_000;

/**
 * The state of a collection and the scopes its parts are given: the fields every public method of
 * `Collection` works on, kept apart so that the class itself reads as its public API.
 */
export abstract class CollectionBase {
	protected data: StoreData;
	protected view: LiveView;
	protected readonly deviceId: string;
	protected readonly utcOffset: UtcOffset;
	protected readonly undoStack: UndoAction[] = [];
	/** What this device read and wrote of the plugin folder (layout 4). */
	protected readonly files: StoreFiles;
	protected readonly memos = new CollectionMemos(() => this.core());
	/** The latest time any call has given; `cards()` reports burials as at this time. */
	protected clock = 0;

	/** An empty store; invalid options are a bug in the caller and throw. */
	constructor(options: Partial<CollectionOptions> = {}) {
		const { deviceId, utcOffset, ...synced } = options;
		this.deviceId = deviceId ?? DEFAULT_DEVICE_ID;
		this.utcOffset = utcOffset ?? runtimeUtcOffset;
		this.files = new StoreFiles(this.deviceId);
		const applied = applyOptions(DEFAULT_STORE_OPTIONS, synced);
		if (!applied.ok) throw new Error(`Invalid collection options: ${applied.error}`);
		this.data = emptyStore(applied.options);
		this.view = new LiveView(this.data);
	}


	protected cardsAt(time: number): CardInfo[] {
		const scope = this.queueScope();
		return withBurials(this.memos.infos.all(), buriedAt(scope, time, scope.answeredSince(todayStart(scope, time))));
	}


	protected bulk(now: Date, ids: readonly string[], act: (scope: ReviewScope, id: string, time: number) => void): void {
		this.tick(now);
		const scope = this.reviewScope();
		onEach(scope, ids, (id) => act(scope, id, now.getTime()));
	}

	protected replaceStore(data: StoreData, view = new LiveView(data)): void {
		this.data = data;
		this.view = view;
		this.view.drainTouched();
		this.clock = Math.max(this.clock, storeClock(data));
		this.memos.storeReplaced();
	}

	/** Every change starts here, so a bad time (a bug in the caller) throws before it can reach the saved data. */
	protected tick(now: Date): void {
		const time = now.getTime();
		if (!isStorableTime(time)) throw new Error(`Invalid time ${String(now)}: expected a date within ${MAX_TIME} ms of 1970.`);
		this.clock = Math.max(this.clock, time);
	}

	protected rebuildView(): void {
		this.replaceStore(this.data);
	}

	protected notesChanged(): void {
		this.memos.notesChanged(this.view.drainTouched());
	}

	protected changed(cardId: string): void {
		this.memos.cardChanged(cardId);
	}

	protected records(cardId: string): ReviewRecord[] {
		const memo = this.memos.records.get(cardId);
		if (memo) return memo;
		const { records } = replayStoredCard(this.data, this.view, cardId);
		this.memos.records.set(cardId, records);
		return records;
	}

	protected core(): { data: StoreData; view: LiveView } {
		return { data: this.data, view: this.view };
	}

	/** What a merge in steps works on: this collection as it is at each step. */
	protected mergeTarget(): MergeTarget {
		return {
			core: () => this.core(),
			watch: () => this.memos.watch(),
			unwatch: (watch) => this.memos.unwatch(watch),
			answersMerged: (ids) => {
				// Refreshing each card's info costs more than building them all again at the next queue.
				if (ids.length > MANY_CARDS) this.memos.storeReplaced();
				else for (const id of ids) this.changed(id);
				this.memos.answeredToday.clear();
			},
			replace: (merged) => this.replaceStore(merged.data, merged.view),
		};
	}

	protected indexingScope(): IndexingScope {
		return { data: this.data, view: this.view, parseHash: parseOptionsHash(this.data.options) };
	}

	protected reviewScope(): ReviewScope {
		const changed = (id: string): void => this.changed(id);
		return { data: this.data, view: this.view, deviceId: this.deviceId, utcOffset: this.utcOffset, undoStack: this.undoStack, changed };
	}

	protected queueScope(): QueueScope {
		return {
			data: this.data,
			view: this.view,
			utcOffset: this.utcOffset,
			records: (id: string) => this.records(id),
			answeredSince: (dayStart: number) => this.memos.answeredToday.get(this.data, this.view, dayStart),
		};
	}
}
