import { DEFAULT_SCHEDULER_OPTIONS } from "../../../src/core";
import { isLeech } from "../../../src/core/scheduler/leech";

describe("isLeech", () => {
	it.each([
		{ lapses: 0, threshold: 8, leech: false },
		{ lapses: 7, threshold: 8, leech: false },
		{ lapses: 8, threshold: 8, leech: true },
		{ lapses: 13, threshold: 8, leech: true },
		{ lapses: 3, threshold: 3, leech: true },
		{ lapses: 50, threshold: 0, leech: false },
	])("with a threshold of $threshold, $lapses lapses make a leech: $leech", ({ lapses, threshold, leech }) => {
		expect(isLeech(lapses, { leechThreshold: threshold })).toBe(leech);
	});

	it("tags a card at 8 lapses by default", () => {
		expect(isLeech(8, DEFAULT_SCHEDULER_OPTIONS)).toBe(true);
		expect(isLeech(7, DEFAULT_SCHEDULER_OPTIONS)).toBe(false);
	});
});
