import { computeMetadata } from "../../__mocks__/obsidian";
import { takesPart } from "../../../src/obsidian/indexing/note-filter";

describe("takesPart", () => {
	it.each([
		{ description: "a heading card", text: "## Q #card\nA", expected: true },
		{ description: "a reversed card", text: "Q #card-reverse\nA", expected: true },
		{ description: "a card/reverse tag in any case", text: "Q #Card/Reverse\nA", expected: true },
		{ description: "a frontmatter tag", text: "---\ntags: [card]\n---\nQ::A", expected: true },
		{ description: "the deck key in frontmatter", text: "---\ncards-deck: X\n---\nQ::A", expected: true },
		{ description: "another tag that starts with the word", text: "Q #cards\nA", expected: false },
		{ description: "a marker inside code", text: "```\n## Q #card\n```", expected: false },
		{ description: "a note without tags", text: "Plain text", expected: false },
	])("$description: $expected", ({ text, expected }) => {
		expect(takesPart(computeMetadata(text), "card", "cards-deck")).toBe(expected);
	});

	it("follows the card tag setting", () => {
		expect(takesPart(computeMetadata("Q #flash\nA"), "flash", "cards-deck")).toBe(true);
		expect(takesPart(computeMetadata("Q #card\nA"), "flash", "cards-deck")).toBe(false);
	});

	it("says no while the metadata cache has not seen the note", () => {
		expect(takesPart(null, "card", "cards-deck")).toBe(false);
	});
});
