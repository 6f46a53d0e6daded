import { note, parse } from "./note-builder";

describe("anchors (rule 15)", () => {
	it.each([
		{ description: "a v1 id on its own line after the back", markdown: note("Q #card", "A", "^1666123456789"), back: "A", anchor: "1666123456789", endLine: 3 },
		{ description: "a v2 anchor on its own line", markdown: note("Q #card", "A", "^q-ab2c"), back: "A", anchor: "q-ab2c", endLine: 3 },
		{ description: "any block id at the end of the back's last line", markdown: note("Q #card", "A", "B ^my-block"), back: "A\nB", anchor: "my-block", endLine: 3 },
		{ description: "a block id after a heading card's section", markdown: note("## Q #card", "A", "", "^q-ab2c", "", "## Next"), back: "A", anchor: "q-ab2c", endLine: 4 },
		{ description: "a v1 id ends a heading card's back where v1 wrote it", markdown: note("## Q #card", "A", "^1666123456789", "", "More text."), back: "A", anchor: "1666123456789", endLine: 3 },
		{ description: "an id after a list in the next block", markdown: note("Q #card", "", "- first", "- second", "^q-abcd", "", "Outside."), back: "- first\n- second", anchor: "q-abcd", endLine: 5 },
		{ description: "an id after a cloze", markdown: note("The ==Nile== #card", "^1666123456789"), back: "", anchor: "1666123456789", endLine: 2 },
	])("takes $description", ({ markdown, back, anchor, endLine }) => {
		expect(parse(markdown).cards[0]).toMatchObject({ back, anchor, endLine });
	});

	it.each([
		{ description: "a caret glued to a word", markdown: note("Q #card", "A^abc"), back: "A^abc" },
		{ description: "a block id inside inline code", markdown: note("Q #card", "A `^abc`"), back: "A `^abc`" },
		{ description: "a custom block id in the middle of a heading card's back", markdown: note("## Q #card", "A", "^my-id", "", "More."), back: "A\n^my-id\n\nMore." },
		{ description: "a caret followed by other characters", markdown: note("Q #card", "A ^ab.c"), back: "A ^ab.c" },
	])("does not take $description", ({ markdown, back }) => {
		const card = parse(markdown).cards[0];
		expect(card?.back).toBe(back);
		expect(card?.anchor).toBeUndefined();
	});

	it("gives no card and a warning when the anchor is all the back holds", () => {
		const parsed = parse(note("Q #card", "^1666123456789"));
		expect(parsed.cards).toEqual([]);
		expect(parsed.warnings).toHaveLength(1);
	});
});
