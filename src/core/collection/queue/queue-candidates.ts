import type { CardInfo } from "../../types";

/** Which cards a candidate list holds (a pure test on the card as it is now). */
export type CandidateTest = (card: CardInfo) => boolean;

/**
 * Cards passing a test, sorted by due time, kept between queues: a card that changed is re-filed on the
 * next call instead of re-sorting every card. The list is rebuilt when its key (day, deck) changes or
 * after `reset` (a structural change). Reading a prefix then costs what it returns.
 */
export class SortedCandidates {
	private key: string | undefined;
	private sorted: CardInfo[] = [];
	/** Cards to re-file, with the due time each is filed under now (undefined: not filed). */
	private readonly dirty = new Map<string, number | undefined>();

	/**
	 * Marks a card for re-filing (after an answer, a bury, a suspension or an undo); `filedDue` is its
	 * due time before the change, which finds it in the list without a map of every card's due.
	 */
	changed(id: string, filedDue: number | undefined): void {
		// Changed twice before a queue: the list still holds it under its first due time.
		if (this.key !== undefined && !this.dirty.has(id)) this.dirty.set(id, filedDue);
	}

	/** Drops the list (notes changed, options changed, store replaced). */
	reset(): void {
		this.key = undefined;
		this.dirty.clear();
	}

	/** The list for `key`, brought up to date: `all` gives every card, `get` one card as it is now. */
	list(key: string, test: CandidateTest, all: () => readonly CardInfo[], get: (id: string) => CardInfo | undefined): readonly CardInfo[] {
		if (key !== this.key) {
			this.sorted = sortedByDue(all().filter(test));
			this.key = key;
			this.dirty.clear();
		} else if (this.dirty.size > 0) {
			for (const [id, filedDue] of this.dirty) {
				if (filedDue !== undefined) this.remove(id, filedDue);
				const card = get(id);
				if (card && test(card)) this.sorted.splice(this.firstAfter(card.due), 0, card);
			}
			this.dirty.clear();
		}
		return this.sorted;
	}

	private remove(id: string, due: number): void {
		for (let i = this.firstAtOrAfter(due); i < this.sorted.length && (this.sorted[i] as CardInfo).due === due; i++) {
			if ((this.sorted[i] as CardInfo).id === id) {
				this.sorted.splice(i, 1);
				return;
			}
		}
	}

	/** Index of the first card due after `due`. */
	private firstAfter(due: number): number {
		let lo = 0;
		let hi = this.sorted.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if ((this.sorted[mid] as CardInfo).due <= due) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/** Index of the first card due at or after `due`. */
	private firstAtOrAfter(due: number): number {
		let lo = 0;
		let hi = this.sorted.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if ((this.sorted[mid] as CardInfo).due < due) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}
}

/**
 * Cards by due time, ties in their given order: what a stable sort by due gives, without calling a
 * comparison for each pair (at 50,000 cards that sort alone took most of a frame). The due times are
 * sorted as numbers, natively; each card then goes to the first free place of its due time's run,
 * found by a binary search, so cards with equal due times keep their order.
 */
export function sortedByDue(cards: readonly CardInfo[]): CardInfo[] {
	const n = cards.length;
	const dues = new Float64Array(n);
	for (let i = 0; i < n; i++) dues[i] = (cards[i] as CardInfo).due;
	const order = dues.slice().sort();
	/** At the first place of each run of equal due times: how many of the run are placed. */
	const placed = new Int32Array(n);
	const sorted = new Array<CardInfo>(n);
	for (let i = 0; i < n; i++) {
		const due = dues[i] as number;
		let lo = 0;
		let hi = n;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if ((order[mid] as number) < due) lo = mid + 1;
			else hi = mid;
		}
		const run = placed[lo] as number;
		sorted[lo + run] = cards[i] as CardInfo;
		placed[lo] = run + 1;
	}
	return sorted;
}

/** The cards of a due-sorted list due at or before `until` that `skip` lets through. */
export function dueBy(sorted: readonly CardInfo[], until: number, skip: (card: CardInfo) => boolean): CardInfo[] {
	const taken: CardInfo[] = [];
	for (const card of sorted) {
		if (card.due > until) break;
		if (!skip(card)) taken.push(card);
	}
	return taken;
}
