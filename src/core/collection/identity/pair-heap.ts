/** A pair of an old and a new card of a note, as similarity matching ranks it. */
export interface RankedPair {
	oldIndex: number;
	newIndex: number;
	/** What is known of its score: an upper bound until it is measured (see `stage`). */
	score: number;
	/** Lines between the two cards: breaks ties of score. */
	distance: number;
	/** How far the score is known: 0 from the lengths, 1 with the wording, 2 measured. */
	stage: 0 | 1 | 2;
}

/** Best score first; then the nearer, then the earlier new card, then the earlier old one. */
export function byRank(a: RankedPair, b: RankedPair): number {
	return b.score - a.score || a.distance - b.distance || a.newIndex - b.newIndex || a.oldIndex - b.oldIndex;
}

/** A binary heap of pairs, the first by `byRank` on top. */
export class PairHeap {
	private readonly items: RankedPair[] = [];

	get size(): number {
		return this.items.length;
	}

	push(pair: RankedPair): void {
		const items = this.items;
		let i = items.push(pair) - 1;
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (byRank(items[parent] as RankedPair, pair) <= 0) break;
			items[i] = items[parent] as RankedPair;
			i = parent;
		}
		items[i] = pair;
	}

	/** Takes the first pair out (undefined when empty). */
	pop(): RankedPair | undefined {
		const items = this.items;
		const top = items[0];
		const last = items.pop();
		if (top === undefined || last === undefined || items.length === 0) return top;
		let i = 0;
		for (;;) {
			const left = 2 * i + 1;
			if (left >= items.length) break;
			const right = left + 1;
			const child = right < items.length && byRank(items[right] as RankedPair, items[left] as RankedPair) < 0 ? right : left;
			if (byRank(last, items[child] as RankedPair) <= 0) break;
			items[i] = items[child] as RankedPair;
			i = child;
		}
		items[i] = last;
		return top;
	}
}
