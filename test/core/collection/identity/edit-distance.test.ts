import fc from "fast-check";
import { boundedDistance } from "../../../../src/core/collection/identity/edit-distance";
import { editSimilarity, normaliseText, profileEditSimilarity, comparedProfile } from "../../../../src/core/collection/identity/text-similarity";

/** The full-table Levenshtein distance, the plain definition the bounded one must agree with. */
function levenshtein(x: string, y: string): number {
	let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
	for (let i = 1; i <= x.length; i++) {
		const current = [i];
		for (let j = 1; j <= y.length; j++) {
			current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (x[i - 1] === y[j - 1] ? 0 : 1)));
		}
		previous = current;
	}
	return previous[y.length] as number;
}

/** Texts over a few letters, and edited copies of them, so that near and far pairs both come up. */
const text = fc.string({ unit: fc.constantFrom("a", "b", "c", " ", "é"), maxLength: 60 });
const pair = fc.oneof(
	fc.tuple(text, text),
	fc.tuple(text, fc.array(fc.tuple(fc.nat(), fc.constantFrom("", "a", "x")), { maxLength: 6 })).map(([x, edits]): [string, string] => {
		let y = x;
		for (const [at, put] of edits) {
			const i = y.length === 0 ? 0 : at % y.length;
			y = y.slice(0, i) + put + y.slice(i + 1);
		}
		return [x, y];
	}),
);

describe("bounded edit distance", () => {
	it("gives the exact distance up to its limit and limit + 1 beyond it", () => {
		fc.assert(
			fc.property(pair, fc.nat(30), ([x, y], limit) => {
				const exact = levenshtein(x, y);
				expect(boundedDistance(x, y, limit)).toBe(exact <= limit ? exact : limit + 1);
			}),
			{ numRuns: 2000 },
		);
	});

	it("rates texts as the full table does: 1 − distance / length within a fifth of edits, else 0", () => {
		fc.assert(
			fc.property(pair, ([a, b]) => {
				const x = normaliseText(a).toLowerCase();
				const y = normaliseText(b).toLowerCase();
				const longest = Math.max(x.length, y.length);
				const distance = levenshtein(x, y);
				const expected = longest === 0 ? 1 : distance > Math.floor(longest * 0.2) ? 0 : 1 - distance / longest;
				expect(editSimilarity(a, b)).toBeCloseTo(expected, 12);
			}),
			{ numRuns: 2000 },
		);
	});

	it("answers the same above a threshold when asked for that threshold only", () => {
		fc.assert(
			fc.property(pair, fc.constantFrom(0.8, 0.85, 0.9), ([a, b], atLeast) => {
				const full = editSimilarity(a, b);
				const partial = profileEditSimilarity(comparedProfile(a), comparedProfile(b), atLeast);
				if (full >= atLeast) expect(partial).toBe(full);
				else expect(partial < atLeast).toBe(true);
			}),
			{ numRuns: 2000 },
		);
	});

	it("takes about length + distance² steps for a long text with a few edits, not length²", () => {
		const long = "the token of the identity pool keeps the user in the region ".repeat(35);
		const edited = long.replace(/identity/g, "idemtity").slice(0, 2000);
		const cells = { count: 0 };
		const distance = boundedDistance(long.slice(0, 2000), edited, 400, cells);
		expect(distance).toBeGreaterThan(0);
		expect(distance).toBeLessThanOrEqual(40);
		expect(cells.count).toBeLessThan(2000 + 2 * 40 * 40 + 2000);
	});
});
