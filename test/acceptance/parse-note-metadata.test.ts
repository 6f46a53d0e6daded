// Acceptance checks of `parseNote` (DESIGN.md §1 rules 10–15) and of a Flashcards v1 note, through the public API only.
import { parseNote, type ParsedCard } from "../../src/core";
import { lines, only, pairs, withYaml } from "./support";

describe("rule 10: empty backs", () => {
	it("leaves out cards with nothing to answer, with a warning naming each line", () => {
		const markdown = lines("## What is TCP? #card", "", "## What is UDP? #card", "Connectionless protocol.", "", "Orphan question? #card");
		const parsed = parseNote(markdown, "n.md");
		expect(pairs(parsed.cards)).toEqual([["What is UDP?", "Connectionless protocol."]]);
		expect(parsed.warnings.map((warning) => warning.line)).toEqual([0, 5]);
		for (const warning of parsed.warnings) expect(warning.message).not.toBe("");
	});

	it("counts an anchor alone as no back", () => {
		const parsed = parseNote(lines("Question? #card", "^1666123456789"), "n.md");
		expect(parsed.cards).toEqual([]);
		expect(parsed.warnings.map((warning) => warning.line)).toEqual([0]);
	});
});

describe("rule 12: decks", () => {
	it.each([
		{ name: "the deck key", path: "Languages/Spanish/Verbs.md", yaml: ["cards-deck: Lang::ES::Verbs"], options: {}, deck: "Lang::ES::Verbs" },
		{ name: "the folder path", path: "Languages/Spanish/Verbs.md", yaml: [], options: {}, deck: "Languages::Spanish" },
		{ name: "a root note", path: "Verbs.md", yaml: [], options: {}, deck: "Default" },
		{ name: "folder decks off", path: "Languages/Verbs.md", yaml: [], options: { folderDecks: false }, deck: "Default" },
		{ name: "another default deck", path: "Verbs.md", yaml: [], options: { defaultDeck: "Inbox" }, deck: "Inbox" },
		{ name: "another deck key", path: "a/Verbs.md", yaml: ["deck: Physics"], options: { deckKey: "deck" }, deck: "Physics" },
		{ name: "a frontmatter without the key", path: "a/b/Verbs.md", yaml: ["title: x"], options: {}, deck: "a::b" },
	])("comes from $name", ({ path, yaml, options, deck }) => {
		const body = ["Q #card", "A"];
		const markdown = yaml.length > 0 ? withYaml(yaml, ...body) : lines(...body);
		expect(parseNote(markdown, path, options).deck).toBe(deck);
	});
});

describe("rule 13: tags", () => {
	it.each([
		{ name: "a string", yaml: ["tags: biology"], tags: ["biology"] },
		{ name: "a comma list", yaml: ["tags: biology, cells"], tags: ["biology", "cells"] },
		{ name: "a flow list", yaml: ["tags: [biology, cells/organelles]"], tags: ["biology", "cells/organelles"] },
		{ name: "a block list", yaml: ["tags:", "  - biology", "  - cells"], tags: ["biology", "cells"] },
		{ name: "cards-tags", yaml: ["cards-tags: [exam, bio]"], tags: ["exam", "bio"] },
	])("reads frontmatter tags written as $name, hierarchy kept", ({ yaml, tags }) => {
		const parsed = parseNote(withYaml(yaml, "What is a cell? #card #exam/2025", "The unit of life."), "n.md");
		expect(parsed.tags).toEqual(expect.arrayContaining(tags));
		expect(only(parsed).tags).toEqual(expect.arrayContaining([...tags, "exam/2025"]));
	});

	it("gives each card only its own trailing tags besides the note's", () => {
		const parsed = parseNote(lines("Q1 #card #one", "A1", "", "Q2 #card #two", "A2"), "n.md");
		expect(parsed.cards[0]?.tags).toContain("one");
		expect(parsed.cards[0]?.tags).not.toContain("two");
		expect(parsed.cards[1]?.tags).toContain("two");
		expect(parsed.cards[1]?.tags).not.toContain("one");
	});
});

describe("rule 14: context", () => {
	it("is the path of headings above the card, without markers and trailing tags, not its own heading", () => {
		const markdown = lines(
			"# AWS #study",
			"## Identity #aws/iam",
			"### What is Cognito? #card #aws/cognito",
			"User identity service.",
			"#### Pools",
			"User pools? #card",
			"Directories.",
			"## Storage",
			"What is S3? #card",
			"Objects.",
		);
		expect(parseNote(markdown, "n.md").cards.map((card) => card.context)).toEqual([
			["AWS", "Identity"],
			["AWS", "Identity", "What is Cognito?", "Pools"],
			["AWS", "Storage"],
		]);
	});
});

describe("rule 15: anchors", () => {
	const markdown = lines(
		"## What is S3? #card", // 0
		"Object storage.",
		"^1666123456789",
		"",
		"Durable? #card", // 4
		"Eleven nines. ^q-ab2c",
		"",
		"What is EBS? #card", // 7
		"Block storage.",
		"^ebs-volume",
		"",
		"No anchor? #card", // 11
		"A caret ^ in the middle.",
	);
	const parsed = parseNote(markdown, "n.md");

	it("reads v1, v2 and Obsidian block ids after the back, on their own line or at the end of the last line", () => {
		expect(parsed.cards.map((card) => [card.back, card.anchor])).toEqual([
			["Object storage.", "1666123456789"],
			["Eleven nines.", "q-ab2c"],
			["Block storage.", "ebs-volume"],
			["A caret ^ in the middle.", undefined],
		]);
		expect("anchor" in (parsed.cards[3] as ParsedCard)).toBe(false);
	});

	it("counts the anchor line as part of the card", () => {
		expect(parsed.cards.map((card) => [card.line, card.endLine])).toEqual([
			[0, 3],
			[4, 6],
			[7, 10],
			[11, 13],
		]);
	});

	it("takes an anchor after a multi-paragraph heading back", () => {
		const card = only(parseNote(lines("## Q #card", "Para one.", "", "Para two.", "^1666000000000", "", "## Next"), "n.md"));
		expect(card).toMatchObject({ back: lines("Para one.", "", "Para two."), anchor: "1666000000000" });
	});
});

describe("a Flashcards v1 vault note", () => {
	it("reads every card style of the reference format with its ids", () => {
		const markdown = withYaml(
			["cards-deck: AWS Exams::Solutions Architect::Associate::AWS Cognito"],
			"## What is Amazon Cognito? #card ",
			"",
			"Implement secure customer identity.",
			"^1666123456789",
			"",
			"### What are Cognito User Pools? #card",
			"",
			"A user directory.",
			"",
			"![[cognito-user-pools.png]]",
			"### What are Cognito Identity Pools #card ",
			"Temporary AWS credentials.",
			"^1666123456790",
		);
		const parsed = parseNote(markdown, "AWS Exams/AWS Cognito.md");
		expect(parsed.deck).toBe("AWS Exams::Solutions Architect::Associate::AWS Cognito");
		expect(parsed.cards.map((card) => [card.front, card.back, card.anchor, card.context])).toEqual([
			["What is Amazon Cognito?", "Implement secure customer identity.", "1666123456789", []],
			["What are Cognito User Pools?", lines("A user directory.", "", "![[cognito-user-pools.png]]"), undefined, ["What is Amazon Cognito?"]],
			["What are Cognito Identity Pools", "Temporary AWS credentials.", "1666123456790", ["What is Amazon Cognito?"]],
		]);
		expect(parsed.warnings).toEqual([]);
	});
});
