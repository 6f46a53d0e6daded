import type { SchedulingState } from "../../../types";
import type { LogSummary } from "../../log/stored-answers";
import type { StateLines } from "./packed-state";
import { isLineRef, PackedOverlay } from "./packed-overlay";

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
export class StateCache extends PackedOverlay<StateLines, SchedulingState> {
	/** A card's state (decoded on first use). Treat it as read-only: `set` a new one to change it. */
	get(id: string): SchedulingState | undefined {
		const cached = this.at(id);
		return cached !== undefined && isLineRef(cached) ? cached.lines.state(cached.index) : cached;
	}

	/** A copy that can change apart from this one (sharing its text and states, which never change in place). */
	copy(): StateCache {
		const copy = new StateCache();
		copy.copyOf(this);
		return copy;
	}

	set(id: string, state: SchedulingState): void {
		this.replace(id, state);
	}

	/**
	 * A `has` for ids asked mostly in increasing order (as a loaded log's come): walks the loaded lines
	 * alongside instead of searching them for each id; searches for an id asked out of order.
	 */
	hasInOrder(): (id: string) => boolean {
		const indexOf = this.ownIndexInOrder();
		return (id) => {
			const index = indexOf(id);
			return index === undefined ? this.has(id) : index >= 0;
		};
	}

	/** A card's state as written (`state,due,…`), without decoding it. */
	fieldsText(id: string): string | undefined {
		const cached = this.at(id);
		return cached !== undefined && isLineRef(cached) ? cached.lines.fieldsText(cached.index) : undefined;
	}

	/** Epoch ms of a card's last answer, without decoding its state. */
	lastReview(id: string): number | undefined {
		const cached = this.at(id);
		if (cached === undefined) return undefined;
		return isLineRef(cached) ? lastReviewOf(cached.lines, cached.index) : cached.lastReview;
	}

	/** Calls `visit` with each card's id and last answer time, decoding nothing. */
	forEachLastReview(visit: (id: string, lastReview: number | undefined) => void): void {
		const lines = this.lines;
		if (lines) lines.ids.forEach((id, i) => {
			if (!this.changed.has(id)) visit(id, lastReviewOf(lines, i));
		});
		for (const [id, cached] of this.changed) {
			if (cached !== null) visit(id, isLineRef(cached) ? lastReviewOf(cached.lines, cached.index) : cached.lastReview);
		}
	}

	/**
	 * Fills in, for each loaded line whose card `isPlain` accepts, what the log says (`summaryOf`, asked
	 * in id order); returns the ids of the other cards, whose states the loader completes the slow way.
	 * Yields every `linesPerStep` lines: at bench scale the walk over 50,000 lines was a step of 25–30 ms.
	 */
	*completeLoaded(summaryOf: (id: string) => LogSummary | undefined, isPlain: (id: string) => boolean, linesPerStep: number): Generator<void, string[]> {
		const others: string[] = [];
		const lines = this.lines;
		const ids = lines?.ids ?? [];
		for (let i = 0; i < ids.length; i++) {
			if (i > 0 && i % linesPerStep === 0) yield;
			const id = ids[i] as string;
			if (this.changed.has(id)) continue;
			if (!isPlain(id)) {
				others.push(id);
				continue;
			}
			const summary = summaryOf(id);
			if (summary && summary.count > 0) (lines as StateLines).complete(i, summary.count, summary.lastTime, summary.lastOffset);
		}
		for (const [id, cached] of this.changed) if (cached !== null) others.push(id);
		return others;
	}

	/** Visits every card's state in id order. */
	visitInOrder(visitor: StateVisitor): void {
		this.walkInOrder((id, lines, index) => visitor.line(id, lines, index), (id, state) => visitor.state(id, state));
	}
}
