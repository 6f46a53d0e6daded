import { DEFAULT_PARAMETERS, type TrainingReview } from "../../../../src/core";
import {
	forgettingCurve,
	itemLossAndGradient,
	ModelWorkspace,
	predictRecall,
} from "../../../../src/core/scheduler/optimizer/memory-model";
import { seededRandom } from "../../../../src/core/scheduler/optimizer/training-schedule";

type Reviews = TrainingReview[];
const r = (rating: TrainingReview["rating"], deltaT: number): TrainingReview => ({ rating, deltaT });

/** Histories chosen to pass through every branch: same-day steps, lapses (floor and formula), hard, easy. */
const HISTORIES: { name: string; reviews: Reviews }[] = [
	{ name: "good, then good after 3 days", reviews: [r(3, 0), r(3, 3)] },
	{ name: "again, same-day good, then a lapse", reviews: [r(1, 0), r(3, 0), r(3, 2), r(1, 9)] },
	{ name: "hard and easy answers", reviews: [r(2, 0), r(2, 1), r(4, 4), r(3, 11), r(2, 20)] },
	{ name: "a lapse then a same-day again and relearning", reviews: [r(3, 0), r(3, 5), r(1, 30), r(1, 0), r(3, 0), r(3, 2)] },
	{ name: "easy first answer, long wait, forgotten", reviews: [r(4, 0), r(4, 15), r(1, 200)] },
];

function loss(w: number[], reviews: Reviews, weight = 0.7): number {
	return itemLossAndGradient(w, reviews, weight, new ModelWorkspace(), new Float64Array(21));
}

function checkGradient(w: number[], reviews: Reviews): void {
	const gradient = new Float64Array(21);
	itemLossAndGradient(w, reviews, 0.7, new ModelWorkspace(), gradient);
	for (let k = 0; k < 21; k++) {
		const h = 1e-6 * Math.max(1, Math.abs(w[k] ?? 0));
		const up = [...w];
		const down = [...w];
		up[k] = (up[k] ?? 0) + h;
		down[k] = (down[k] ?? 0) - h;
		const numeric = (loss(up, reviews) - loss(down, reviews)) / (2 * h);
		const exact = gradient[k] ?? NaN;
		expect({ k, diff: Math.abs(exact - numeric) <= 1e-5 + 1e-4 * Math.abs(numeric) }).toEqual({ k, diff: true });
	}
}

describe("FSRS-6 memory model", () => {
	it("predicts 90% recall after waiting exactly the stability, whatever the decay", () => {
		for (const decay of [0.1, 0.1542, 0.5, 0.8]) {
			const w = [...DEFAULT_PARAMETERS];
			w[20] = decay;
			expect(forgettingCurve(w, 12.5, 12.5)).toBeCloseTo(0.9, 12);
		}
	});

	it("starts a card at the stability its first rating names", () => {
		const ws = new ModelWorkspace();
		// One day with S0 = w2 (first answer Good): R = curve(1, w2).
		expect(predictRecall(DEFAULT_PARAMETERS, [r(3, 0), r(3, 1)], ws)).toBeCloseTo(
			forgettingCurve(DEFAULT_PARAMETERS, 1, DEFAULT_PARAMETERS[2] ?? 0),
			12,
		);
	});

	it.each(HISTORIES)("gives exact gradients (finite differences agree) for $name", ({ reviews }) => {
		checkGradient([...DEFAULT_PARAMETERS], reviews);
	});

	it("gives exact gradients at random parameters inside the bounds", () => {
		const random = seededRandom(7);
		for (let trial = 0; trial < 10; trial++) {
			const w = DEFAULT_PARAMETERS.map((x) => x * (0.6 + random() * 0.8));
			w[16] = Math.max(w[16] ?? 1, 1.05);
			for (const { reviews } of HISTORIES) checkGradient(w, reviews);
		}
	});

	it("takes the failure floor when the lapse formula would give more than the old stability allows", () => {
		const w = [...DEFAULT_PARAMETERS];
		w[17] = 1.5;
		w[18] = 1.5;
		// A large floor divisor makes the floor the smaller value; gradients still match.
		checkGradient(w, [r(3, 0), r(3, 8), r(1, 3)]);
	});

	it("lowers the loss of a recalled item when its gradient step is taken", () => {
		const reviews = [r(3, 0), r(3, 4), r(3, 10)];
		const w = [...DEFAULT_PARAMETERS];
		const gradient = new Float64Array(21);
		const before = itemLossAndGradient(w, reviews, 1, new ModelWorkspace(), gradient);
		const stepped = w.map((x, k) => x - 1e-3 * (gradient[k] ?? 0));
		expect(loss(stepped, reviews, 1)).toBeLessThan(before);
	});
});
