/**
 * @jest-environment jsdom
 */
import { drawDeckList } from "../../../src/obsidian/pane/deck-list";
import { buildDeckTree } from "../../../src/obsidian/pane/deck-tree";

const tree = buildDeckTree(["A::B", "C"], () => ({ new: 1, learn: 0, due: 0 }));

describe("drawDeckList", () => {
	it("folds a deck with a button that keyboards reach and that says what it does", () => {
		const collapsed = new Set<string>();
		const el = createDiv();
		drawDeckList(el, tree, { review: () => {}, collapsed });
		const toggle = el.querySelector<HTMLButtonElement>('[data-deck="A"] button.flashcard-review-deck-toggle');
		expect(toggle?.getAttribute("aria-label")).toBe("Collapse A");
		expect(toggle?.getAttribute("aria-expanded")).toBe("true");
		expect(el.querySelector('[data-deck="C"] button.flashcard-review-deck-toggle')).toBeNull();
		toggle?.click();
		expect([...collapsed]).toEqual(["A"]);
	});

	it("hides a folded deck's children and offers to expand it", () => {
		const el = createDiv();
		drawDeckList(el, tree, { review: () => {}, collapsed: new Set(["A"]) });
		expect([...el.querySelectorAll("[data-deck]")].map((row) => row.getAttribute("data-deck"))).toEqual(["A", "C"]);
		expect(el.querySelector('[data-deck="A"] .flashcard-review-deck-toggle')?.getAttribute("aria-label")).toBe("Expand A");
	});
});
