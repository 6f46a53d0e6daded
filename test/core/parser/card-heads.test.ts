import { inlineNote, note, parse } from "./note-builder";

describe("card context (rule 14)", () => {
	it.each<{ description: string; markdown: string; expected: string[][] }>([
		{ description: "a top-level heading card has no context", markdown: note("# Q #card", "A"), expected: [[]] },
		{ description: "a heading card is not in its own context", markdown: note("# Course", "## Q #card", "A"), expected: [["Course"]] },
		{ description: "a paragraph card carries every heading above it", markdown: note("# Course", "## Topic", "Q #card", "A"), expected: [["Course", "Topic"]] },
		{ description: "skipped levels are kept", markdown: note("# Course", "### Topic", "Q #card", "A"), expected: [["Course", "Topic"]] },
		{
			description: "a sibling heading replaces the previous one",
			markdown: note("# Course", "## Topic", "## Other topic", "Q #card", "A"),
			expected: [["Course", "Other topic"]],
		},
		{
			description: "a paragraph card under a heading card has it as context",
			markdown: note("## First #card", "First answer.", "", "Second #card", "Second answer."),
			expected: [[], ["First"]],
		},
		{
			description: "markers and trailing tags are not part of a heading's text",
			markdown: note("# Course #aws #card", "Intro", "## Topic #card-reverse #x", "T", "Q #card", "A"),
			expected: [[], ["Course"], ["Course", "Topic"]],
		},
		{ description: "a closing sequence of #s is not part of the heading", markdown: note("## Topic ##", "Q #card", "A"), expected: [["Topic"]] },
		{ description: "headings inside a fence are not context", markdown: note("# Course", "```", "# Not", "```", "Q #card", "A"), expected: [["Course"]] },
		{ description: "headings inside a comment are not context", markdown: note("%%", "# Not", "%%", "Q #card", "A"), expected: [[]] },
		{ description: "#tag lines are not headings", markdown: note("#topic", "Q #card", "A"), expected: [[]] },
		{
			description: "inline cards carry their headings too",
			markdown: inlineNote("# Course", "### Topic", "Question:: Answer", "## Other topic", "Next:: Answer"),
			expected: [["Course", "Topic"], ["Course", "Other topic"]],
		},
	])("$description", ({ markdown, expected }) => {
		expect(parse(markdown).cards.map((card) => card.context)).toEqual(expected);
	});
});

describe("card fronts", () => {
	it.each([
		{ description: "a heading card's front is the heading text", markdown: note("## What is *X*? #card", "A"), front: "What is *X*?" },
		{ description: "a list bullet is not part of the front", markdown: note("- What is X? #card", "  A"), front: "What is X?" },
		{ description: "a numbered bullet is not part of the front", markdown: note("1. What is X? #card", "   A"), front: "What is X?" },
		{ description: "a task checkbox is not part of the front", markdown: note("- [ ] What is X? #card", "  A"), front: "What is X?" },
		{ description: "a lone marker keeps the lines above as written", markdown: note("- a", "- b", "#card", "A"), front: "- a\n- b" },
	])("$description", ({ markdown, front }) => {
		expect(parse(markdown).cards[0]?.front).toBe(front);
	});

	it("warns about a heading card with no question", () => {
		const parsed = parse(note("## #card", "A"));
		expect(parsed.cards).toEqual([]);
		expect(parsed.warnings).toEqual([{ line: 0, message: expect.stringContaining("no question") as unknown }]);
	});
});
