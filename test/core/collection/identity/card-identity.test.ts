import fc from "fast-check";
import { clozeOf, hash53, isReviewableId, mintId, naturalId, reviewableIds, shortHash, splitId } from "../../../../src/core/collection/identity/card-identity";

const key = { path: "AWS/Cognito.md", kind: "basic" as const, front: "What is Amazon Cognito?", occurrence: 0 };

describe("card ids", () => {
	it("mints the same short id from the same path, kind, front and occurrence", () => {
		expect(naturalId(key)).toMatch(/^[0-9a-z]{10}$/);
		expect(naturalId({ ...key })).toBe(naturalId(key));
	});

	it.each([
		["path", { path: "AWS/Other.md" }],
		["kind", { kind: "reversed" as const }],
		["front", { front: "What is Amazon Cognito ?" }],
		["occurrence", { occurrence: 1 }],
	])("mints another id when the %s differs", (_, change) => {
		expect(naturalId({ ...key, ...change })).not.toBe(naturalId(key));
	});

	it("mints the ids stores already hold: the hash modulo 36^10 in base 36, padded to 10 digits", () => {
		// Ids are stored and synced: the digest must never change, whatever way it is computed.
		expect(naturalId(key)).toBe("5w7b6sgeef");
		fc.assert(
			fc.property(fc.string(), (text) => {
				expect(shortHash(text)).toBe((hash53(text) % 36 ** 10).toString(36).padStart(10, "0"));
			}),
			{ numRuns: 2000 },
		);
	});

	it("salts the id when another card already holds it, the same way every time", () => {
		const taken = new Set([naturalId(key)]);
		const salted = mintId(key, (id) => taken.has(id));
		expect(salted).not.toBe(naturalId(key));
		expect(mintId(key, (id) => taken.has(id))).toBe(salted);
		expect(mintId(key, () => false)).toBe(naturalId(key));
	});

	it.each([
		["basic", [] as number[], ["abc"]],
		["reversed", [], ["abc", "abc-r"]],
		["cloze", [1, 3], ["abc-c1", "abc-c3"]],
	] as const)("derives the reviewable ids of a %s card from its note card id", (kind, clozes, expected) => {
		expect(reviewableIds("abc", kind, clozes)).toEqual(expected);
	});

	it("splits a reviewable id into its note card id and side", () => {
		expect(splitId("abc-r")).toEqual({ base: "abc", suffix: "-r" });
		expect(splitId("abc")).toEqual({ base: "abc", suffix: "" });
		expect(clozeOf("abc-c12")).toBe(12);
		expect(clozeOf("abc-r")).toBeUndefined();
	});
});

describe("isReviewableId", () => {
	const SHAPE = /^[0-9A-Za-z_]{1,40}(-r|-c[0-9]{1,16})?$/;

	it.each([
		["a minted id", "0yzepfsx4k", true],
		["a reversed side", "0yzepfsx4k-r", true],
		["a cloze side of 16 digits", "abc-c1234567890123456", true],
		["a cloze side of 17 digits", "abc-c12345678901234567", false],
		["an empty text", "", false],
		["41 characters", "a".repeat(41), false],
		["a dash with no side", "abc-", false],
		["a cloze side with no number", "abc-c", false],
		["another side letter", "abc-x", false],
		["a space", "abc def", false],
		["a letter outside ASCII", "abé", false],
	])("reads %s as %s", (_, id, expected) => {
		expect(isReviewableId(id)).toBe(expected);
	});

	it("accepts exactly the texts of the id shape", () => {
		const piece = fc.constantFrom("a", "Z", "0", "9", "_", "-", "r", "c", "-r", "-c", "-c1", " ", "é", "\n");
		const text = fc.oneof(fc.string(), fc.array(piece, { maxLength: 50 }).map((parts) => parts.join("")));
		fc.assert(fc.property(text, (id) => isReviewableId(id) === SHAPE.test(id)), { numRuns: 2000 });
	});
});
