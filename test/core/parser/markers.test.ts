import { basic, cards, note, parse, reversed, type CardSummary } from "./note-builder";

describe("card markers (rule 4)", () => {
	it.each<{ description: string; markdown: string; expected: CardSummary[] }>([
		{ description: "#card ends a question", markdown: note("Q #card", "A"), expected: [basic("Q", "A")] },
		{ description: "the marker is case-insensitive", markdown: note("Q #CARD", "A"), expected: [basic("Q", "A")] },
		{ description: "mixed case works too", markdown: note("Q #Card", "A"), expected: [basic("Q", "A")] },
		{ description: "trailing spaces after the marker are allowed", markdown: note("Q #card   ", "A"), expected: [basic("Q", "A")] },
		{ description: "a tab before the marker counts as whitespace", markdown: note("Q\t#card", "A"), expected: [basic("Q", "A")] },
		{ description: "further tags may follow the marker", markdown: note("Q #card #aws #exam/part-1", "A"), expected: [basic("Q", "A")] },
		{ description: "#card-reverse marks a reversed card", markdown: note("Q #card-reverse", "A"), expected: [reversed("Q", "A")] },
		{ description: "#card/reverse marks a reversed card", markdown: note("Q #card/reverse", "A"), expected: [reversed("Q", "A")] },
		{ description: "reverse markers are case-insensitive", markdown: note("Q #Card-Reverse", "A"), expected: [reversed("Q", "A")] },
		{ description: "tags before the marker stay in the front", markdown: note("Q #aws #card", "A"), expected: [basic("Q #aws", "A")] },
		{ description: "#cards is another tag", markdown: note("Q #cards", "A"), expected: [] },
		{ description: "#card-foo is another tag", markdown: note("Q #card-foo", "A"), expected: [] },
		{ description: "#card/other is another tag", markdown: note("Q #card/other", "A"), expected: [] },
		{ description: "x#card is not a tag", markdown: note("Q x#card", "A"), expected: [] },
		{ description: "Q#card is not a tag either", markdown: note("Q#card", "A"), expected: [] },
		{ description: "text after the marker makes it no marker", markdown: note("Q #card more text", "A"), expected: [] },
		{ description: "punctuation after the marker makes it no marker", markdown: note("Q #card.", "A"), expected: [] },
		{ description: "a table cell is not a marker", markdown: note("| Q #card |", "| A |"), expected: [] },
		{ description: "an escaped hash is not a tag", markdown: note("Q \\#card", "A"), expected: [] },
	])("$description", ({ markdown, expected }) => {
		expect(cards(markdown)).toEqual(expected);
	});

	it.each<{ description: string; markdown: string; expected: string[] }>([
		{ description: "tags after the marker are the card's tags", markdown: note("Q #card #aws #exam/part-1", "A"), expected: ["aws", "exam/part-1"] },
		{ description: "a second marker after the first is not a tag", markdown: note("Q #card #card-reverse #x", "A"), expected: ["x"] },
		{ description: "a card with only the marker has no tags", markdown: note("Q #card", "A"), expected: [] },
	])("$description", ({ markdown, expected }) => {
		expect(parse(markdown).cards[0]?.tags).toEqual(expected);
	});

	it.each([
		{ description: "the marker word is a setting", markdown: note("Q #flashcard", "A"), expected: [basic("Q", "A")] },
		{ description: "its reverse forms follow the setting", markdown: note("Q #flashcard/reverse", "A"), expected: [reversed("Q", "A")] },
		{ description: "the default word is then plain text", markdown: note("Q #card", "A"), expected: [] },
	])("with cardTag 'flashcard': $description", ({ markdown, expected }) => {
		expect(cards(markdown, { cardTag: "flashcard" })).toEqual(expected);
	});
});
