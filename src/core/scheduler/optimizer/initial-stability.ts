/**
 * Initial stability (w0…w3) fitted before training, as fsrs-rs does: for each first rating, the
 * stability whose forgetting curve best matches the recall seen at the first long-term review
 * (a ternary search on log loss, pulled gently towards the default), then smoothed so a better first
 * answer never gives a lower stability, and filled in for ratings never used.
 */
import { DEFAULT_PARAMETERS, INIT_S_MAX, S_MIN } from "./parameters";
import { smoothAndFill } from "./smooth-and-fill";
import { firstLongTermReview, longTermReviewCount, type TrainingItem } from "./training-item";

interface RecallPoint {
	deltaT: number;
	recall: number;
	count: number;
}

const defaultS0 = (rating: number): number => DEFAULT_PARAMETERS[rating - 1] as number;

function recallPoints(items: readonly TrainingItem[]): Map<number, RecallPoint[]> {
	const groups = new Map<number, Map<number, number[]>>();
	for (const item of items) {
		if (longTermReviewCount(item) !== 1) continue;
		const first = firstLongTermReview(item);
		const rating = item.reviews[0]?.rating;
		if (!first || rating === undefined) continue;
		let byDelta = groups.get(rating);
		if (!byDelta) groups.set(rating, (byDelta = new Map<number, number[]>()));
		let labels = byDelta.get(first.deltaT);
		if (!labels) byDelta.set(first.deltaT, (labels = []));
		labels.push(first.rating > 1 ? 1 : 0);
	}
	const points = new Map<number, RecallPoint[]>();
	for (const [rating, byDelta] of groups) {
		const list = [...byDelta.entries()].map(([deltaT, labels]) => ({
			deltaT,
			recall: labels.reduce((a, b) => a + b, 0) / labels.length,
			count: labels.length,
		}));
		points.set(rating, list.sort((a, b) => a.deltaT - b.deltaT));
	}
	return points;
}

function searchLoss(points: readonly RecallPoint[], recalls: readonly number[], s0: number, defaultS: number): number {
	const decay = -(DEFAULT_PARAMETERS[20] as number);
	const factor = Math.pow(0.9, 1 / decay) - 1;
	let loss = 0;
	points.forEach((point, i) => {
		const y = Math.pow((point.deltaT / s0) * factor + 1, decay);
		const recall = recalls[i] as number;
		loss -= (recall * Math.log(y) + (1 - recall) * Math.log(1 - y)) * point.count;
	});
	return loss + Math.abs(s0 - defaultS) / 16;
}

function searchStability(points: readonly RecallPoint[], rating: number, averageRecall: number): number {
	const defaultS = defaultS0(rating);
	// Each day's recall is shrunk towards the average by one pseudo-review.
	const recalls = points.map((p) => (p.recall * p.count + averageRecall) / (p.count + 1));
	let low = S_MIN;
	let high = INIT_S_MAX;
	let optimal = defaultS;
	for (let iter = 0; high - low > Number.EPSILON && iter < 1000; iter++) {
		const mid1 = low + (high - low) / 3;
		const mid2 = high - (high - low) / 3;
		if (searchLoss(points, recalls, mid1, defaultS) < searchLoss(points, recalls, mid2, defaultS)) high = mid2;
		else low = mid1;
		optimal = (high + low) / 2;
	}
	return optimal;
}

/** Fitted w0…w3 and the number of cards seen per first rating; undefined when no card qualifies. */
export function initialStability(
	items: readonly TrainingItem[],
	averageRecall: number,
): { stability: number[]; ratingCount: Map<number, number> } | undefined {
	const points = recallPoints(items);
	const ratingCount = new Map<number, number>();
	const fitted = new Map<number, number>();
	for (const [rating, list] of points) {
		ratingCount.set(rating, list.reduce((sum, p) => sum + p.count, 0));
		fitted.set(rating, searchStability(list, rating, averageRecall));
	}
	const stability = smoothAndFill(fitted, ratingCount);
	return stability && { stability, ratingCount };
}
