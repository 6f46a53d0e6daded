import fc from "fast-check";
import { DEFAULT_PARSE_OPTIONS, parseNote, type ParsedNote } from "../../../src/core";
import { inlineNote, note, parse, withFrontmatter } from "./note-builder";

const RICH_NOTE = withFrontmatter(
	["cards-deck: D", "tags: [a]"],
	"# Top",
	"Q1 #card #t",
	"A1 ^q-ab2c",
	"",
	"Q2::A2",
	"The ==Nile== #card",
	"",
	"```",
	"x #card",
	"```",
);

describe("line endings (rule 1)", () => {
	it.each([
		{ description: "CRLF", eol: "\r\n" },
		{ description: "CR", eol: "\r" },
	])("gives the same cards, lines included, for $description endings", ({ eol }) => {
		expect(parseNote(RICH_NOTE.replace(/\n/g, eol), "n.md")).toEqual(parseNote(RICH_NOTE, "n.md"));
	});

	it("counts lines of the original file, frontmatter included", () => {
		expect(parseNote(RICH_NOTE, "n.md").cards.map((card) => [card.line, card.endLine])).toEqual([
			[5, 7],
			[8, 9],
			[9, 10],
		]);
	});

	it("reads mixed line endings line for line", () => {
		const parsed = parseNote("intro\r\n\rQ #card\nA\r\n", "n.md");
		expect(parsed.cards).toEqual([expect.objectContaining({ front: "Q", back: "A", line: 2, endLine: 4 })]);
	});

	it("ignores a byte order mark", () => {
		expect(parseNote(`\uFEFF${RICH_NOTE}`, "n.md")).toEqual(parseNote(RICH_NOTE, "n.md"));
	});
});

describe("reversed cards (rule 11)", () => {
	it.each([
		{ description: "#card-reverse on a paragraph", markdown: note("Q #card-reverse", "A") },
		{ description: "#card/reverse on a heading", markdown: note("## Q #card/reverse", "A") },
		{ description: "a reverse marker alone under a heading", markdown: note("## Q", "#card-reverse", "A") },
		{ description: "a ::: inline card", markdown: inlineNote("Q:::A") },
	])("$description is one note card of kind reversed", ({ markdown }) => {
		expect(parse(markdown).cards).toEqual([expect.objectContaining({ kind: "reversed", front: "Q", back: "A" })]);
	});

	it.each([
		{ description: "#card", markdown: note("Q #card", "A") },
		{ description: "an :: inline card", markdown: inlineNote("Q::A") },
	])("$description is basic", ({ markdown }) => {
		expect(parse(markdown).cards.map((card) => card.kind)).toEqual(["basic"]);
	});
});

describe("parseNote", () => {
	it("reads a note with every kind of card in document order", () => {
		const parsed = parseNote(RICH_NOTE, "n.md");
		expect(parsed).toEqual<ParsedNote>({
			deck: "D",
			tags: ["a"],
			cards: [
				{ kind: "basic", front: "Q1", back: "A1", line: 5, endLine: 7, tags: ["a", "t"], context: ["Top"], anchor: "q-ab2c" },
				{ kind: "basic", front: "Q2", back: "A2", line: 8, endLine: 9, tags: ["a"], context: ["Top"] },
				{ kind: "cloze", front: "The ==Nile==", back: "", line: 9, endLine: 10, tags: ["a"], context: ["Top"], clozes: [1] },
			],
			warnings: [],
		});
	});

	it("uses the documented defaults", () => {
		expect(DEFAULT_PARSE_OPTIONS).toEqual({
			fenceLabel: "flashcard",
			highlightClozes: false,
			cardTag: "card",
			deckKey: "cards-deck",
			folderDecks: true,
			defaultDeck: "Default",
			inlineCards: true,
			inlineSeparator: "::",
			inlineReversedSeparator: ":::",
			clozeCards: true,
		});
	});

	it.each([
		{ description: "an empty card tag", options: { cardTag: " " } },
		{ description: "a card tag written with #", options: { cardTag: "#Card" } },
		{ description: "empty separators", options: { inlineSeparator: "", inlineReversedSeparator: "" } },
		{ description: "an empty deck key and default deck", options: { deckKey: "", defaultDeck: "" } },
	])("falls back to the defaults for $description", ({ options }) => {
		expect(parseNote(RICH_NOTE, "n.md", options)).toEqual(parseNote(RICH_NOTE, "n.md"));
	});
});

const FRAGMENTS = [
	"#card", " #card", " #card-reverse", " #card/reverse", " #tag", "#", "##", "## ", "### ", "- ", "1. ", "  ", "\t",
	"```", "~~~", "`", "$$", "$", "%%", "<!--", "-->", "==", "{{c1::", "{{c2::", "}}", "{", "}", "::", ":::", "^1666123456789",
	" ^q-ab2c", "---", "> ", "|", "\\", "Q", "A", "text", "?", "\n", "\n", "\n", "\r\n", "\r", "\n\n",
];

const PREFIXES = ["", "", "", "## ", "# ", "### ", "- ", "  - ", "1. ", "> ", "```", "~~~", "$$", "%%", "<!--", "---", "#card", "^q-ab2c"];
const SUFFIXES = ["", "", "", " #card", " #card #t", " #card-reverse", " ==x==", " ^1666123456789", "::A", ":::B", "-->", "%%", "$$"];

/** Lines shaped like a note's (headings, lists, fences, markers), so that many cards appear. */
const noteLines = fc
	.array(
		fc.tuple(fc.constantFrom(...PREFIXES), fc.oneof(fc.constantFrom("Q", "What is ==X==?", "{{c1::a}}", "", "`#card`"), fc.string({ maxLength: 8 })), fc.constantFrom(...SUFFIXES)),
		{ maxLength: 40 },
	)
	.chain((lines) => fc.constantFrom("\n", "\r\n").map((eol) => lines.map((parts) => parts.join("")).join(eol)));

const noteText = fc.oneof(
	noteLines,
	noteLines.map((text) => `---\ntags: card\n---\n${text}`),
	fc.string({ unit: "binary", maxLength: 300 }),
	fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })), { maxLength: 120 }).map((parts) => parts.join("")),
	fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 60 }).map((parts) => `---\n${parts.join("")}\n---\n${parts.join("")}`),
);

function lineCount(text: string): number {
	return text.split(/\r\n|\r|\n/).length;
}

describe("parseNote on arbitrary text (property)", () => {
	it("never throws and keeps every card and warning inside the file", () => {
		fc.assert(
			fc.property(noteText, fc.boolean(), (text, inline) => {
				const parsed = parseNote(text, "folder/n.md", { inlineCards: inline });
				const lines = lineCount(text);
				let previousEnd = 0;
				for (const card of parsed.cards) {
					expect(card.line).toBeGreaterThanOrEqual(0);
					expect(card.line).toBeLessThan(card.endLine);
					expect(card.endLine).toBeLessThanOrEqual(lines);
					expect(card.line).toBeGreaterThanOrEqual(previousEnd);
					previousEnd = card.endLine;
					if (card.kind !== "cloze") expect(card.back).not.toBe("");
					expect(card.front).not.toBe("");
				}
				for (const warning of parsed.warnings) {
					expect(warning.line).toBeGreaterThanOrEqual(0);
					expect(warning.line).toBeLessThan(lines);
				}
			}),
			{ numRuns: 1500 },
		);
	});

	it("gives the same result for LF and CRLF and for a second parse", () => {
		fc.assert(
			fc.property(noteText.map((text) => text.replace(/\r/g, "")), (text) => {
				const parsed = parseNote(text, "n.md");
				expect(parseNote(text.replace(/\n/g, "\r\n"), "n.md")).toEqual(parsed);
				expect(parseNote(text, "n.md")).toEqual(parsed);
			}),
			{ numRuns: 500 },
		);
	});
});
