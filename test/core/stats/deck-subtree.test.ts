import { deckPaths, inDeckSubtree } from "../../../src/core";

describe("inDeckSubtree", () => {
	it.each([
		{ deck: "A::B", root: "A::B", inside: true },
		{ deck: "A::B::C", root: "A::B", inside: true },
		{ deck: "A::B::C::D", root: "A", inside: true },
		{ deck: "A::BC", root: "A::B", inside: false },
		{ deck: "A", root: "A::B", inside: false },
		{ deck: "B::A::B", root: "A::B", inside: false },
		{ deck: "A::B::", root: "A::B", inside: false },
		{ deck: "AWS Exams::Solutions Architect", root: "AWS Exams", inside: true },
	])("$deck is inside $root: $inside", ({ deck, root, inside }) => {
		expect(inDeckSubtree(deck, root)).toBe(inside);
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
