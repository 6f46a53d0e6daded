import { clozeSpans } from "../../../src/core";
import { basic, cards, note, parse } from "./note-builder";

describe("cloze cards (rule 9)", () => {
	it.each<{ description: string; markdown: string; front: string; back: string; clozes: number[] }>([
		{ description: "highlights are numbered in order", markdown: note("A ==cloze== and ==another== one. #card"), front: "A ==cloze== and ==another== one.", back: "", clozes: [1, 2] },
		{ description: "an Anki cloze keeps its number", markdown: note("The {{c2::capital}} of {{c1::France}} #card"), front: "The {{c2::capital}} of {{c1::France}}", back: "", clozes: [1, 2] },
		{ description: "the same number hides spans together", markdown: note("{{c1::a}} and {{c1::b}} #card"), front: "{{c1::a}} and {{c1::b}}", back: "", clozes: [1] },
		{ description: "highlights and Anki clozes mix", markdown: note("==a== then {{c3::b}} #card"), front: "==a== then {{c3::b}}", back: "", clozes: [1, 3] },
		{ description: "a hint belongs to its cloze", markdown: note("{{c1::Paris::city}} is big #card"), front: "{{c1::Paris::city}} is big", back: "", clozes: [1] },
		{ description: "the rest of the paragraph is the extra", markdown: note("The ==Nile== is long. #card", "About 6650 km."), front: "The ==Nile== is long.", back: "About 6650 km.", clozes: [1] },
		{ description: "a cloze does not take the next paragraph", markdown: note("The ==Nile== is long. #card", "", "Unrelated."), front: "The ==Nile== is long.", back: "", clozes: [1] },
		{ description: "lines above a lone marker may hold the cloze", markdown: note("Line ==one==", "line ==two==", "#card"), front: "Line ==one==\nline ==two==", back: "", clozes: [1, 2] },
		{ description: "highlights inside an Anki cloze are formatting", markdown: note("{{c1::==a==}} #card"), front: "{{c1::==a==}}", back: "", clozes: [1] },
		{ description: "braces inside an Anki cloze balance", markdown: note("{{c1::f{x}}} #card"), front: "{{c1::f{x}}}", back: "", clozes: [1] },
	])("$description", ({ markdown, front, back, clozes }) => {
		const parsed = parse(markdown);
		expect(parsed.cards).toEqual([expect.objectContaining({ kind: "cloze", front, back, clozes })]);
		expect(parsed.warnings).toEqual([]);
	});

	it.each([
		{ description: "a highlight in the back is formatting", markdown: note("Q #card", "==A=="), expected: [basic("Q", "==A==")] },
		{ description: "a highlight in a heading card is formatting", markdown: note("## What is ==X==? #card", "A"), expected: [basic("What is ==X==?", "A")] },
		{ description: "a highlight without a marker is no card", markdown: note("The ==Nile== is long."), expected: [] },
		{ description: "a highlight in inline code is text", markdown: note("`==a==` and `==b==` #card", "A"), expected: [basic("`==a==` and `==b==`", "A")] },
		{ description: "plain braces are no cloze", markdown: note("A {plain} brace #card", "A"), expected: [basic("A {plain} brace", "A")] },
		{ description: "c0 is no cloze", markdown: note("{{c0::x}} #card", "A"), expected: [basic("{{c0::x}}", "A")] },
		{ description: "an equality is no highlight", markdown: note("Is a == b? #card", "A"), expected: [basic("Is a == b?", "A")] },
		{ description: "a reversed card keeps its highlights as formatting", markdown: note("==Q== #card-reverse", "A"), expected: [{ kind: "reversed", front: "==Q==", back: "A" }] },
	])("$description", ({ markdown, expected }) => {
		expect(cards(markdown)).toEqual(expected);
	});

	it("reads highlights as formatting when cloze cards are off", () => {
		expect(cards(note("The ==Nile== #card", "A"), { clozeCards: false })).toEqual([basic("The ==Nile==", "A")]);
	});
});

describe("clozeSpans", () => {
	it("lists each hidden span with its number, answer and offsets", () => {
		const front = "==a== {{c3::bb::hint}} `==c==` ==d==";
		expect(clozeSpans(front)).toEqual([
			{ start: 0, end: 5, number: 1, answer: "a" },
			{ start: 6, end: 22, number: 3, answer: "bb", hint: "hint" },
			{ start: 31, end: 36, number: 2, answer: "d" },
		]);
	});
});
