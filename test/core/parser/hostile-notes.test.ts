/**
 * Notes written to hurt the parser (found by adversarial testing): each may cost its own frontmatter or
 * card, never an exception, and every step stays linear in the note's length.
 */
import { Collection, parseNote } from "../../../src/core";
import { note, withFrontmatter } from "./note-builder";

const NOW = new Date("2026-03-01T12:00:00Z");

function timed<T>(run: () => T): { value: T; ms: number } {
	const start = performance.now();
	const value = run();
	return { value, ms: performance.now() - start };
}

/** Anchors nested `levels` deep, each level listing the one below `width` times. */
function aliasBomb(levels: number, width: number): string[] {
	const yaml = [`l0: &l0 [${Array.from({ length: width }, () => "x").join(", ")}]`];
	for (let level = 1; level < levels; level++) {
		yaml.push(`l${level}: &l${level} [${Array.from({ length: width }, () => `*l${level - 1}`).join(", ")}]`);
	}
	yaml.push(`tags: *l${levels - 1}`);
	return yaml;
}

describe("hostile notes", () => {
	it("a cyclic YAML alias costs only the frontmatter: the cards stay, with a warning", () => {
		const parsed = parseNote(withFrontmatter(["tags: &a [x, *a]", "cards-deck: D"], "Q #card", "A"), "folder/n.md");
		expect(parsed.cards.map((card) => card.front)).toEqual(["Q"]);
		expect(parsed.deck).toBe("folder");
		expect(parsed.warnings).toEqual([{ line: expect.any(Number) as unknown, message: expect.stringContaining("frontmatter") as unknown }]);
	});

	it("a vault scan goes on past a cyclic alias: later notes keep their cards", () => {
		const collection = new Collection();
		collection.indexNote("a.md", withFrontmatter(["tags: &a [x, *a]"], "Q1 #card", "A1"), NOW);
		collection.indexNote("b.md", note("Q2 #card", "A2"), NOW);
		expect(collection.cards().map((card) => card.front)).toEqual(["Q1", "Q2"]);
	});

	it("an alias bomb is refused within a node budget, with a warning, in well under a second", () => {
		const { value, ms } = timed(() => parseNote(withFrontmatter(aliasBomb(8, 8), "Q #card", "A"), "n.md"));
		expect(ms).toBeLessThan(1000);
		expect(value.cards.map((card) => card.front)).toEqual(["Q"]);
		expect(value.tags).toEqual([]);
		expect(value.warnings).toEqual([{ line: 0, message: expect.stringContaining("too many values") as unknown }]);
	});

	it("a small alias is still expanded", () => {
		expect(parseNote(withFrontmatter(["base: &b [x, y]", "tags: *b"], "text"), "n.md").tags).toEqual(["x", "y"]);
	});

	it("tags: \"a\", b (invalid YAML that Obsidian shows) gives a and b with a warning", () => {
		const parsed = parseNote(withFrontmatter(['tags: "a", b'], "Q #card", "A"), "n.md");
		expect(parsed.tags).toEqual(["a", "b"]);
		expect(parsed.cards[0]?.tags).toEqual(["a", "b"]);
		expect(parsed.warnings).toEqual([{ line: expect.any(Number) as unknown, message: expect.stringContaining("read from their line") as unknown }]);
	});

	it("a front with an unclosed {{c1:: and thousands of :: is parsed and indexed in linear time", () => {
		const front = `{{c1::${"a::".repeat(20_000)} #card`;
		const collection = new Collection();
		const { ms } = timed(() => {
			collection.indexNote("n.md", note(front, "A"), NOW);
			collection.indexNote("n.md", note(`${front} x`, "A"), NOW);
		});
		expect(ms).toBeLessThan(2000);
		expect(collection.cards()).toHaveLength(1);
		expect(parseNote(note(front, "A"), "n.md").warnings).toEqual([{ line: 0, message: expect.stringContaining("never closed") as unknown }]);
	});

	it("a 1 MB line of ever longer backtick runs is parsed in linear time", () => {
		const parts: string[] = [];
		let length = 0;
		for (let n = 1; length < 1_000_000; n++) {
			const part = `${"`".repeat(n)}x`;
			parts.push(part);
			length += part.length;
		}
		const { value, ms } = timed(() => parseNote(note("Q #card", parts.join("")), "n.md"));
		expect(ms).toBeLessThan(2000);
		expect(value.cards).toHaveLength(1);
	});

	it("many unclosed {1: openers are linear too", () => {
		const { value, ms } = timed(() => parseNote(note(`${"{1:a ".repeat(50_000)} #card`, "A"), "n.md"));
		expect(ms).toBeLessThan(2000);
		expect(value.warnings).toEqual([{ line: 0, message: expect.stringContaining("49999 more") as unknown }]);
	});
});
