import { computeMetadata } from "../__mocks__/obsidian";
import { mayHoldExplicitCards, takesPart } from "../../src/obsidian/note-filter";

describe("takesPart", () => {
	it.each([
		{ description: "a heading card", text: "## Q #card\nA", expected: true },
		{ description: "a reversed card", text: "Q #card-reverse\nA", expected: true },
		{ description: "a reminder", text: "Keep it short #card-reminder", expected: true },
		{ description: "a v1 spaced card", text: "Keep it short #card-spaced", expected: true },
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

describe("mayHoldExplicitCards", () => {
	it.each([
		{ description: "a fenced block", text: "```flashcard\nfront: Q\nback: A\n```", expected: true },
		{ description: "a callout", text: "> [!card] Q\n> A", expected: true },
		{ description: "an atomic note", text: "---\ntest: [title]\n---\nThe answer.", expected: true },
		{ description: "a plain quote", text: "> a quote", expected: false },
		{ description: "a Dataview field", text: "rating:: 5", expected: false },
		{ description: "a highlight", text: "Some ==highlight== here", expected: false },
		{ description: "plain text", text: "Plain text", expected: false },
	])("$description: $expected", ({ text, expected }) => {
		expect(mayHoldExplicitCards(computeMetadata(text))).toBe(expected);
	});

	it("says no while the metadata cache has not seen the note", () => {
		expect(mayHoldExplicitCards(null)).toBe(false);
	});
});
