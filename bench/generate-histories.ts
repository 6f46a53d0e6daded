/**
 * Seeded review histories for the optimizer: cards introduced day by day and reviewed when due, each
 * answer drawn from a "true" FSRS-6 memory (parameters near the defaults), with same-day learning and
 * relearning reviews as a real log has. Returns the items fsrs-rs would train on, oldest first.
 */
import { DEFAULT_PARAMETERS, clipParameters, type TrainingItem, type TrainingReview } from "../src/core";
import { forgettingCurve, ModelWorkspace, runHistory } from "../src/core/scheduler/optimizer/memory-model";
import { seededRandom } from "../src/core/scheduler/optimizer/training-schedule";

/** Generated histories: the items, the true parameters behind them, and how many reviews they hold. */
export interface GeneratedHistories {
	items: TrainingItem[];
	truth: number[];
	reviews: number;
	cards: number;
}

function pick(random: () => number, weights: readonly number[]): number {
	let x = random() * weights.reduce((a, b) => a + b, 0);
	for (let i = 0; i < weights.length; i++) {
		x -= weights[i] as number;
		if (x < 0) return i + 1;
	}
	return weights.length;
}

/** About `reviews` reviews (stops at the first card that reaches it), from seed `seed`. */
export function generateHistories(reviews: number, seed = 1): GeneratedHistories {
	const random = seededRandom(seed);
	const truth = DEFAULT_PARAMETERS.map((w) => w * (0.75 + random() * 0.5));
	clipParameters(truth);
	const ws = new ModelWorkspace();
	const ended: { day: number; card: number; item: TrainingItem }[] = [];
	const days = 365;
	let total = 0;
	let card = 0;
	while (total < reviews) {
		const history: TrainingReview[] = [];
		let day = Math.floor(random() * days);
		const first = pick(random, [0.2, 0.1, 0.6, 0.1]);
		history.push({ rating: first as TrainingReview["rating"], deltaT: 0 });
		if (first <= 2) history.push({ rating: 3, deltaT: 0 });
		for (;;) {
			runHistory(truth, history, history.length, ws, false);
			const interval = Math.max(1, Math.round(ws.s * (0.9 + random() * 0.2)));
			if (day + interval >= days) break;
			day += interval;
			const recalled = random() < forgettingCurve(truth, interval, ws.s);
			const rating = (recalled ? 1 + pick(random, [0.15, 0.75, 0.1]) : 1) as TrainingReview["rating"];
			history.push({ rating, deltaT: interval });
			ended.push({ day, card, item: { reviews: history.slice() } });
			if (rating === 1 && random() < 0.7) history.push({ rating: 3, deltaT: 0 });
		}
		total += history.length;
		card++;
	}
	ended.sort((a, b) => a.day - b.day || a.card - b.card);
	return { items: ended.map((e) => e.item), truth, reviews: total, cards: card };
}
