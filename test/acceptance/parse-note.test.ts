// Acceptance checks of `parseNote` against DESIGN.md §1 and §3, through the public API only.
import { parseNote, type ParsedCard, type ParsedNote } from "../../src/core";
import { lines, pairs, withYaml } from "./support";

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

function only(note: ParsedNote): ParsedCard {
	expect(note.cards).toHaveLength(1);
	return note.cards[0] as ParsedCard;
}

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

describe("rule 5: heading cards", () => {
	const markdown = lines(
		"# Biology #card", // 0
		"Life science.",
		"## Cells",
		"Cells are the unit of life.",
		"### Organelles #card", // 4
		"Mitochondria, ribosomes.",
		"#### Mitochondria",
		"Make ATP.",
		"## Genetics #card #bio/dna", // 8
		"DNA and genes.",
		"",
		"# Chemistry", // 11
		"Not a card.",
	);
	const parsed = parseNote(markdown, "Science.md");

	it("ends a back at the next line that starts another card, keeping lower headings without a marker", () => {
		expect(pairs(parsed.cards)).toEqual([
			["Biology", lines("Life science.", "## Cells", "Cells are the unit of life.")],
			["Organelles", lines("Mitochondria, ribosomes.", "#### Mitochondria", "Make ATP.")],
			["Genetics", "DNA and genes."],
		]);
	});

	it("ends a back at the next heading of the same or a higher level", () => {
		const card = parsed.cards[2] as ParsedCard;
		expect(card.endLine).toBeLessThanOrEqual(11);
		expect(card.back).not.toContain("Chemistry");
	});

	it("places each heading card on its heading line", () => {
		expect(parsed.cards.map((card) => [card.line, card.endLine])).toEqual([
			[0, 4],
			[4, 8],
			[8, 10],
		]);
	});

	it("drops trailing tags from a heading's front and keeps them as card tags", () => {
		const card = parsed.cards[2] as ParsedCard;
		expect(card.front).toBe("Genetics");
		expect(card.tags).toContain("bio/dna");
	});

	it("keeps heading-like lines of a fence and inline separators in the back", () => {
		const markdown = lines("## Install the CLI #card", "```bash", "# install", "npm i -g aws-cli", "## done", "```", "flag::value", "## Next");
		expect(only(parseNote(withYaml(["tags: card"], markdown), "n.md"))).toMatchObject({
			front: "Install the CLI",
			back: lines("```bash", "# install", "npm i -g aws-cli", "## done", "```", "flag::value"),
			line: 3,
			endLine: 10,
		});
	});

	it("ends a heading card's back at a paragraph card inside its section", () => {
		const text = lines("## Ports", "", "### HTTP port? #card", "80", "", "HTTPS port? #card", "443");
		expect(pairs(parseNote(text, "n.md").cards)).toEqual([
			["HTTP port?", "80"],
			["HTTPS port?", "443"],
		]);
	});
});

describe("rule 6: a marker alone under a heading", () => {
	it.each([
		{ marker: "#card", kind: "basic" },
		{ marker: "#card-reverse", kind: "reversed" },
		{ marker: "#card/reverse", kind: "reversed" },
	])("makes the heading a $kind heading card with `$marker`", ({ marker, kind }) => {
		const markdown = lines("# Networking", "## What is DNS?", marker, "Domain Name System.", "", "## Next");
		expect(only(parseNote(markdown, "n.md"))).toMatchObject({
			kind,
			front: "What is DNS?",
			back: "Domain Name System.",
			line: 1,
			endLine: 4,
			context: ["Networking"],
		});
	});

	it("takes tags written after a lone marker", () => {
		const card = only(parseNote(lines("## What is DNS?", "#card #net/dns", "Domain Name System."), "n.md"));
		expect(card.tags).toContain("net/dns");
		expect(card.back).toBe("Domain Name System.");
	});
});

describe("rule 7: paragraph cards", () => {
	it("takes the rest of the paragraph as the back", () => {
		const markdown = lines("Intro.", "", "Capital of France? #card", "Paris.", "On the Seine.", "", "Next paragraph.");
		expect(only(parseNote(markdown, "n.md"))).toMatchObject({
			front: "Capital of France?",
			back: lines("Paris.", "On the Seine."),
			line: 2,
			endLine: 5,
		});
	});

	it.each([
		{
			name: "a paragraph",
			block: ["Answer line one", "answer line two"],
		},
		{
			name: "a nested list",
			block: ["- Standard", "  - Frequent access", "- Glacier", "  - Archive", "    - Deep archive"],
		},
		{
			name: "a callout",
			block: ["> [!quote] Feynman", "> The first principle is that you must not fool yourself."],
		},
		{
			name: "a table",
			block: ["| Code | Meaning |", "| --- | --- |", "| 404 | Not found |", "| 500 | Server error |"],
		},
		{
			name: "a fence with blank lines inside",
			block: ["```python", "print('hi')", "", "", "print('bye')", "```"],
		},
		{
			name: "a $$ block with blank lines inside",
			block: ["$$", "x = \\frac{-b \\pm \\sqrt{b^2-4ac}}{2a}", "", "$$"],
		},
	])("takes the next block as the back when the paragraph ends at the marker: $name", ({ block }) => {
		const markdown = lines("The question? #card", "", ...block, "", "Not part of the answer.");
		expect(only(parseNote(markdown, "n.md"))).toMatchObject({
			front: "The question?",
			back: lines(...block),
			line: 0,
			endLine: 2 + block.length,
		});
	});

	it("lets a marker alone on a line take the paragraph lines above it as the front", () => {
		const markdown = lines("Some intro.", "", "What is the speed of light", "in a vacuum?", "#card", "299 792 458 m/s");
		expect(only(parseNote(markdown, "n.md"))).toMatchObject({
			front: lines("What is the speed of light", "in a vacuum?"),
			back: "299 792 458 m/s",
			line: 2,
			endLine: 6,
		});
	});

	it("reads several paragraph cards in a row", () => {
		const markdown = lines("Q1 #card", "A1", "", "Q2 #card", "", "A2", "", "Q3 #card-reverse", "A3");
		expect(parseNote(markdown, "n.md").cards.map((card) => [card.front, card.back, card.line, card.endLine])).toEqual([
			["Q1", "A1", 0, 2],
			["Q2", "A2", 3, 6],
			["Q3", "A3", 7, 9],
		]);
	});
});

describe("rule 8: inline cards", () => {
	const vocabulary = ["# Vocabulary", "- el perro::the dog", "- la casa:::the house", "1. el gato::the cat", "Plain sentence."];

	it("reads one-line cards with list markers stripped in a note tagged in its frontmatter", () => {
		const parsed = parseNote(withYaml(["tags: [spanish, card]"], ...vocabulary), "Languages/Spanish.md");
		expect(parsed.cards.map((card) => [card.kind, card.front, card.back, card.line, card.endLine])).toEqual([
			["basic", "el perro", "the dog", 4, 5],
			["reversed", "la casa", "the house", 5, 6],
			["basic", "el gato", "the cat", 6, 7],
		]);
		expect(parsed.cards[0]?.context).toEqual(["Vocabulary"]);
	});

	it.each([
		{ name: "the deck key", markdown: withYaml(["cards-deck: Spanish"], ...vocabulary) },
		{ name: "a card tag variant in the body", markdown: lines("Topics: #card/spanish", ...vocabulary) },
		{ name: "a marker elsewhere in the body", markdown: lines(...vocabulary, "", "Q #card", "A") },
		{ name: "frontmatter tag card-reverse", markdown: withYaml(["tags:", "  - card-reverse"], ...vocabulary) },
	])("reads them in a note that takes part through $name", ({ markdown }) => {
		const fronts = parseNote(markdown, "n.md").cards.map((card) => card.front);
		expect(fronts).toEqual(expect.arrayContaining(["el perro", "la casa", "el gato"]));
	});

	it("ignores them in notes that do not take part (e.g. Dataview fields)", () => {
		expect(parseNote(lines("status:: done", ...vocabulary), "n.md").cards).toEqual([]);
		expect(parseNote(withYaml(["tags: [spanish]"], ...vocabulary), "n.md").cards).toEqual([]);
	});

	it("can be switched off", () => {
		expect(parseNote(withYaml(["tags: card"], ...vocabulary), "n.md", { inlineCards: false }).cards).toEqual([]);
	});

	it("ignores separators in frontmatter, code and other cards' backs", () => {
		const markdown = withYaml(
			['source: "http://example.com::8080"', "tags: card"],
			"`code::sample`",
			"",
			"What is a term? #card",
			"term::definition",
		);
		expect(pairs(parseNote(markdown, "n.md").cards)).toEqual([["What is a term?", "term::definition"]]);
	});

	it("uses the separators of the settings", () => {
		const markdown = withYaml(["tags: card"], "Q;;A", "R;;;S", "X::Y");
		const parsed = parseNote(markdown, "n.md", { inlineSeparator: ";;", inlineReversedSeparator: ";;;" });
		expect(parsed.cards.map((card) => [card.kind, card.front, card.back])).toEqual([
			["basic", "Q", "A"],
			["reversed", "R", "S"],
		]);
	});

	it("takes a block id at the end of the line as the anchor", () => {
		const card = only(parseNote(withYaml(["tags: card"], "el perro::the dog ^1666123456789"), "n.md"));
		expect(card).toMatchObject({ back: "the dog", anchor: "1666123456789" });
	});
});

describe("rule 9: cloze cards", () => {
	it("numbers highlights in order, keeps the markup in the front and leaves the next paragraph out", () => {
		const markdown = lines("The ==mitochondrion== is the ==powerhouse== of the cell. #card", "", "Cells also have ==ribosomes==.");
		expect(parseNote(markdown, "n.md").cards).toEqual([
			expect.objectContaining({
				kind: "cloze",
				front: "The ==mitochondrion== is the ==powerhouse== of the cell.",
				back: "",
				clozes: [1, 2],
				line: 0,
				endLine: 1,
			}),
		]);
	});

	it("needs no back and gives no warning for a cloze at the end of a note", () => {
		const parsed = parseNote(lines("Intro.", "", "Water boils at ==100 °C== at sea level. #card"), "n.md");
		expect(parsed.warnings).toEqual([]);
		expect(only(parsed)).toMatchObject({ kind: "cloze", back: "", clozes: [1], line: 2, endLine: 3 });
	});

	it("keeps Anki numbers, sorted and distinct, and the rest as the extra", () => {
		const markdown = lines("{{c2::Canberra}} is the capital of {{c1::Australia}}, not {{c2::Sydney}}. #card", "Since 1913.");
		expect(only(parseNote(markdown, "n.md"))).toMatchObject({
			kind: "cloze",
			front: "{{c2::Canberra}} is the capital of {{c1::Australia}}, not {{c2::Sydney}}.",
			back: "Since 1913.",
			clozes: [1, 2],
		});
	});

	it("keeps gaps in Anki numbers", () => {
		expect(only(parseNote("{{c3::Oxygen}} and {{c1::hydrogen}} make water. #card", "n.md")).clozes).toEqual([1, 3]);
	});

	it("reads the lines above a lone marker as the cloze text", () => {
		const markdown = lines("Light travels at", "==299 792 458 m/s==.", "#card");
		expect(only(parseNote(markdown, "n.md"))).toMatchObject({
			kind: "cloze",
			front: lines("Light travels at", "==299 792 458 m/s==."),
			clozes: [1],
		});
	});

	it("never reads highlights in a back, in code, or in unmarked paragraphs as clozes", () => {
		const markdown = lines(
			"Why does the ==sky== look blue? #card",
			"",
			"Because of ==Rayleigh== scattering.",
			"",
			"A ==highlight== in plain prose.",
			"",
			"Use `==x==` to highlight ==words==. #card",
		);
		const parsed = parseNote(markdown, "n.md");
		expect(parsed.cards.map((card) => [card.kind, card.clozes])).toEqual([
			["cloze", [1]],
			["cloze", [1]],
		]);
		const highlightedBack = parseNote(lines("Why is the sky blue? #card", "Because of ==Rayleigh== scattering."), "n.md");
		expect(only(highlightedBack)).toMatchObject({ kind: "basic", back: "Because of ==Rayleigh== scattering." });
		expect("clozes" in only(highlightedBack)).toBe(false);
	});

	it("treats highlights as plain text when cloze cards are switched off", () => {
		const card = only(parseNote(lines("The ==sun== is a star. #card", "A G-type star."), "n.md", { clozeCards: false }));
		expect(card.kind).toBe("basic");
	});
});

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
