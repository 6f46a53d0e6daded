import { generateHistories } from "../../../../bench/generate-histories";
import {
	DEFAULT_PARAMETERS,
	evaluateParameters,
	evaluationItems,
	optimizeParameters,
	OptimizeAbortedError,
	type TrainingItem,
} from "../../../../src/core";
import { parameterBounds } from "../../../../src/core/scheduler/optimizer/parameters";

// One small generated log shared by the tests (about 3,000 reviews: a run takes a fraction of a second).
const { items } = generateHistories(3000, 11);

describe("optimizeParameters", () => {
	let fitted: number[] = [];
	beforeAll(async () => {
		fitted = await optimizeParameters(items);
	});

	it("fits parameters that predict the reviews better than the defaults", () => {
		const kept = evaluationItems(items);
		expect(evaluateParameters(kept, fitted).logLoss).toBeLessThan(evaluateParameters(kept, [...DEFAULT_PARAMETERS]).logLoss);
	});

	it("keeps every parameter inside its bounds", () => {
		expect(fitted).toHaveLength(21);
		parameterBounds(fitted, 1, true).forEach(([low, high], k) => {
			expect(fitted[k]).toBeGreaterThanOrEqual(low);
			expect(fitted[k]).toBeLessThanOrEqual(high);
		});
	});

	it("is deterministic: the same reviews give the same parameters", async () => {
		const again = await optimizeParameters(items.map((item) => ({ reviews: item.reviews.map((r) => ({ ...r })) })));
		expect(again).toEqual(fitted);
	});

	it("reports progress up to the total over every epoch, pausing between batches when asked", async () => {
		const calls: [number, number][] = [];
		let pauses = 0;
		await optimizeParameters(items, {
			onProgress: (done, total) => calls.push([done, total]),
			// A caller on a UI thread passes a pause that lets the thread breathe between batches.
			pause: () => Promise.resolve(void pauses++),
		});
		expect(pauses).toBe(calls.length);
		expect(calls.length).toBeGreaterThan(5);
		const [done, total] = calls[calls.length - 1] ?? [0, 0];
		expect(done).toBe(total);
		expect(calls.every(([d], i) => i === 0 || d > (calls[i - 1]?.[0] ?? 0))).toBe(true);
	});

	it("stops when its signal is aborted, rejecting with an AbortError", async () => {
		const controller = new AbortController();
		let batches = 0;
		const run = optimizeParameters(items, {
			signal: controller.signal,
			onProgress: () => {
				if (++batches === 2) controller.abort();
			},
		});
		await expect(run).rejects.toBeInstanceOf(OptimizeAbortedError);
		await expect(run).rejects.toMatchObject({ name: "AbortError" });
		expect(batches).toBe(2);
	});

	it("does not start when its signal is already aborted", async () => {
		const controller = new AbortController();
		controller.abort();
		await expect(optimizeParameters([], { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
	});


	it("returns the defaults for too few reviews, and fitted initial stability alone for few", async () => {
		expect(await optimizeParameters([])).toEqual([...DEFAULT_PARAMETERS]);
		const few: TrainingItem[] = Array.from({ length: 40 }, (_, i) => ({
			reviews: [
				{ rating: 3, deltaT: 0 },
				{ rating: i % 5 === 0 ? 1 : 3, deltaT: 3 },
			],
		}));
		const result = await optimizeParameters(few);
		expect(result.slice(4)).toEqual(DEFAULT_PARAMETERS.slice(4));
		expect(result[2]).not.toBe(DEFAULT_PARAMETERS[2]);
	});

	it("ignores unusable items (bad ratings, fractional days, no later day)", async () => {
		const bad: TrainingItem[] = [
			{ reviews: [{ rating: 3, deltaT: 0 }] },
			{ reviews: [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 0 }] },
			{ reviews: [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 1.5 }] },
			{ reviews: [{ rating: 3, deltaT: 2 }, { rating: 3, deltaT: 1 }] },
			{ reviews: [{ rating: 5 as 4, deltaT: 0 }, { rating: 3, deltaT: 1 }] },
		];
		expect(await optimizeParameters([...items, ...bad])).toEqual(fitted);
	});
});
