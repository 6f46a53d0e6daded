import type { ReviewRecord } from "../../types";

/** Replay order of the whole history: by time, then card id (a card's own answers keep their order). */
function byTimeThenCard(a: ReviewRecord, b: ReviewRecord): number {
	return a.time - b.time || (a.card < b.card ? -1 : a.card > b.card ? 1 : 0);
}

/** Merges two lists sorted by `byTimeThenCard` (equal keys never come from both: they are one card's). */
function mergeSorted(a: readonly ReviewRecord[], b: readonly ReviewRecord[]): ReviewRecord[] {
	const result: ReviewRecord[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		if (j >= b.length || (i < a.length && byTimeThenCard(a[i] as ReviewRecord, b[j] as ReviewRecord) <= 0)) result.push(a[i++] as ReviewRecord);
		else result.push(b[j++] as ReviewRecord);
	}
	return result;
}

/** Cards changed since the memo was made, beyond which it is rebuilt whole rather than patched. */
const PATCH_LIMIT = 1000;

/**
 * The replayed history of every card, oldest first, kept until the log changes: a change to a few
 * cards (answers, undo, reset) patches in their records only; anything else (a load, a merge, an
 * indexing, new options) drops it. Records come from the collection's per-card replays.
 */
export class HistoryMemo {
	private all: ReviewRecord[] | undefined;
	private readonly stale = new Set<string>();

	/** A card's records changed (by canonical id). */
	cardChanged(cardId: string): void {
		if (this.all) this.stale.add(cardId);
	}

	/** Anything may have changed. */
	reset(): void {
		this.all = undefined;
		this.stale.clear();
	}

	/** Every card's records; `cards` lists the canonical ids with history, `records` replays one (memoised). */
	get(cards: () => readonly string[], records: (cardId: string) => readonly ReviewRecord[]): readonly ReviewRecord[] {
		if (this.all && this.stale.size > 0 && this.stale.size <= PATCH_LIMIT) {
			const stale = this.stale;
			const kept = this.all.filter((record) => !stale.has(record.card));
			const fresh = [...stale].flatMap((id) => records(id)).sort(byTimeThenCard);
			this.all = mergeSorted(kept, fresh);
		} else if (!this.all || this.stale.size > 0) {
			this.all = cards()
				.flatMap((id) => records(id))
				.sort(byTimeThenCard);
		}
		this.stale.clear();
		return this.all;
	}
}
