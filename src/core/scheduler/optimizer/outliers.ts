/**
 * fsrs-rs's outlier filter: among cards' first long-term reviews, grouped by first rating and by the
 * days waited, rare waits (the smallest groups, up to 5% of a rating's cards or at least 20) and very
 * long ones are dropped, with every later item of those cards.
 */
import { currentReview, firstLongTermReview, longTermReviewCount, type TrainingItem } from "./training-item";

/** Items split for training: the ones initial stability is fitted on, and the ones training uses. */
export interface PreparedItems {
	/** Items whose last review is the card's first long-term review, in kept groups. */
	initialization: TrainingItem[];
	/** Every item whose card's first wait was not filtered out, in the given order. */
	training: TrainingItem[];
}

/** Splits items as fsrs-rs does before fitting (the filter acts on the first long-term review). */
export function filterOutliers(items: readonly TrainingItem[]): PreparedItems {
	// rating → days waited → indices of items
	const groups = new Map<number, Map<number, number[]>>();
	items.forEach((item, index) => {
		if (longTermReviewCount(item) !== 1) return;
		const rating = item.reviews[0]?.rating ?? 0;
		const deltaT = currentReview(item).deltaT;
		let byDelta = groups.get(rating);
		if (!byDelta) groups.set(rating, (byDelta = new Map<number, number[]>()));
		let indices = byDelta.get(deltaT);
		if (!indices) byDelta.set(deltaT, (indices = []));
		indices.push(index);
	});
	const removed = new Map<number, Set<number>>();
	const kept: number[] = [];
	for (const rating of [...groups.keys()].sort((a, b) => a - b)) {
		const byDelta = groups.get(rating) as Map<number, number[]>;
		// Smallest groups first (ties: shorter waits first), as fsrs-rs walks them.
		const subGroups = [...byDelta.entries()].sort((a, b) => a[1].length - b[1].length || a[0] - b[0]);
		const total = subGroups.reduce((sum, [, indices]) => sum + indices.length, 0);
		const removedHere = new Set<number>();
		removed.set(rating, removedHere);
		let hasBeenRemoved = 0;
		for (const [deltaT, indices] of subGroups) {
			if (hasBeenRemoved + indices.length >= Math.max(20, Math.floor(total / 20))) {
				if (indices.length >= 6 && deltaT <= (rating !== 4 ? 100 : 365)) kept.push(...indices);
				else removedHere.add(deltaT);
			} else {
				hasBeenRemoved += indices.length;
				removedHere.add(deltaT);
			}
		}
	}
	const training = items.filter((item) => {
		const first = firstLongTermReview(item);
		const rating = item.reviews[0]?.rating ?? 0;
		return first !== undefined && !(removed.get(rating)?.has(first.deltaT) ?? false);
	});
	return { initialization: kept.map((index) => items[index] as TrainingItem), training };
}

/**
 * The items fsrs-rs's evaluation scores, in its order: the kept first-long-term-review items (group by
 * group), then the kept later ones. Order matters: recent items weigh more.
 */
export function evaluationItems(items: readonly TrainingItem[]): TrainingItem[] {
	const { initialization, training } = filterOutliers(items);
	return [...initialization, ...training.filter((item) => longTermReviewCount(item) > 1)];
}
