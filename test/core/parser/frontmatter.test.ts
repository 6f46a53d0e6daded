import matter from "gray-matter";
import { parseNote } from "../../../src/core";
import { MATTER_OPTIONS } from "../../../src/core/parser/frontmatter";
import { note, withFrontmatter } from "./note-builder";

const CARD = note("## Q #card", "A");
const PROBE = "__flashcardReviewProbe";

/** gray-matter's input cache, which its types do not declare. */
function cacheSize(): number {
	return Object.keys((matter as unknown as { cache: Record<string, unknown> }).cache).length;
}

function probe(): unknown {
	return (globalThis as Record<string, unknown>)[PROBE];
}

describe("frontmatter (rule 2)", () => {
	afterEach(() => {
		delete (globalThis as Record<string, unknown>)[PROBE];
	});

	it.each([
		{ description: "a closed block at the top is frontmatter", markdown: withFrontmatter(["cards-deck: D"], CARD), deck: "D", line: 3 },
		{ description: "an empty block is frontmatter", markdown: withFrontmatter([], CARD), deck: "folder", line: 2 },
		{ description: "a closing line may carry trailing spaces", markdown: note("---", "cards-deck: D", "---  ", CARD), deck: "D", line: 3 },
		{ description: "an unclosed --- is not frontmatter", markdown: note("---", "cards-deck: D", "", CARD), deck: "folder", line: 3 },
		{ description: "--- with trailing spaces does not open it", markdown: note("--- ", "cards-deck: D", "---", "", CARD), deck: "folder", line: 4 },
		{ description: "an indented --- does not open it", markdown: note(" ---", "cards-deck: D", "---", "", CARD), deck: "folder", line: 4 },
		{ description: "---- does not open it", markdown: note("----", "cards-deck: D", "----", "", CARD), deck: "folder", line: 4 },
		{ description: "--- below the first line does not open it", markdown: note("", "---", "cards-deck: D", "---", "", CARD), deck: "folder", line: 5 },
	])("$description", ({ markdown, deck, line }) => {
		const parsed = parseNote(markdown, "folder/n.md");
		expect(parsed.deck).toBe(deck);
		expect(parsed.cards.map((card) => card.line)).toEqual([line]);
		expect(parsed.warnings).toEqual([]);
	});

	it("never reads cards inside the frontmatter", () => {
		const parsed = parseNote(withFrontmatter(["# Q #card", "a: b"], "body"), "n.md");
		expect(parsed.cards).toEqual([]);
		expect(parsed.warnings).toEqual([]);
	});

	it.each([
		{ description: "an unclosed flow list", yaml: ["title: ok", "cards-deck: [unclosed"], line: 3 },
		{ description: "a bad indentation", yaml: ["a:", "  b: 1", " c: 2"], line: 3 },
		{ description: "a scalar instead of properties", yaml: ["just text"], line: 0 },
		{ description: "a line starting with --- inside", yaml: ["cards-deck: D", "---x: 1"], line: 0 },
	])("keeps the cards of a note whose YAML has $description, uses the fallback deck and warns", ({ yaml, line }) => {
		const markdown = withFrontmatter(yaml, CARD);
		const parsed = parseNote(markdown, "folder/n.md");
		expect(parsed.deck).toBe("folder");
		expect(parsed.cards.map((card) => card.front)).toEqual(["Q"]);
		expect(parsed.warnings).toEqual([{ line, message: expect.stringContaining("frontmatter") as unknown }]);
	});

	it("gives the same result when the same invalid note is parsed twice", () => {
		const markdown = withFrontmatter(["cards-deck: [unclosed"], CARD);
		const first = parseNote(markdown, "folder/n.md");
		expect(parseNote(markdown, "folder/n.md")).toEqual(first);
		expect(first.warnings).toHaveLength(1);
	});

	it("leaves gray-matter's cache empty (an options object is always passed)", () => {
		const before = cacheSize();
		parseNote(withFrontmatter(["cards-deck: D"], CARD), "n.md");
		parseNote(withFrontmatter(["cards-deck: [bad"], CARD), "n.md");
		expect(cacheSize()).toBe(before);
	});

	it("shows that gray-matter alone would run ---js frontmatter (the danger the parser avoids)", () => {
		matter(`---js\nglobalThis.${PROBE} = "ran"\n---\n`, {});
		expect(probe()).toBe("ran");
	});

	it.each(["js", "javascript"])("makes gray-matter itself refuse ---%s frontmatter", (language) => {
		expect(() => matter(`---${language}\nglobalThis.${PROBE} = "ran"\n---\n`, MATTER_OPTIONS)).toThrow("never run");
		expect(probe()).toBeUndefined();
	});

	it.each(["js", "javascript", "JS"])("never runs ---%s frontmatter", (language) => {
		const parsed = parseNote(note(`---${language}`, `globalThis.${PROBE} = "ran"`, "---", "", CARD), "folder/n.md");
		expect(probe()).toBeUndefined();
		expect(parsed.deck).toBe("folder");
		expect(parsed.cards.map((card) => card.front)).toEqual(["Q"]);
	});

	it.each([
		{ yaml: "2024-01-02", text: "2024-01-02" },
		{ yaml: "1969-07-20", text: "1969-07-20" },
		{ yaml: "2024-12-31T23:59:59Z", text: "2024-12-31T23:59:59.000Z" },
		{ yaml: "0999-01-01", text: "0999-01-01" },
	])("reads the YAML date $yaml as $text", ({ yaml, text }) => {
		expect(parseNote(withFrontmatter([`cards-deck: ${yaml}`], CARD), "n.md").deck).toBe(text);
	});

	it("turns YAML dates into plain text", () => {
		expect(parseNote(withFrontmatter(["tags: 2024-01-02", "cards-deck: 2024-01-02T10:00:00Z"], CARD), "n.md")).toMatchObject({
			deck: "2024-01-02T10:00:00.000Z",
			tags: ["2024-01-02"],
		});
	});
});
