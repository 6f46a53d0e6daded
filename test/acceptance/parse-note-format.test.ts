// Acceptance checks of `parseNote` (DESIGN.md §1 rules 1–4, §3 shapes), through the public API only.
import { parseNote } from "../../src/core";
import { lines, only, pairs, withYaml } from "./support";

const NETWORKING = withYaml(
	["cards-deck: Networking::AWS", "tags: [aws, networking/vpc]"],
	"# VPC", // 4
	"",
	"A VPC is a virtual network. Not a card.",
	"",
	"## What is a subnet? #card #aws/vpc", // 8
	"",
	"A range of IP addresses in your VPC.",
	"",
	"### Public vs private", // 12
	"",
	"A public subnet has a route to an internet gateway.",
	"",
	"## What is a NAT gateway? #card-reverse", // 16
	"",
	"Lets instances in a private subnet reach the internet.",
	"^1666123456789",
	"",
	"What does CIDR stand for? #card", // 21
	"Classless Inter-Domain Routing.",
);

const ALLOWED_CARD_KEYS = ["kind", "front", "back", "line", "endLine", "tags", "context", "anchor", "clozes"];
describe("parseNote result shape (§3)", () => {
	const parsed = parseNote(NETWORKING, "Cloud/Networking.md");

	it("returns exactly deck, tags, cards and warnings", () => {
		expect(Object.keys(parsed).sort()).toEqual(["cards", "deck", "tags", "warnings"]);
		expect(parsed.deck).toBe("Networking::AWS");
		expect(parsed.warnings).toEqual([]);
	});

	it("gives each note card only the contract's fields, anchor only when present, clozes only on clozes", () => {
		for (const card of parsed.cards) {
			for (const key of Object.keys(card)) expect(ALLOWED_CARD_KEYS).toContain(key);
			expect("anchor" in card).toBe(card.anchor !== undefined);
			expect("clozes" in card).toBe(false);
		}
	});

	it("reads the note cards in document order with trimmed fronts and backs, 0-based lines counting the frontmatter", () => {
		expect(parsed.cards).toEqual([
			{
				kind: "basic",
				front: "What is a subnet?",
				back: lines(
					"A range of IP addresses in your VPC.",
					"",
					"### Public vs private",
					"",
					"A public subnet has a route to an internet gateway.",
				),
				line: 8,
				endLine: 15,
				tags: expect.arrayContaining(["aws", "networking/vpc", "aws/vpc"]) as string[],
				context: ["VPC"],
			},
			{
				kind: "reversed",
				front: "What is a NAT gateway?",
				back: "Lets instances in a private subnet reach the internet.",
				line: 16,
				endLine: 20,
				tags: expect.arrayContaining(["aws", "networking/vpc"]) as string[],
				context: ["VPC"],
				anchor: "1666123456789",
			},
			{
				kind: "basic",
				front: "What does CIDR stand for?",
				back: "Classless Inter-Domain Routing.",
				line: 21,
				endLine: 23,
				tags: expect.arrayContaining(["aws", "networking/vpc"]) as string[],
				context: ["VPC", "What is a NAT gateway?"],
			},
		]);
	});

	it("never puts the marker itself among the tags", () => {
		for (const card of parsed.cards) expect(card.tags).not.toContain("card");
		for (const card of parsed.cards) expect(card.tags).not.toContain("card-reverse");
	});

	it("never throws on odd input", () => {
		for (const text of ["", "\n", "---", "---\n---", "#card", "::", ":::", "==", "$$", "```", "%%", "<!--", "\uFEFF", "^abc"]) {
			expect(() => parseNote(text, "x.md")).not.toThrow();
		}
	});
});

describe("rule 1: line endings", () => {
	const lf = parseNote(NETWORKING, "Cloud/Networking.md");

	it.each([
		{ name: "CRLF (Windows)", eol: "\r\n" },
		{ name: "CR (classic Mac)", eol: "\r" },
	])("reads a note saved with $name exactly as with LF, lines included", ({ eol }) => {
		expect(parseNote(NETWORKING.replace(/\n/g, eol), "Cloud/Networking.md")).toEqual(lf);
	});

	it("ignores a byte order mark written by Windows editors, frontmatter included", () => {
		expect(parseNote(`\uFEFF${NETWORKING.replace(/\n/g, "\r\n")}`, "Cloud/Networking.md")).toEqual(lf);
	});

	it("gives no line ending characters in fronts or backs", () => {
		const crlf = parseNote(NETWORKING.replace(/\n/g, "\r\n"), "Cloud/Networking.md");
		for (const card of crlf.cards) expect(`${card.front}${card.back}`).not.toMatch(/\r/);
	});
});

describe("rule 2: frontmatter", () => {
	it("keeps the cards of a note with invalid YAML, with the folder deck and a warning", () => {
		const markdown = withYaml(
			["cards-deck: Biology::Cells", "tags: [cell, "],
			"What is the powerhouse of the cell? #card",
			"The mitochondrion.",
		);
		const parsed = parseNote(markdown, "Science/Biology.md");
		expect(parsed.deck).toBe("Science");
		expect(pairs(parsed.cards)).toEqual([["What is the powerhouse of the cell?", "The mitochondrion."]]);
		expect(parsed.cards[0]?.line).toBe(4);
		expect(parsed.warnings.length).toBeGreaterThan(0);
	});

	it("falls back to the default deck for a root note with invalid YAML", () => {
		const parsed = parseNote(withYaml(["cards-deck: [unclosed"], "Q #card", "A"), "Inbox.md");
		expect(parsed.deck).toBe("Default");
		expect(parsed.cards).toHaveLength(1);
	});

	it("does not treat a `---` that is never closed as frontmatter", () => {
		const markdown = lines("---", "title: draft", "What is ATP? #card", "Adenosine triphosphate.");
		const parsed = parseNote(markdown, "Science/Energy.md");
		expect(parsed.deck).toBe("Science");
		expect(only(parsed)).toMatchObject({ front: "What is ATP?", back: "Adenosine triphosphate.", line: 2 });
	});

	it("only opens frontmatter on a first line that is exactly ---", () => {
		const markdown = lines("", "---", "cards-deck: Ignored", "---", "", "Q #card", "A");
		expect(parseNote(markdown, "Folder/Note.md").deck).toBe("Folder");
		const js = lines("---js", '{ "cards-deck": "Evil" }', "---", "", "Q #card", "A");
		expect(parseNote(js, "Folder/Note.md").deck).toBe("Folder");
	});

	it("reads a frontmatter-only note as a deck with no cards and no warnings", () => {
		expect(parseNote(withYaml(["cards-deck: Empty::Deck", "tags: [todo]"]), "a/b.md")).toEqual({
			deck: "Empty::Deck",
			tags: ["todo"],
			cards: [],
			warnings: [],
		});
	});

	it.each([
		{ name: "an empty note", markdown: "" },
		{ name: "blank lines", markdown: "\n\n\n" },
		{ name: "prose without cards", markdown: lines("# Title", "", "Some text about ==things==.", "- a list") },
	])("reads $name as no cards and no warnings", ({ markdown }) => {
		expect(parseNote(markdown, "Notes/Plain.md")).toEqual({ deck: "Notes", tags: [], cards: [], warnings: [] });
	});
});

describe("rule 3: protected regions", () => {
	const markdown = lines(
		"# Shell tricks",
		"",
		"```bash",
		'echo "Q #card"',
		"#card",
		"key::value",
		"```",
		"",
		"~~~",
		"Fenced question #card",
		"fenced answer",
		"~~~",
		"",
		"`Inline code question #card`",
		"",
		"## Using `#card`",
		"not an answer",
		"",
		"$$",
		"x #card",
		"$$",
		"",
		"The formula $a = b #card$",
		"",
		"<!-- Hidden question #card",
		"hidden answer -->",
		"",
		"%%",
		"Draft question #card",
		"draft answer",
		"term::definition",
		"%%",
		"",
		"%% comment question #card %%",
		"",
		"Real question? #card",
		"Real answer with `code #card` inside.",
	);

	it("reads markers and separators in code, math and comments as text", () => {
		const parsed = parseNote(markdown, "Dev/Shell.md");
		expect(pairs(parsed.cards)).toEqual([["Real question?", "Real answer with `code #card` inside."]]);
		expect(parsed.cards[0]?.line).toBe(35);
		expect(parsed.warnings).toEqual([]);
	});

	it("finds a card whose front holds math outside the marker", () => {
		const card = only(parseNote(lines("Euler's identity: $e^{i\\pi} + 1$ equals? #card", "Zero."), "Math.md"));
		expect(card.front).toBe("Euler's identity: $e^{i\\pi} + 1$ equals?");
	});
});

describe("rule 4: markers", () => {
	it.each([
		{ suffix: "#card", kind: "basic" },
		{ suffix: "#Card", kind: "basic" },
		{ suffix: "#CARD", kind: "basic" },
		{ suffix: "#card   ", kind: "basic" },
		{ suffix: "#card\t#exam", kind: "basic" },
		{ suffix: "#card #tag #a/b", kind: "basic" },
		{ suffix: "#card-reverse", kind: "reversed" },
		{ suffix: "#Card-Reverse", kind: "reversed" },
		{ suffix: "#card/reverse", kind: "reversed" },
		{ suffix: "#CARD/REVERSE #x", kind: "reversed" },
	])("`What is DNS? $suffix` is a $kind card", ({ suffix, kind }) => {
		const card = only(parseNote(lines(`What is DNS? ${suffix}`, "Domain Name System."), "n.md"));
		expect(card).toMatchObject({ kind, front: "What is DNS?", back: "Domain Name System." });
	});

	it.each(["#cards", "#card-foo", "#card/other", "x#card", "Q#card", "#card more text", "#card.", "#card #tag and words", "#card:"])(
		"`What is DNS? %s` is no card",
		(suffix) => {
			const parsed = parseNote(lines(`What is DNS? ${suffix}`, "Domain Name System."), "n.md");
			expect(parsed.cards).toEqual([]);
		},
	);

	it("keeps tags written before the marker in the front", () => {
		const card = only(parseNote(lines("What does #aws IAM control? #card #security", "Access."), "n.md"));
		expect(card.front).toBe("What does #aws IAM control?");
		expect(card.tags).toContain("security");
	});

	it("uses the card word of the settings", () => {
		const markdown = lines("Q1 #flashcard", "A1", "", "Q2 #card", "A2", "", "Q3 #FlashCard/reverse", "A3");
		const parsed = parseNote(markdown, "n.md", { cardTag: "flashcard" });
		expect(parsed.cards.map((card) => [card.front, card.kind])).toEqual([
			["Q1", "basic"],
			["Q3", "reversed"],
		]);
	});
});
