/**
 * The syntax of the Flashcards plugin 2.x, with examples taken from its manual (docs/USAGE.md) and its
 * test suite: each note must give the cards that plugin reads from it.
 */
import type { ParsedCard } from "../../../src/core";
import { basic, cards, inlineNote, note, parse, reversed, withFrontmatter, type CardSummary } from "./note-builder";

function cloze(front: string, back = ""): CardSummary {
	return { kind: "cloze", front, back };
}

function reminder(front: string): CardSummary {
	return { kind: "reminder", front, back: "" };
}

function numbers(markdown: string): (number[] | undefined)[] {
	return parse(markdown).cards.map((card: ParsedCard) => card.clozes);
}

describe("numbered clozes", () => {
	it.each([
		{ description: "{N:text} on a marked line", markdown: note("The {1:powerhouse} of the {2:cell}. #card"), expected: [[1, 2]] },
		{ description: "the same N hides spans together", markdown: note("The {1:powerhouse} of the cell is the {1:mitochondria}. #card"), expected: [[1]] },
		{ description: "highlights count on their own: ==a== {1:b} is one card", markdown: note("==auto== and {1:explicit} #card"), expected: [[1]] },
		{ description: "mixed with Anki clozes, each keeps its number", markdown: note("==auto== {2:explicit} {{c3::native}} #card"), expected: [[1, 2, 3]] },
		{ description: "the order in the text does not matter", markdown: note("Moreover, the {2:order} of the {1:cloze} support can vary. #card"), expected: [[1, 2]] },
		{ description: "braces inside balance", markdown: note("Value {2:x^{2} + {y}}. #card"), expected: [[2]] },
		{ description: "a plain {text} is no cloze", markdown: note("A {plain} brace #card", "A"), expected: [undefined] },
		{ description: "an escaped brace is no cloze", markdown: note("\\{1:text} and ==real== #card"), expected: [[1]] },
		{ description: "code keeps its braces", markdown: note("`{1:code}` and {1:real} #card"), expected: [[1]] },
	])("$description", ({ markdown, expected }) => {
		expect(numbers(markdown)).toEqual(expected);
	});

	it.each([
		{ description: "a paragraph with {N:…} is a cloze card in a note that takes part", markdown: inlineNote("The {1:heart} pumps {2:blood}."), expected: [cloze("The {1:heart} pumps {2:blood}.")] },
		{ description: "so is one with {{cN::…}}, never also an inline card", markdown: inlineNote("The {{c1::mitochondria}} is the powerhouse of the cell."), expected: [cloze("The {{c1::mitochondria}} is the powerhouse of the cell.")] },
		{ description: "a list item is a card of its own", markdown: inlineNote("- The {1:heart} pumps.", "- The {1:lungs} breathe."), expected: [cloze("The {1:heart} pumps."), cloze("The {1:lungs} breathe.")] },
		{ description: "a table row is no cloze card", markdown: inlineNote("| a | {1:b} |", "| - | - |"), expected: [] },
		{ description: "highlights alone are formatting by default", markdown: inlineNote("The ==heart== pumps blood."), expected: [] },
		{ description: "a note that does not take part gives nothing", markdown: note("The {1:heart} pumps blood."), expected: [] },
		{ description: "a cloze in another card's back is that card's text", markdown: note("## Q #card", "The {1:heart} pumps."), expected: [basic("Q", "The {1:heart} pumps.")] },
	])("$description", ({ markdown, expected }) => {
		expect(cards(markdown)).toEqual(expected);
	});

	it("reads highlights in card notes as clozes when the setting is on", () => {
		expect(cards(inlineNote("The ==heart== pumps ==blood==."), { highlightClozes: true })).toEqual([cloze("The ==heart== pumps ==blood==.")]);
	});

	it.each([
		{ description: "an unclosed {1:", markdown: note("The {1:answer is missing. #card", "A") },
		{ description: "an unclosed {{c1::", markdown: note("The {{c1::answer is missing. #card", "A") },
	])("$description warns and names the line, the card stays basic", ({ markdown }) => {
		const parsed = parse(markdown);
		expect(parsed.cards.map((card) => card.kind)).toEqual(["basic"]);
		expect(parsed.warnings).toEqual([{ line: 0, message: expect.stringContaining("line 1 is never closed") as unknown }]);
	});
});

describe("fenced cards", () => {
	const fence = (...body: string[]): string => note("```flashcard", ...body, "```");

	it.each([
		{ description: "front and back", markdown: fence("front: What does CSS stand for?", "back: Cascading Style Sheets."), expected: [basic("What does CSS stand for?", "Cascading Style Sheets.")] },
		{ description: "keys in any order", markdown: fence("type: basic", "back: Adenosine triphosphate", "front: What is ATP?"), expected: [basic("What is ATP?", "Adenosine triphosphate")] },
		{ description: "type: reversed", markdown: fence("front: Q", "back: A", "type: reversed"), expected: [reversed("Q", "A")] },
		{ description: "a value runs to the next key, blank lines kept", markdown: fence("front: What is the CAP theorem?", "back: At most two of:", "", "Consistency, Availability, Partition-tolerance.", "type: basic"), expected: [basic("What is the CAP theorem?", "At most two of:\n\nConsistency, Availability, Partition-tolerance.")] },
		{ description: "a reminder has one content field", markdown: fence("type: reminder", "content: First line.", "Second line."), expected: [reminder("First line.\nSecond line.")] },
		{ description: "type: cloze takes its clozes from the front", markdown: fence("type: cloze", "front: The {1:heart} pumps.", "back: Extra"), expected: [cloze("The {1:heart} pumps.", "Extra")] },
		{ description: "another label is ordinary code", markdown: note("```js", "front: x", "back: y", "```"), expected: [] },
		{ description: "a fence inside a quote is no card", markdown: note("> ```flashcard", "> front: Q", "> back: A", "> ```"), expected: [] },
	])("$description", ({ markdown, expected }) => {
		expect(cards(markdown)).toEqual(expected);
	});

	it("needs no tag on the note, keeps lines and the heading context", () => {
		const parsed = parse(note("# Web", "", "```flashcard", "front: Q", "back: A", "```", "^q-ab2c"));
		expect(parsed.cards).toEqual([expect.objectContaining({ line: 2, endLine: 7, context: ["Web"], anchor: "q-ab2c" })]);
	});

	it("reads the label from the settings", () => {
		expect(cards(note("```card", "front: Q", "back: A", "```"), { fenceLabel: "card" })).toEqual([basic("Q", "A")]);
	});

	it.each([
		{ description: "an empty back", markdown: fence("front: Q", "back:"), line: 2, text: '"back:" on line 3 is empty' },
		{ description: "a missing front", markdown: fence("back: A"), line: 0, text: '"front:" is missing' },
		{ description: "a reminder without content", markdown: fence("type: reminder"), line: 0, text: '"content:" is missing' },
		{ description: "an unknown type", markdown: fence("type: quiz", "front: Q", "back: A"), line: 1, text: 'type "quiz"' },
		{ description: "a fence never closed", markdown: note("```flashcard", "front: Q", "back: A"), line: 0, text: "never closed" },
	])("$description gives no card and a warning naming the line", ({ markdown, line, text }) => {
		const parsed = parse(markdown);
		expect(parsed.cards).toEqual([]);
		expect(parsed.warnings).toEqual([{ line, message: expect.stringContaining(text) as unknown }]);
	});

	it("ends the back of a heading card above it", () => {
		expect(cards(note("## Q #card", "A", "```flashcard", "front: Q2", "back: A2", "```"))).toEqual([basic("Q", "A"), basic("Q2", "A2")]);
	});
});

describe("callout cards", () => {
	it.each([
		{ description: "the title is the front, the body the back", markdown: note("> [!card] What is ATP?", "> Adenosine triphosphate", "> (the cell's fuel)"), expected: [basic("What is ATP?", "Adenosine triphosphate\n(the cell's fuel)")] },
		{ description: "a leading colon is dropped, case does not matter", markdown: note("> [!CARD] : Question", "> Answer"), expected: [basic("Question", "Answer")] },
		{ description: "card-reverse is reversed", markdown: note("> [!card-reverse]- Q", "> A"), expected: [reversed("Q", "A")] },
		{ description: "any other callout is no card", markdown: note("> [!note] Q", "> A"), expected: [] },
		{ description: "a nested card callout is no card", markdown: note("> [!grid]", ">> [!card] Q", ">> A"), expected: [] },
		{ description: "a #card inside a callout is no card", markdown: note("> [!tip] Tip", "> Q #card", "> A"), expected: [] },
	])("$description", ({ markdown, expected }) => {
		expect(cards(markdown)).toEqual(expected);
	});

	it("takes a block id at its end as its anchor", () => {
		expect(parse(note("> [!card] Q", "> A ^q-ab2c")).cards).toEqual([expect.objectContaining({ back: "A", anchor: "q-ab2c", endLine: 2 })]);
	});

	it("warns when the title or body is empty", () => {
		const parsed = parse(note("> [!card]", "> A", "", "> [!card] Q"));
		expect(parsed.cards).toEqual([]);
		expect(parsed.warnings.map((warning) => warning.line)).toEqual([0, 3]);
	});

	it("warns about a marker inside a quote rather than losing the card silently", () => {
		expect(parse(note("> Q #card", "> A")).warnings).toEqual([{ line: 0, message: expect.stringContaining("inside a quote") as unknown }]);
	});
});

describe("reminders", () => {
	it.each([
		{ description: "#card-reminder on a paragraph", markdown: note("Write tests before changing production code. #card-reminder"), expected: [reminder("Write tests before changing production code.")] },
		{ description: "it never takes the next paragraph", markdown: note("Read this quote again. #card-reminder", "", "Ordinary note content."), expected: [reminder("Read this quote again.")] },
		{ description: "on a heading, its text only", markdown: note("## Prefer reversible decisions #card-reminder", "", "Supporting prose."), expected: [reminder("Prefer reversible decisions")] },
		{ description: "a lone marker after its paragraph", markdown: note("Keep the feedback loop short.", "", "#card-reminder"), expected: [reminder("Keep the feedback loop short.")] },
		{ description: "v1's #card-spaced", markdown: note("Stay curious #card-spaced"), expected: [reminder("Stay curious")] },
		{ description: "v1's #card/spaced", markdown: note("Stay curious #card/spaced"), expected: [reminder("Stay curious")] },
		{ description: "the card tag setting applies", markdown: note("Keep it simple. #card-reminder", "Keep it short. #flash-reminder"), expected: [reminder("Keep it short.")] },
	])("$description", ({ markdown, expected }) => {
		const options = markdown.includes("#flash") ? { cardTag: "flash" } : undefined;
		expect(cards(markdown, options)).toEqual(expected);
	});

	it("keeps the heading context and its own line range", () => {
		expect(parse(note("# Engineering", "", "Keep it simple. #card-reminder", "More.")).cards).toEqual([
			expect.objectContaining({ context: ["Engineering"], line: 2, endLine: 3 }),
		]);
	});

	it("makes the note take part in inline cards", () => {
		expect(cards(note("Keep it simple. #card-reminder", "", "Q::A"))).toEqual([reminder("Keep it simple."), basic("Q", "A")]);
	});
});

describe("list items own their children", () => {
	it.each([
		{ description: "an inline card's indented paragraph continues its answer", markdown: inlineNote("- First question?::First answer.", "", "  More detail for the first answer.", "", "- Second question?::Second answer."), expected: [basic("First question?", "First answer.\n\nMore detail for the first answer."), basic("Second question?", "Second answer.")] },
		{ description: "and its nested list", markdown: inlineNote("- Q::A", "  - detail one", "  - detail two", "- Q2::A2"), expected: [basic("Q", "A\n- detail one\n- detail two"), basic("Q2", "A2")] },
		{ description: "a nested inline card is then part of the answer", markdown: inlineNote("- Q::A", "  - sub::part"), expected: [basic("Q", "A\n- sub::part")] },
		{ description: "a #card item keeps its nested list", markdown: note("- Q #card", "  - A", "- not part"), expected: [basic("Q", "- A")] },
	])("$description", ({ markdown, expected }) => {
		expect(cards(markdown)).toEqual(expected);
	});
});

describe("a fence ends a paragraph card's back", () => {
	it.each([
		{ description: "the fence after the answer is not in the back", markdown: note("Q #card", "The answer", "```js", "code()", "```"), expected: [basic("Q", "The answer")] },
		{ description: "a fence right under the question is the back, whole", markdown: note("Q #card", "```js", "a()", "", "b()", "```", "after"), expected: [basic("Q", "```js\na()\n\nb()\n```")] },
		{ description: "a math block stays in the paragraph", markdown: note("Q #card", "The formula", "$$", "x", "$$"), expected: [basic("Q", "The formula\n$$\nx\n$$")] },
	])("$description", ({ markdown, expected }) => {
		expect(cards(markdown)).toEqual(expected);
	});
});

describe("atomic notes", () => {
	const PARAGRAPH = "Chlorophyll absorbs light energy to drive the reactions.";
	const atomic = (yaml: string[], ...body: string[]): CardSummary[] =>
		cards(withFrontmatter(yaml, "", ...body), undefined);

	it.each([
		{ description: "title: the note's name asks, the first paragraph answers", yaml: ["test:", "  - title"], body: [PARAGRAPH], expected: [basic("Note", PARAGRAPH)] },
		{ description: "reversed", yaml: ["test: [reversed]"], body: [PARAGRAPH], expected: [reversed("Note", PARAGRAPH)] },
		{ description: "a cue asks, answered with the title and the paragraph", yaml: ['test: "What does chlorophyll do?"'], body: [PARAGRAPH], expected: [basic("What does chlorophyll do?", `Note\n\n${PARAGRAPH}`)] },
		{ description: "cloze hides the paragraph's clozes, the title is the extra", yaml: ["test: cloze"], body: ["Chlorophyll is a ==pigment== that absorbs light."], expected: [cloze("Chlorophyll is a ==pigment== that absorbs light.", "Note")] },
		{ description: "several items, several cards", yaml: ["test:", "- title", "- reversed"], body: [PARAGRAPH], expected: [basic("Note", PARAGRAPH), reversed("Note", PARAGRAPH)] },
		{ description: "headings, lists and fences before the paragraph are skipped", yaml: ["test: [title]"], body: ["## Overview", "- alpha", "- beta", "", "```js", "x", "```", "", PARAGRAPH, "", "Second paragraph."], expected: [basic("Note", PARAGRAPH)] },
		{ description: "inline cards and highlights are not read in it", yaml: ["test: [title]", "tags: [card]"], body: [PARAGRAPH, "", "Q::A", "", "The ==x== {1:y}"], expected: [basic("Note", PARAGRAPH)] },
		{ description: "explicit cards still are", yaml: ["test: [title]"], body: [PARAGRAPH, "", "Q #card", "A"], expected: [basic("Note", PARAGRAPH), basic("Q", "A")] },
	])("$description", ({ yaml, body, expected }) => {
		expect(atomic(yaml, ...body)).toEqual(expected);
	});

	it.each([
		{ description: "a number", yaml: ["test: 42"] },
		{ description: "a map", yaml: ["test:", "  foo: bar"] },
	])("warns about $description and gives no atomic card", ({ yaml }) => {
		const parsed = parse(withFrontmatter(yaml, "", PARAGRAPH));
		expect(parsed.cards).toEqual([]);
		expect(parsed.warnings).toEqual([{ line: 0, message: expect.stringContaining('"test:"') as unknown }]);
	});
});

describe("the v2 frontmatter map", () => {
	it("is metadata: never a tag, never card text; the block anchors stay", () => {
		const parsed = parse(
			withFrontmatter(["tags: [bio]", "flashcards:", "  q-ab2c:", "    hash: 9f2a", "    nid: 1712345678901"], "Q::A ^q-ab2c"),
			{},
		);
		expect(parsed.tags).toEqual(["bio"]);
		expect(parsed.cards).toEqual([]);
		const tagged = parse(withFrontmatter(["flashcards:", "  q-ab2c: { hash: 9f2a }"], "Q #card", "A", "^q-ab2c"));
		expect(tagged.cards).toEqual([expect.objectContaining({ front: "Q", back: "A", anchor: "q-ab2c", tags: [] })]);
	});
});
