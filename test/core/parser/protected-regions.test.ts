import { MASK, RegionScanner, maskText } from "../../../src/core/parser/protected-regions";
import { basic, cards, note, type CardSummary } from "./note-builder";

describe("protected regions (rule 3)", () => {
	it.each<{ description: string; markdown: string; expected: CardSummary[] }>([
		{ description: "a marker in a ``` fence is code", markdown: note("```", "Q #card", "A", "```"), expected: [] },
		{ description: "a marker in a ~~~ fence is code", markdown: note("~~~md", "Q #card", "A", "~~~"), expected: [] },
		{ description: "a longer fence is closed only by as long a fence", markdown: note("````", "```", "Q #card", "A", "````"), expected: [] },
		{ description: "a fence in a blockquote protects too", markdown: note("> ```", "> Q #card", "> A", "> ```"), expected: [] },
		{ description: "an unclosed fence runs to the end of the note", markdown: note("```", "Q #card", "A"), expected: [] },
		{ description: "a marker in inline code is text", markdown: note("Q `#card`", "A"), expected: [] },
		{ description: "a marker in double-backtick code is text", markdown: note("Q ``a ` #card``", "A"), expected: [] },
		{ description: "a marker in $$ math is text", markdown: note("$$", "Q #card", "$$", "A"), expected: [] },
		{ description: "a marker in inline $$…$$ math is text", markdown: note("Q $$x #card$$", "A"), expected: [] },
		{ description: "a marker in $…$ math is text", markdown: note("Q $x #card$", "A"), expected: [] },
		{ description: "a marker in an HTML comment is text", markdown: note("<!-- Q #card -->", "A"), expected: [] },
		{ description: "a multi-line HTML comment protects every line", markdown: note("<!--", "Q #card", "A", "-->"), expected: [] },
		{ description: "a marker in an Obsidian comment is text", markdown: note("%% Q #card %%", "A"), expected: [] },
		{ description: "a multi-line Obsidian comment protects every line", markdown: note("%%", "Q #card", "A", "%%"), expected: [] },
		{ description: "a marker after a closed fence is a card", markdown: note("```", "x", "```", "Q #card", "A"), expected: [basic("Q", "A")] },
		{ description: "a marker after a closed comment is a card", markdown: note("%%", "note", "%%", "Q #card", "A"), expected: [basic("Q", "A")] },
		{ description: "inline code in the question stays in it", markdown: note("What does `ls -a` do? #card", "Lists all files."), expected: [basic("What does `ls -a` do?", "Lists all files.")] },
		{ description: "dollar amounts are not math", markdown: note("Costs $5 or $10? #card", "Yes."), expected: [basic("Costs $5 or $10?", "Yes.")] },
		{ description: "an unclosed backtick is text", markdown: note("Why ` here? #card", "A"), expected: [basic("Why ` here?", "A")] },
		{ description: "a fence is only opened by three or more backticks", markdown: note("``", "Q #card", "A"), expected: [basic("Q", "A")] },
	])("$description", ({ markdown, expected }) => {
		expect(cards(markdown)).toEqual(expected);
	});
});

describe("RegionScanner", () => {
	it.each([
		{ line: "a `b` c", masked: `a ${MASK.repeat(3)} c` },
		{ line: "x $y$ z", masked: `x ${MASK.repeat(3)} z` },
		{ line: "x $ y$ z", masked: "x $ y$ z" },
		{ line: "a <!-- b --> c", masked: `a ${MASK.repeat(10)} c` },
		{ line: "a %%b%% c", masked: `a ${MASK.repeat(5)} c` },
		{ line: "a \\`b` c", masked: "a \\`b` c" },
		{ line: "plain text", masked: "plain text" },
		{ line: "a < b, 50% off, C:\\dir", masked: "a < b, 50% off, C:\\dir" },
	])("masks $line as the same number of characters", ({ line, masked }) => {
		const result = new RegionScanner().scan(line);
		expect(result).toBe(masked);
		expect(result).toHaveLength(line.length);
	});

	it("reads a line whose caller says it has no special character as it is", () => {
		expect(new RegionScanner().scan("a `b` c", false)).toBe("a `b` c");
	});

	it("carries a region opened on the line that closes another", () => {
		const scanner = new RegionScanner();
		scanner.scan("<!-- a");
		expect(scanner.scan("b --> %% c")).toBeNull();
		expect(scanner.scan("still inside #card")).toBeNull();
		expect(scanner.scan("%% out")).toBeNull();
		expect(scanner.scan("free")).toBe("free");
	});

	it("keeps a multi-line comment open across lines and closes it", () => {
		const scanner = new RegionScanner();
		expect(scanner.scan("a %% b")).toBe(`a ${MASK.repeat(4)}`);
		expect(scanner.scan("inside")).toBeNull();
		expect(scanner.scan("end %% tail")).toBeNull();
		expect(scanner.scan("after")).toBe("after");
	});

	it("masks a whole standalone text, lines kept", () => {
		expect(maskText("```\ncode\n```\nok `x`")).toBe(`${MASK.repeat(3)}\n${MASK.repeat(4)}\n${MASK.repeat(3)}\nok ${MASK.repeat(3)}`);
	});
});
