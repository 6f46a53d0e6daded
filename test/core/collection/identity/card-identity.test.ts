import fc from "fast-check";
import { clozeOf, hash53, mintId, naturalId, reviewableIds, shortHash, splitId } from "../../../../src/core/collection/identity/card-identity";

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
