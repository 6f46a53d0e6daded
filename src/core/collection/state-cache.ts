import type { SchedulingState } from "../types";
import type { LogSummary } from "./log-entries";
import type { StateLines } from "./packed-state";

/** A line of a loaded cache text (another store's, after a merge). */
interface LineRef {
	lines: StateLines;
	index: number;
}

/** A card's state when it is not its own line of the text this cache was read from. */
type Cached = SchedulingState | LineRef;

function isRef(cached: Cached): cached is LineRef {
	return (cached as LineRef).lines !== undefined;
}

/** Visits each card's state in id order: as a line of a loaded text, or as a state. */
export interface StateVisitor {
	line(id: string, lines: StateLines, index: number): void;
	state(id: string, state: SchedulingState): void;
}

function lastReviewOf(lines: StateLines, i: number): number | undefined {
	const time = lines.lastReview[i] as number;
	return Number.isNaN(time) ? undefined : time;
}

/**
 * The scheduling cache: per canonical reviewable id with history, its state after replaying its log.
 * A store read from disk keeps its cache text's lines (`StateLines`) and decodes a card's state on
 * first use; the time of each card's last answer is known without decoding (the day's queue asks it
 * of every card). What changed since loading is kept beside the lines.
 */
export class StateCache {
	private lines: StateLines | undefined;
	/** Cards whose state is not their line of `lines`: a state, another text's line, or none (null). */
	private readonly changed = new Map<string, Cached | null>();
	private added = 0;
	private removed = 0;
	private version = 0;
	private pristine = false;

	/** Starts from a loaded cache text (on an empty cache); `whole` when it holds every line of that text. */
	load(lines: StateLines, whole: boolean): void {
		this.lines = lines;
		this.pristine = whole;
		this.version++;
	}

	private own(id: string): number {
		return this.lines ? this.lines.indexOf(id) : -1;
	}

	/** A card's state (decoded on first use). Treat it as read-only: `set` a new one to change it. */
	get(id: string): SchedulingState | undefined {
		const cached = this.changed.get(id);
		if (cached === null) return undefined;
		if (cached !== undefined) return isRef(cached) ? cached.lines.state(cached.index) : cached;
		const i = this.own(id);
		return i < 0 ? undefined : this.lines?.state(i);
	}

	set(id: string, state: SchedulingState): void {
		this.replace(id, state);
	}

	delete(id: string): boolean {
		return this.replace(id, null);
	}

	has(id: string): boolean {
		const cached = this.changed.get(id);
		return cached === undefined ? this.own(id) >= 0 : cached !== null;
	}

	/** Card ids, the text's first (in order), then the others. */
	*keys(): IterableIterator<string> {
		for (const id of this.lines?.ids ?? []) if (this.changed.get(id) !== null) yield id;
		for (const [id, cached] of this.changed) if (cached !== null && this.own(id) < 0) yield id;
	}

	get size(): number {
		return (this.lines?.ids.length ?? 0) - this.removed + this.added;
	}

	/** Changes whenever a card is added or removed (not when one changes). */
	get keysVersion(): number {
		return this.version;
	}

	/**
	 * A `has` for ids asked mostly in increasing order (as a loaded log's come): walks the loaded lines
	 * alongside instead of searching them for each id; searches for an id asked out of order.
	 */
	hasInOrder(): (id: string) => boolean {
		let cursor = 0;
		let previous = "";
		const lines = this.lines;
		return (id) => {
			if (this.changed.has(id) || !lines || id < previous) return this.has(id);
			previous = id;
			while (cursor < lines.ids.length && (lines.ids[cursor] as string) < id) cursor++;
			return lines.ids[cursor] === id;
		};
	}

	/** Takes a card's state from another cache, sharing it (states are never changed in place, only replaced). */
	adopt(id: string, other: StateCache): void {
		const cached = other.changed.get(id);
		if (cached === null) return;
		if (cached !== undefined) {
			this.replace(id, cached);
			return;
		}
		const index = other.own(id);
		if (index >= 0 && other.lines) this.replace(id, { lines: other.lines, index });
	}

	/** The loaded text, when no state changed since loading. */
	unchangedText(): StateLines | undefined {
		return this.pristine ? this.lines : undefined;
	}

	/** A card's state as written (`state,due,…`), without decoding it. */
	fieldsText(id: string): string | undefined {
		const cached = this.changed.get(id);
		if (cached === null) return undefined;
		if (cached !== undefined) return isRef(cached) ? cached.lines.fieldsText(cached.index) : undefined;
		const i = this.own(id);
		return i < 0 ? undefined : this.lines?.fieldsText(i);
	}

	/** Epoch ms of a card's last answer, without decoding its state. */
	lastReview(id: string): number | undefined {
		const cached = this.changed.get(id);
		if (cached === null) return undefined;
		if (cached !== undefined) return isRef(cached) ? lastReviewOf(cached.lines, cached.index) : cached.lastReview;
		const i = this.own(id);
		return i < 0 || !this.lines ? undefined : lastReviewOf(this.lines, i);
	}

	/** Calls `visit` with each card's id and last answer time, decoding nothing. */
	forEachLastReview(visit: (id: string, lastReview: number | undefined) => void): void {
		const lines = this.lines;
		if (lines) lines.ids.forEach((id, i) => {
			if (!this.changed.has(id)) visit(id, lastReviewOf(lines, i));
		});
		for (const [id, cached] of this.changed) {
			if (cached !== null) visit(id, isRef(cached) ? lastReviewOf(cached.lines, cached.index) : cached.lastReview);
		}
	}

	/**
	 * Fills in, for each loaded line whose card `isPlain` accepts, what the log says (`summaryOf`, asked
	 * in id order); returns the ids of the other cards, whose states the loader completes the slow way.
	 */
	completeLoaded(summaryOf: (id: string) => LogSummary | undefined, isPlain: (id: string) => boolean): string[] {
		const others: string[] = [];
		const lines = this.lines;
		if (lines) lines.ids.forEach((id, i) => {
			if (this.changed.has(id)) return;
			if (!isPlain(id)) {
				others.push(id);
				return;
			}
			const summary = summaryOf(id);
			if (summary && summary.count > 0) lines.complete(i, summary.count, summary.lastTime, summary.lastOffset);
		});
		for (const [id, cached] of this.changed) if (cached !== null) others.push(id);
		return others;
	}

	/** Visits every card's state in id order. */
	visitInOrder(visitor: StateVisitor): void {
		const own = this.lines?.ids ?? [];
		const others = [...this.changed.keys()].filter((id) => this.changed.get(id) !== null).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
		let i = 0;
		let j = 0;
		while (i < own.length || j < others.length) {
			const mine = own[i];
			const other = others[j];
			if (mine !== undefined && (other === undefined || mine < other)) {
				if (!this.changed.has(mine) && this.lines) visitor.line(mine, this.lines, i);
				i++;
				continue;
			}
			if (other === undefined) break;
			if (mine === other) i++;
			const cached = this.changed.get(other) as Cached;
			if (isRef(cached)) visitor.line(other, cached.lines, cached.index);
			else visitor.state(other, cached);
			j++;
		}
	}

	/** Sets (or removes, with null) a card's state, keeping count of the ids. Returns whether the card had one. */
	private replace(id: string, cached: Cached | null): boolean {
		const had = this.has(id);
		if (cached === null && !had) return false;
		const inText = this.own(id) >= 0;
		if (cached === null && !inText) this.changed.delete(id);
		else this.changed.set(id, cached);
		if (had !== (cached !== null)) {
			this.version++;
			if (inText) this.removed += had ? 1 : -1;
			else this.added += had ? -1 : 1;
		}
		this.pristine = false;
		return had;
	}
}
