import { basic, cards, note, parse, type CardSummary } from "./note-builder";

describe("heading cards (rule 5)", () => {
	it.each<{ description: string; markdown: string; expected: CardSummary[] }>([
		...[1, 2, 3, 4, 5, 6].map((level) => ({
			description: `an H${level} heading ending with the marker is a card`,
			markdown: note(`${"#".repeat(level)} Question #card`, "Answer"),
			expected: [basic("Question", "Answer")],
		})),
		{
			description: "the back is the whole section, blank lines included",
			markdown: note("## Q #card", "", "Para 1.", "", "Para 2.", "", "## Next", "Other"),
			expected: [basic("Q", "Para 1.\n\nPara 2.")],
		},
		{
			description: "lower headings without a marker stay in the back",
			markdown: note("## Mitochondria #card", "The powerhouse.", "", "### Detail", "Produces ATP.", "", "## Next topic", "x"),
			expected: [basic("Mitochondria", "The powerhouse.\n\n### Detail\nProduces ATP.")],
		},
		{
			description: "a higher heading ends the back",
			markdown: note("### Q #card", "A", "# Top", "x"),
			expected: [basic("Q", "A")],
		},
		{
			description: "a lower heading card ends the back and starts its own",
			markdown: note("## Q1 #card", "A1", "### Q2 #card", "A2", "![[img.png]]"),
			expected: [basic("Q1", "A1"), basic("Q2", "A2\n![[img.png]]")],
		},
		{
			description: "a paragraph card inside the section ends the back",
			markdown: note("## Q1 #card", "A1", "", "Q2 #card", "A2"),
			expected: [basic("Q1", "A1"), basic("Q2", "A2")],
		},
		{
			description: "a heading inside a fence does not end the back",
			markdown: note("## Q #card", "```md", "## not a heading", "```", "## Next"),
			expected: [basic("Q", "```md\n## not a heading\n```")],
		},
		{
			description: "a trailing thematic break is not part of the back",
			markdown: note("## Q #card", "A", "", "---", "## Next"),
			expected: [basic("Q", "A")],
		},
		{ description: "a heading without a marker is no card", markdown: note("## Q", "A"), expected: [] },
		{ description: "a heading with text after the marker is no card", markdown: note("## Q #card more", "A"), expected: [] },
	])("$description", ({ markdown, expected }) => {
		expect(cards(markdown)).toEqual(expected);
	});
});

describe("a marker alone under a heading (rule 6)", () => {
	it.each<{ description: string; markdown: string; expected: CardSummary[] }>([
		{ description: "makes the heading a heading card", markdown: note("## Q", "#card", "A"), expected: [basic("Q", "A")] },
		{ description: "works at every level", markdown: note("###### Q", "#card", "A"), expected: [basic("Q", "A")] },
		{
			description: "works with blank lines around it and takes the whole section",
			markdown: note("## Mitochondria", "", "#card", "", "The powerhouse.", "", "### Detail", "ATP.", "## Next"),
			expected: [basic("Mitochondria", "The powerhouse.\n\n### Detail\nATP.")],
		},
		{ description: "a reverse marker makes it reversed", markdown: note("## Q", "#card-reverse", "A"), expected: [{ kind: "reversed", front: "Q", back: "A" }] },
		{
			description: "text between heading and marker makes a paragraph card instead",
			markdown: note("## Topic", "Question", "#card", "A"),
			expected: [basic("Question", "A")],
		},
	])("$description", ({ markdown, expected }) => {
		expect(cards(markdown)).toEqual(expected);
	});

	it("starts the card on the heading's line", () => {
		expect(parse(note("# Top", "## Q", "#card", "A")).cards[0]).toMatchObject({ line: 1, endLine: 4, context: ["Top"] });
	});
});

describe("paragraph cards (rule 7)", () => {
	it.each<{ description: string; markdown: string; expected: CardSummary[] }>([
		{ description: "the back is the rest of the paragraph", markdown: note("What is X? #card", "Line one.", "Line two.", "", "Not part."), expected: [basic("What is X?", "Line one.\nLine two.")] },
		{ description: "a paragraph ending at the marker takes the next paragraph", markdown: note("Q #card", "", "Answer.", "", "Not part."), expected: [basic("Q", "Answer.")] },
		{ description: "the next block may be a list", markdown: note("Q #card", "", "- first", "- second", "", "Not part."), expected: [basic("Q", "- first\n- second")] },
		{ description: "a loose list stays whole", markdown: note("Q #card", "", "- first", "", "- second", "", "Not part."), expected: [basic("Q", "- first\n\n- second")] },
		{ description: "the next block may be a quote", markdown: note("Q #card", "", "> quoted answer", "", "Not part."), expected: [basic("Q", "> quoted answer")] },
		{ description: "the next block may be a table", markdown: note("Q #card", "", "| a | b |", "| - | - |", "| 1 | 2 |", "", "Not part."), expected: [basic("Q", "| a | b |\n| - | - |\n| 1 | 2 |")] },
		{ description: "a fence stays whole with blank lines inside", markdown: note("Q #card", "", "```ts", "a();", "", "b();", "```", "", "Not part."), expected: [basic("Q", "```ts\na();\n\nb();\n```")] },
		{ description: "a $$ block stays whole with blank lines inside", markdown: note("Q #card", "", "$$", "x", "", "y", "$$", "", "Not part."), expected: [basic("Q", "$$\nx\n\ny\n$$")] },
		{ description: "a marker alone takes the paragraph lines above it", markdown: note("Question", "#card", "Answer"), expected: [basic("Question", "Answer")] },
		{ description: "a marker alone takes several lines above it", markdown: note("Line 1", "Line 2", "#card", "Answer"), expected: [basic("Line 1\nLine 2", "Answer")] },
		{ description: "consecutive cards each keep their own back", markdown: note("Q1 #card", "A1", "Q2 #card", "A2"), expected: [basic("Q1", "A1"), basic("Q2", "A2")] },
		{ description: "a list item card owns its nested lines", markdown: note("- Q #card", "  - A1", "  - A2", "- Other item"), expected: [basic("Q", "- A1\n- A2")] },
		{ description: "list item cards side by side", markdown: note("- Q1 #card", "  A1", "- Q2 #card", "  A2"), expected: [basic("Q1", "A1"), basic("Q2", "A2")] },
		{ description: "a heading ends the back", markdown: note("Q #card", "A", "## Next", "x"), expected: [basic("Q", "A")] },
		{ description: "the next block is not taken past a heading", markdown: note("Q #card", "", "## Next", "x"), expected: [] },
		{ description: "the next block is not taken from another card", markdown: note("Q1 #card", "", "Q2 #card", "A2"), expected: [basic("Q2", "A2")] },
		{ description: "the next block is not taken across a thematic break", markdown: note("Q #card", "", "---", "", "Other topic."), expected: [] },
		{ description: "a marker inside a quote makes no card (never a front of \">\")", markdown: note("> Q #card", "> A"), expected: [] },
	])("$description", ({ markdown, expected }) => {
		expect(cards(markdown)).toEqual(expected);
	});
});

describe("empty backs (rule 10)", () => {
	it.each([
		{ description: "a heading card at the end of the note", markdown: note("Intro", "", "## What is recursion? #card"), line: 2 },
		{ description: "a heading card followed by a same-level heading", markdown: note("## Q #card", "", "## Next", "x"), line: 0 },
		{ description: "a paragraph card with nothing after it", markdown: note("Q #card", "", ""), line: 0 },
		{ description: "a list item card without nested lines", markdown: note("- Q #card", "- next"), line: 0 },
	])("$description gives no card and a warning naming its line", ({ markdown, line }) => {
		const parsed = parse(markdown);
		expect(parsed.cards).toEqual([]);
		expect(parsed.warnings).toEqual([{ line, message: expect.stringContaining(`line ${line + 1}`) as unknown }]);
	});

	it("warns about a lone marker with no question above it", () => {
		const parsed = parse(note("Text", "", "#card", "A"));
		expect(parsed.cards).toEqual([]);
		expect(parsed.warnings).toEqual([{ line: 2, message: expect.stringContaining("no question") as unknown }]);
	});

	it.each([
		{ description: "a note with cards", markdown: note("## Q #card", "A", "", "Q2 #card", "A2") },
		{ description: "a note without cards", markdown: note("# Title", "Just text with a #tag.") },
		{ description: "an empty note", markdown: "" },
	])("gives no warning for $description", ({ markdown }) => {
		expect(parse(markdown).warnings).toEqual([]);
	});
});

describe("card line ranges", () => {
	it.each([
		{ description: "a heading card ends after its last non-blank line", markdown: note("## Q #card", "A", "", "", "## Next"), line: 0, endLine: 2 },
		{ description: "a paragraph card taking the next block", markdown: note("Q #card", "", "A", "", "x"), line: 0, endLine: 3 },
		{ description: "a lone marker card starts at its question", markdown: note("x", "", "Q", "#card", "A"), line: 2, endLine: 5 },
	])("$description", ({ markdown, line, endLine }) => {
		expect(parse(markdown).cards[0]).toMatchObject({ line, endLine });
	});
});
