import fc from "fast-check";
import { editSimilarity, normaliseText, similarity } from "../../../../src/core/collection/identity/text-similarity";

describe("text similarity", () => {
	it("collapses spacing for exact comparison", () => {
		expect(normaliseText("  What is\n\tit?  ")).toBe("What is it?");
	});

	it("collapses every kind of whitespace the way a \\s+ replace and trim do", () => {
		const units = ["a", "é", "東", " ", " ", "\n", "\t", "\r", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u0001", "?"];
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom(...units) }), (text) => {
				expect(normaliseText(text)).toBe(text.replace(/\s+/g, " ").trim());
			}),
			{ numRuns: 500 },
		);
	});

	it.each([
		["What is Amazon Cognto?", "What is Amazon Cognito?", 0.9, 1],
		["What is the capital of France?", "What is the capital of Spain?", 0, 0.85],
		["Same text", "same   TEXT", 1, 1],
		["short", "entirely different and much longer", 0, 0.01],
	])("rates %j against %j by edits between %d and %d", (a, b, low, high) => {
		const score = editSimilarity(a, b);
		expect(score).toBeGreaterThanOrEqual(low);
		expect(score).toBeLessThanOrEqual(high);
	});

	it.each([
		["A user directory and identity broker.", "A user directory and an identity broker.", 0.85, 1],
		["Paris", "Madrid", 0, 0.3],
		["", "", 1, 1],
		["a", "b", 0, 0],
	])("rates %j against %j by shared letter pairs between %d and %d", (a, b, low, high) => {
		const score = similarity(a, b);
		expect(score).toBeGreaterThanOrEqual(low);
		expect(score).toBeLessThanOrEqual(high);
	});
});
