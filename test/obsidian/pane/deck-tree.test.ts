import { buildDeckTree } from "../../../src/obsidian/pane/deck-tree";

describe("buildDeckTree", () => {
	it("nests decks by :: levels, makes missing parents and sorts siblings", () => {
		const tree = buildDeckTree(["B", "A::Y", "A::X::Z"], (deck) => ({ new: deck.length, learn: 0, due: 0 }));
		const shape = (nodes: ReturnType<typeof buildDeckTree>): unknown => nodes.map((n) => [n.path, n.counts.new, shape(n.children)]);
		expect(shape(tree)).toEqual([
			["A", 1, [["A::X", 4, [["A::X::Z", 7, []]]], ["A::Y", 4, []]]],
			["B", 1, []],
		]);
	});
});
