/** The optimizer's input: one prediction to score, with the card's reviews before it (fsrs-rs's FSRSItem). */
import type { Rating } from "../../types";

/** One review of a card's history. */
export interface TrainingReview {
	rating: Rating;
	/** Local days since the previous review (0 for the first review and for reviews on the same day). */
	deltaT: number;
}

/**
 * A card's reviews up to and including one review on a later day; the earlier reviews predict the
 * last one. Items are given oldest last review first (recent items weigh more).
 */
export interface TrainingItem {
	reviews: TrainingReview[];
}

/** Reviews on a later day than the one before them (the ones memory decay can be measured on). */
export function longTermReviewCount(item: TrainingItem): number {
	let count = 0;
	for (const review of item.reviews) if (review.deltaT > 0) count++;
	return count;
}

/** The first review on a later day, or undefined when every review was on the first day. */
export function firstLongTermReview(item: TrainingItem): TrainingReview | undefined {
	return item.reviews.find((review) => review.deltaT > 0);
}

/** The review the item predicts (its last). */
export function currentReview(item: TrainingItem): TrainingReview {
	const last = item.reviews[item.reviews.length - 1];
	if (!last) throw new Error("A training item needs at least one review");
	return last;
}

/** True when the item is usable: reviews rated 1–4, whole non-negative days, the first at 0, the last later. */
export function isUsableItem(item: TrainingItem): boolean {
	const reviews = item.reviews;
	if (reviews.length < 2 || reviews[0]?.deltaT !== 0) return false;
	for (const review of reviews) {
		// Written without globals (Number.isInteger): this runs once per review of the whole log.
		const { rating, deltaT } = review;
		if (!(rating >= 1 && rating <= 4 && rating % 1 === 0)) return false;
		if (!(deltaT >= 0 && deltaT % 1 === 0 && deltaT < 1e9)) return false;
	}
	return currentReview(item).deltaT > 0;
}

/**
 * The RMSE(bins) bin of an item, as fsrs-rs bins it: by the interval predicted over, the number of
 * long-term reviews and the number of lapses before it, each on a logarithmic scale.
 */
export function binKey(item: TrainingItem): string {
	const deltaT = currentReview(item).deltaT;
	const deltaBin = Math.round(2.48 * Math.pow(3.62, Math.floor(Math.log(deltaT) / Math.log(3.62))) * 100);
	const length = longTermReviewCount(item) + 1;
	const lengthBin = Math.round(1.99 * Math.pow(1.89, Math.floor(Math.log(length) / Math.log(1.89))));
	let lapses = 0;
	for (let i = 0; i < item.reviews.length - 1; i++) {
		const review = item.reviews[i];
		if (review && review.rating === 1 && review.deltaT > 0) lapses++;
	}
	const lapseBin = lapses === 0 ? 0 : Math.round(1.65 * Math.pow(1.73, Math.floor(Math.log(lapses) / Math.log(1.73))));
	return `${deltaBin},${lengthBin},${lapseBin}`;
}

/** Recency weights of items in the given order: 0.25 for the oldest rising to 1 for the newest. */
export function recencyWeights(count: number): Float64Array {
	const weights = new Float64Array(count);
	const span = Math.max(count - 1, 1);
	for (let i = 0; i < count; i++) weights[i] = 0.25 + 0.75 * Math.pow(i / span, 3);
	return weights;
}
