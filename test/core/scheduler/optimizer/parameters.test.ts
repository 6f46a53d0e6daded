import { default_w } from "ts-fsrs";
import { checkedParameters, clipParameters, DEFAULT_PARAMETERS } from "../../../../src/core";
import { parameterBounds } from "../../../../src/core/scheduler/optimizer/parameters";

describe("FSRS-6 parameters", () => {
	it("start from the same defaults ts-fsrs schedules with", () => {
		expect([...DEFAULT_PARAMETERS]).toEqual([...default_w]);
	});

	it("are clipped into fsrs-rs's bounds", () => {
		const w = DEFAULT_PARAMETERS.map(() => 1000);
		clipParameters(w);
		expect(w).toEqual([100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5, 5, 0.25, 0.9, 4, 1, 6, 2, 2, 0.8, 0.8]);
		const low = DEFAULT_PARAMETERS.map(() => -1000);
		clipParameters(low);
		expect(low).toEqual([0.001, 0.001, 0.001, 0.001, 1, 0.001, 0.001, 0.001, 0, 0, 0.001, 0.001, 0.001, 0.001, 0, 0, 1, 0, 0, 0.01, 0.1]);
	});

	it("let w19 reach 0 only when short-term stability is not trained", () => {
		const w = [...DEFAULT_PARAMETERS];
		w[19] = 0;
		clipParameters(w, 1, false);
		expect(w[19]).toBe(0);
		clipParameters(w, 1, true);
		expect(w[19]).toBe(0.01);
	});

	it("keep w17 and w18 lower when several relearning steps could compound them", () => {
		const [, high] = parameterBounds(DEFAULT_PARAMETERS, 3, true)[17] ?? [0, 0];
		expect(high).toBeLessThan(2);
		expect(high).toBeGreaterThan(0);
		expect(parameterBounds(DEFAULT_PARAMETERS, 1, true)[17]).toEqual([0, 2]);
	});

	it("are accepted from storage only as 21 finite numbers", () => {
		expect(checkedParameters([...DEFAULT_PARAMETERS])).toEqual([...DEFAULT_PARAMETERS]);
		expect(checkedParameters(DEFAULT_PARAMETERS.slice(0, 19))).toBeUndefined();
		expect(checkedParameters([...DEFAULT_PARAMETERS.slice(0, 20), NaN])).toBeUndefined();
	});
});
