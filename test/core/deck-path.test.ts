import { deckPaths, inDeckTree, normaliseDeck } from "../../src/core";

describe("inDeckTree", () => {
	it.each([
		{ cardDeck: "A::B", deck: "A::B", inside: true },
		{ cardDeck: "A::B::C", deck: "A::B", inside: true },
		{ cardDeck: "A::B::C::D", deck: "A", inside: true },
		{ cardDeck: "AWS Exams::Solutions Architect", deck: "AWS Exams", inside: true },
		{ cardDeck: "A::BC", deck: "A::B", inside: false },
		{ cardDeck: "A", deck: "A::B", inside: false },
		{ cardDeck: "AB::C", deck: "A", inside: false },
		{ cardDeck: "B::A::B", deck: "A::B", inside: false },
		{ cardDeck: "A::B", deck: " A :: B ", inside: true },
		{ cardDeck: "Anything", deck: undefined, inside: true },
		{ cardDeck: "Anything", deck: "", inside: true },
	])("$cardDeck is in $deck: $inside", ({ cardDeck, deck, inside }) => {
		expect(inDeckTree(cardDeck, deck)).toBe(inside);
	});
});

describe("normaliseDeck", () => {
	it.each([
		{ deck: " A :: B ", normal: "A::B" },
		{ deck: "A::::B::", normal: "A::B" },
		{ deck: "  ", normal: "" },
		{ deck: "Solo", normal: "Solo" },
	])("$deck reads as $normal", ({ deck, normal }) => {
		expect(normaliseDeck(deck)).toBe(normal);
	});
});

describe("deckPaths", () => {
	it("lists every deck with the decks above it, once each, sorted", () => {
		const cards = [{ deck: "B::C" }, { deck: "A::B::C" }, { deck: "A::B::D" }, { deck: "A::B::C" }, { deck: "Default" }];
		expect(deckPaths(cards)).toEqual(["A", "A::B", "A::B::C", "A::B::D", "B", "B::C", "Default"]);
	});

	it("lists nothing for no cards", () => {
		expect(deckPaths([])).toEqual([]);
	});
});
