import { DEFAULT_PARAMETERS } from "../../../../src/core";
import { smoothAndFill } from "../../../../src/core/scheduler/optimizer/smooth-and-fill";

const counts = (...ratings: number[]): Map<number, number> => new Map(ratings.map((rating) => [rating, 10]));
const increasing = (values: number[] | undefined): boolean =>
	values !== undefined && values.every((v, i) => i === 0 || v >= (values[i - 1] ?? 0));

describe("initial stability smoothing", () => {
	it("gives nothing when no first rating has data", () => {
		expect(smoothAndFill(new Map(), new Map())).toBeUndefined();
	});

	it("scales the defaults when only one rating has data", () => {
		const factor = 2 / (DEFAULT_PARAMETERS[2] ?? 1);
		const result = smoothAndFill(new Map([[3, 2]]), counts(3)) ?? [];
		result.forEach((value, i) => expect(value).toBeCloseTo((DEFAULT_PARAMETERS[i] ?? 0) * factor, 10));
	});

	it.each([
		[1, 2],
		[1, 3],
		[1, 4],
		[2, 3],
		[2, 4],
		[3, 4],
	])("fills the two missing ratings from ratings %i and %i, rising with the rating", (a, b) => {
		const known = new Map([
			[a, a * 1.5],
			[b, b * 3],
		]);
		const result = smoothAndFill(known, counts(a, b));
		expect(result).toHaveLength(4);
		expect(result?.[a - 1]).toBeCloseTo(a * 1.5, 10);
		expect(result?.[b - 1]).toBeCloseTo(b * 3, 10);
		expect(increasing(result)).toBe(true);
	});

	it.each([1, 2, 3, 4])("fills rating %i from the three others", (missing) => {
		const known = new Map([1, 2, 3, 4].filter((r) => r !== missing).map((r) => [r, r * r]));
		const result = smoothAndFill(known, counts(...known.keys()));
		expect(result).toHaveLength(4);
		expect(increasing(result)).toBe(true);
	});

	it("raises a lower stability for a better first answer to its neighbour's, trusting the rating seen more", () => {
		const fitted = new Map([
			[1, 1],
			[2, 5],
			[3, 3],
			[4, 20],
		]);
		const result = smoothAndFill(
			fitted,
			new Map([
				[1, 10],
				[2, 50],
				[3, 5],
				[4, 10],
			]),
		);
		expect(result).toEqual([1, 5, 5, 20]);
	});

	it("keeps stabilities within 0.001 and 100 days", () => {
		expect(smoothAndFill(new Map([[1, 500]]), counts(1))?.every((v) => v <= 100)).toBe(true);
	});
});
