// Acceptance checks of `parseNote` card rules (DESIGN.md §1 rules 5–9), through the public API only.
import { parseNote, type ParsedCard } from "../../src/core";
import { lines, only, pairs, withYaml } from "./support";

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
