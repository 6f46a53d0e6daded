import { parseNote } from "../../../src/core";
import { note, withFrontmatter } from "./note-builder";

const CARD = note("Q #card", "A");

describe("decks (rule 12)", () => {
	it.each([
		{ description: "the frontmatter deck key names the deck", markdown: withFrontmatter(["cards-deck: Exams::AWS"], CARD), path: "a/b.md", options: {}, deck: "Exams::AWS" },
		{ description: "spaces around levels are dropped", markdown: withFrontmatter(["cards-deck: ' Exams :: AWS '"], CARD), path: "a/b.md", options: {}, deck: "Exams::AWS" },
		{ description: "a number is a deck name", markdown: withFrontmatter(["cards-deck: 2024"], CARD), path: "b.md", options: {}, deck: "2024" },
		{ description: "a date is a deck name", markdown: withFrontmatter(["cards-deck: 2024-01-02"], CARD), path: "b.md", options: {}, deck: "2024-01-02" },
		{ description: "the deck key is a setting", markdown: withFrontmatter(["deck: Mine"], CARD), path: "a/b.md", options: { deckKey: "deck" }, deck: "Mine" },
		{ description: "the key is read case-insensitively", markdown: withFrontmatter(["Cards-Deck: Mine"], CARD), path: "a/b.md", options: {}, deck: "Mine" },
		{ description: "without a deck key the folder path is the deck", markdown: CARD, path: "food/italian/cavatelli.md", options: {}, deck: "food::italian" },
		{ description: "an empty deck key falls back to the folder", markdown: withFrontmatter(["cards-deck:"], CARD), path: "food/pasta.md", options: {}, deck: "food" },
		{ description: "a list as deck falls back to the folder", markdown: withFrontmatter(["cards-deck: [a, b]"], CARD), path: "food/pasta.md", options: {}, deck: "food" },
		{ description: "a note at the vault root goes to Default", markdown: CARD, path: "note.md", options: {}, deck: "Default" },
		{ description: "folder decks can be switched off", markdown: CARD, path: "food/pasta.md", options: { folderDecks: false }, deck: "Default" },
		{ description: "the default deck is a setting", markdown: CARD, path: "note.md", options: { defaultDeck: "Inbox" }, deck: "Inbox" },
	])("$description", ({ markdown, path, options, deck }) => {
		expect(parseNote(markdown, path, options).deck).toBe(deck);
	});
});

describe("tags (rule 13)", () => {
	it.each([
		{ description: "a comma list string", yaml: ["tags: demo, car"], expected: ["demo", "car"] },
		{ description: "a space separated string", yaml: ["tags: demo car"], expected: ["demo", "car"] },
		{ description: "a flow list", yaml: ["tags: [a, b, c]"], expected: ["a", "b", "c"] },
		{ description: "a quoted flow list", yaml: ['tags: ["a", "#b"]'], expected: ["a", "b"] },
		{ description: "a block list", yaml: ["tags:", "  - a", "  - b"], expected: ["a", "b"] },
		{ description: "cards-tags", yaml: ["cards-tags: x"], expected: ["x"] },
		{ description: "both keys", yaml: ["tags: a", "cards-tags: [b]"], expected: ["a", "b"] },
		{ description: "hierarchy with / kept", yaml: ["tags: [lang/fr, a-b, c_d]"], expected: ["lang/fr", "a-b", "c_d"] },
		{ description: "empty entries dropped", yaml: ["tags: [a, '', null]"], expected: ["a"] },
		{ description: "duplicates dropped", yaml: ["tags: [a, A, a]"], expected: ["a"] },
		{ description: "no tags key", yaml: ["title: x"], expected: [] },
	])("reads frontmatter tags from $description", ({ yaml, expected }) => {
		const parsed = parseNote(withFrontmatter(yaml, CARD), "n.md");
		expect(parsed.tags).toEqual(expected);
		expect(parsed.cards[0]?.tags).toEqual(expected);
	});

	it.each([
		{ description: "tags after the marker belong to that card only", markdown: note("Q1 #card #t1 #a/b", "A", "", "Q2 #card", "B"), note: [], cards: [["t1", "a/b"], []] },
		{ description: "body tags are note tags on every card", markdown: note("#topic", "", "Q #card", "A"), note: ["topic"], cards: [["topic"]] },
		{ description: "note tags come first, without duplicates", markdown: withFrontmatter(["tags: x"], "Q #card #x #y", "A"), note: ["x"], cards: [["x", "y"]] },
		{ description: "a tag inside code is no tag", markdown: note("`#nope` Q #card", "A"), note: [], cards: [[]] },
		{ description: "numbers are not tags", markdown: note("Issue #123", "Q #card", "A"), note: [], cards: [[]] },
		{ description: "markers are not tags", markdown: withFrontmatter(["tags: [card, aws]"], CARD), note: ["aws"], cards: [["aws"]] },
	])("$description", ({ markdown, note: noteTags, cards }) => {
		const parsed = parseNote(markdown, "n.md");
		expect(parsed.tags).toEqual(noteTags);
		expect(parsed.cards.map((card) => card.tags)).toEqual(cards);
	});
});
