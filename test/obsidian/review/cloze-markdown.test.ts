import { cardSides, renderCloze } from "../../../src/obsidian/review/cloze-markdown";

describe("renderCloze", () => {
	it.each([
		{ description: "hides the asked highlight", markdown: "The ==mitochondria== is the ==powerhouse==.", asked: 1, reveal: false, expected: "The ==[...]== is the powerhouse." },
		{ description: "hides the second highlight as c2", markdown: "The ==mitochondria== is the ==powerhouse==.", asked: 2, reveal: false, expected: "The mitochondria is the ==[...]==." },
		{ description: "reveals the asked span as a highlight", markdown: "The ==mitochondria== is the ==powerhouse==.", asked: 1, reveal: true, expected: "The ==mitochondria== is the powerhouse." },
		{ description: "keeps Anki numbers and shows hints", markdown: "{{c2::Paris::city}} is in {{c1::France}}", asked: 2, reveal: false, expected: "==[city]== is in France" },
		{ description: "hides every span of one number together", markdown: "{{c1::A}} and {{c1::B}} but {{c2::C}}", asked: 1, reveal: false, expected: "==[...]== and ==[...]== but C" },
		{ description: "leaves inline code alone", markdown: "`==code==` and ==real==", asked: 1, reveal: false, expected: "`==code==` and ==[...]==" },
	])("$description", ({ markdown, asked, reveal, expected }) => {
		expect(renderCloze(markdown, asked, reveal)).toBe(expected);
	});
});

describe("cardSides", () => {
	it("shows a basic card's front as the question, kept when revealed, and its back as the answer", () => {
		expect(cardSides({ kind: "basic", front: "Q?", back: "A." })).toEqual({ question: "Q?", revealed: "Q?", answer: "A." });
	});

	it("reveals a cloze in place and shows its extra as the answer", () => {
		const sides = cardSides({ kind: "cloze", front: "The ==cell== lives.", back: "Extra note", cloze: 1 });
		expect(sides).toEqual({ question: "The ==[...]== lives.", revealed: "The ==cell== lives.", answer: "Extra note" });
	});

	it("has no answer below the divider when a cloze has no extra", () => {
		expect(cardSides({ kind: "cloze", front: "==A== b", back: " ", cloze: 1 }).answer).toBe("");
	});
});
