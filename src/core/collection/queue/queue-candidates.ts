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
	/** Due time each listed card was filed under, to find it again without a scan. */
	private readonly filedAt = new Map<string, number>();
	private readonly dirty = new Set<string>();

	/** Marks a card for re-filing (after an answer, a bury, a suspension or an undo). */
	changed(id: string): void {
		this.dirty.add(id);
	}

	/** Drops the list (notes changed, options changed, store replaced). */
	reset(): void {
		this.key = undefined;
		this.dirty.clear();
	}

	/** The list for `key`, brought up to date: `all` gives every card, `get` one card as it is now. */
	list(key: string, test: CandidateTest, all: () => readonly CardInfo[], get: (id: string) => CardInfo | undefined): readonly CardInfo[] {
		if (key !== this.key) {
			this.sorted = all().filter(test).sort((a, b) => a.due - b.due);
			this.filedAt.clear();
			for (const card of this.sorted) this.filedAt.set(card.id, card.due);
			this.key = key;
			this.dirty.clear();
		} else if (this.dirty.size > 0) {
			for (const id of this.dirty) {
				this.remove(id);
				const card = get(id);
				if (card && test(card)) {
					this.sorted.splice(this.firstAfter(card.due), 0, card);
					this.filedAt.set(id, card.due);
				}
			}
			this.dirty.clear();
		}
		return this.sorted;
	}

	private remove(id: string): void {
		const due = this.filedAt.get(id);
		if (due === undefined) return;
		this.filedAt.delete(id);
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

/** The cards of a due-sorted list due at or before `until` that `skip` lets through. */
export function dueBy(sorted: readonly CardInfo[], until: number, skip: (card: CardInfo) => boolean): CardInfo[] {
	const taken: CardInfo[] = [];
	for (const card of sorted) {
		if (card.due > until) break;
		if (!skip(card)) taken.push(card);
	}
	return taken;
}
