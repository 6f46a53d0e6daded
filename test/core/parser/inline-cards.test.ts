import { basic, cards, inlineNote, note, parse, reversed, withFrontmatter, type CardSummary } from "./note-builder";

describe("inline cards (rule 8)", () => {
	it.each<{ description: string; markdown: string; expected: CardSummary[] }>([
		{ description: "Q::A is a card", markdown: inlineNote("This is a valid::Inline card"), expected: [basic("This is a valid", "Inline card")] },
		{ description: "spaces around the separator are trimmed", markdown: inlineNote("Q :: A"), expected: [basic("Q", "A")] },
		{ description: "a space on one side only works", markdown: inlineNote("Q:: A", "R ::B"), expected: [basic("Q", "A"), basic("R", "B")] },
		{ description: "Q:::A is reversed", markdown: inlineNote("Q:::A"), expected: [reversed("Q", "A")] },
		{ description: "list markers are stripped", markdown: inlineNote("- Q1 :: A1", "1. Q2 :: A2", "  * Q3::A3"), expected: [basic("Q1", "A1"), basic("Q2", "A2"), basic("Q3", "A3")] },
		{ description: "a number is a question", markdown: inlineNote("2000 :: answer"), expected: [basic("2000", "answer")] },
		{ description: "the first separator wins", markdown: inlineNote("a::b::c"), expected: [basic("a", "b::c")] },
		{ description: "an answer may contain a reversed separator", markdown: inlineNote("a::b:::c"), expected: [basic("a", "b:::c")] },
		{ description: "several inline cards in a row", markdown: inlineNote("A::1", "B::2", "C:::3"), expected: [basic("A", "1"), basic("B", "2"), reversed("C", "3")] },
		{ description: "between tagged cards", markdown: note("Q #card", "A", "", "X::Y", "", "R #card", "B"), expected: [basic("Q", "A"), basic("X", "Y"), basic("R", "B")] },
		{ description: "a note tagged with a card/ tag in its body takes part", markdown: note("#card/aws", "", "Q::A"), expected: [basic("Q", "A")] },
		{ description: "a note with the deck key takes part", markdown: withFrontmatter(["cards-deck: D"], "Q::A"), expected: [basic("Q", "A")] },
		{ description: "a note tagged card-reverse takes part", markdown: withFrontmatter(["tags: [card-reverse]"], "Q::A"), expected: [basic("Q", "A")] },
		{ description: "a note tagged #card in a block list takes part", markdown: withFrontmatter(["tags:", "  - '#card'"], "Q::A"), expected: [basic("Q", "A")] },
		{ description: "a note without the card tag does not take part", markdown: note("Q::A"), expected: [] },
		{ description: "an unrelated tag does not make a note take part", markdown: withFrontmatter(["tags: cards"], "Q::A"), expected: [] },
		{ description: "a separator in inline code is text", markdown: inlineNote("This is not `a valid :: inline card`"), expected: [] },
		{ description: "a separator in inline math is text", markdown: inlineNote("This is not a valid inline $3::4$ card."), expected: [] },
		{ description: "a separator in $$ math is text", markdown: inlineNote("This is not a valid inline card. $$3::4$$"), expected: [] },
		{ description: "a separator in a fence is code", markdown: inlineNote("```java", "std::vector<int> v;", "```"), expected: [] },
		{ description: "a separator in a comment is text", markdown: inlineNote("%% a::b %%"), expected: [] },
		{ description: "four colons are no separator", markdown: inlineNote("no :::: match"), expected: [] },
		{ description: "an empty question is no card", markdown: inlineNote(":: answer"), expected: [] },
		{ description: "an empty answer is no card", markdown: inlineNote("key::"), expected: [] },
		{ description: "headings are not inline cards", markdown: inlineNote("## std::vector"), expected: [] },
		{ description: "a line inside another card's back is that back", markdown: note("## Q #card", "term::meaning"), expected: [basic("Q", "term::meaning")] },
		{ description: "a deck property left in the body is no card", markdown: note("---", "cards-deck: A::B", "", "Q #card", "A"), expected: [basic("Q", "A")] },
		{ description: "a tags property left in the body is no card", markdown: inlineNote("Tags: a::b"), expected: [] },
		{ description: "a question that only mentions tags is a card", markdown: inlineNote("Which tags exist::many"), expected: [basic("Which tags exist", "many")] },
		{ description: "frontmatter is not read for inline cards", markdown: withFrontmatter(["tags: card", "alias: a::b"], "text"), expected: [] },
	])("$description", ({ markdown, expected }) => {
		expect(cards(markdown)).toEqual(expected);
	});

	it.each([
		{ description: "inline cards switched off", markdown: inlineNote("Q::A"), options: { inlineCards: false }, expected: [] },
		{ description: "a custom separator", markdown: inlineNote("Q ;; A", "R::S"), options: { inlineSeparator: ";;" }, expected: [basic("Q", "A")] },
		{ description: "a custom reversed separator", markdown: inlineNote("Q <-> A", "R -> S"), options: { inlineSeparator: "->", inlineReversedSeparator: "<->" }, expected: [reversed("Q", "A"), basic("R", "S")] },
	])("$description", ({ markdown, options, expected }) => {
		expect(cards(markdown, options)).toEqual(expected);
	});

	it.each([
		{ description: "tags at the end of the line are the card's tags", line: "Q::A #t1 #a/b", back: "A", tags: ["t1", "a/b"] },
		{ description: "a tag that is the whole answer stays the answer", line: "Q::#answer", back: "#answer", tags: [] },
		{ description: "a block id ends the line as its anchor", line: "Q::A ^1666123456789", back: "A", tags: [], anchor: "1666123456789" },
	])("$description", ({ line, back, tags, anchor }) => {
		const card = parse(inlineNote(line)).cards[0];
		expect(card).toMatchObject({ back, tags });
		expect(card?.anchor).toBe(anchor);
	});

	it("takes an id on the next line as the anchor and counts that line", () => {
		expect(parse(inlineNote("Q::A", "^1666123456789", "")).cards[0]).toMatchObject({ line: 3, endLine: 5, anchor: "1666123456789", back: "A" });
	});
});
