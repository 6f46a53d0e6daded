import { generateNote, generateVault } from "../../bench/generate-vault";
import { parseNote } from "../../src/core";

describe("generateVault", () => {
	it("gives the same notes for the same seed, and a larger vault starts with the smaller one", () => {
		const small = generateVault(5, 7);
		expect(generateVault(5, 7)).toEqual(small);
		expect(generateVault(8, 7).slice(0, 5)).toEqual(small);
		expect(generateVault(5, 8)).not.toEqual(small);
	});

	it("writes notes in folders that parse into every kind of card", () => {
		const notes = generateVault(60);
		const kinds = new Set(notes.flatMap((generated) => parseNote(generated.text, generated.path).cards.map((card) => card.kind)));
		expect([...kinds].sort()).toEqual(["basic", "cloze", "reversed"]);
		expect(notes.some((generated) => generated.path.includes("/"))).toBe(true);
		expect(notes.every((generated) => generated.path.endsWith(".md"))).toBe(true);
	});

	it("writes frontmatter decks, fences, images and inline cards", () => {
		const text = generateVault(60).map((generated) => generated.text).join("\n");
		for (const piece of ["cards-deck: ", "```ts", "![[diagram-", " :: ", "#card-reverse", "==", "\n$$\n"]) {
			expect(text).toContain(piece);
		}
		expect(generateNote(3).text).toBe(generateVault(4)[3]?.text);
	});
});
