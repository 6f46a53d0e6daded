import { DEFAULT_PARAMETERS, evaluateParameters, evaluationItems, filterOutliers, type TrainingItem } from "../../../../src/core";
import { forgettingCurve } from "../../../../src/core/scheduler/optimizer/memory-model";
import { binKey } from "../../../../src/core/scheduler/optimizer/training-item";

const item = (...reviews: [1 | 2 | 3 | 4, number][]): TrainingItem => ({
	reviews: reviews.map(([rating, deltaT]) => ({ rating, deltaT })),
});

describe("evaluateParameters", () => {
	it("weighs a single recalled item's log loss by its predicted recall", () => {
		const w = [...DEFAULT_PARAMETERS];
		const p = forgettingCurve(w, 5, w[2] ?? 0);
		const scores = evaluateParameters([item([3, 0], [3, 5])], w);
		expect(scores.logLoss).toBeCloseTo(-Math.log(p), 10);
		expect(scores.rmseBins).toBeCloseTo(1 - p, 10);
	});

	it("weighs later items more (recency weights from 0.25 to 1)", () => {
		const w = [...DEFAULT_PARAMETERS];
		const recalled = item([3, 0], [3, 5]);
		const forgotten = item([3, 0], [1, 5]);
		const p = forgettingCurve(w, 5, w[2] ?? 0);
		const forgottenLast = evaluateParameters([recalled, forgotten], w).logLoss;
		expect(forgottenLast).toBeCloseTo(-(0.25 * Math.log(p) + 1 * Math.log(1 - p)) / 1.25, 10);
		expect(evaluateParameters([forgotten, recalled], w).logLoss).toBeLessThan(forgottenLast);
	});

	it("bins items by interval, review count and lapses as fsrs-rs does", () => {
		expect(binKey(item([3, 0], [3, 1]))).toBe("248,4,0");
		expect(binKey(item([3, 0], [3, 4]))).toBe("898,4,0");
		expect(binKey(item([3, 0], [1, 3], [3, 0], [3, 20]))).toBe("3250,4,2");
	});

	it("refuses no items and a wrong parameter list with a clear message", () => {
		expect(() => evaluateParameters([], [...DEFAULT_PARAMETERS])).toThrow("No reviews");
		expect(() => evaluateParameters([item([3, 0], [3, 1])], [1, 2, 3])).toThrow("21 finite numbers");
	});
});

describe("outlier filter", () => {
	it("drops cards whose first wait is rare, with every later item of theirs", () => {
		const common = Array.from({ length: 30 }, () => item([3, 0], [3, 2]));
		const rare = item([3, 0], [3, 40]);
		const rareLater = item([3, 0], [3, 40], [3, 90]);
		const { initialization, training } = filterOutliers([...common, rare, rareLater]);
		expect(initialization).toHaveLength(30);
		expect(training).toHaveLength(30);
		expect(training).not.toContain(rareLater);
	});

	it("orders evaluation items as fsrs-rs does: first long-term reviews, then later ones", () => {
		const later = item([3, 0], [3, 2], [3, 5]);
		const common = Array.from({ length: 30 }, () => item([3, 0], [3, 2]));
		const result = evaluationItems([later, ...common]);
		expect(result[result.length - 1]).toBe(later);
		expect(result).toHaveLength(31);
	});
});
