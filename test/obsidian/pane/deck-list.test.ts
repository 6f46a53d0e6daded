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

	it("makes each deck's name a link with an href, so Tab reaches it, and names sub-decks with › instead of raw ::", () => {
		const el = createDiv();
		drawDeckList(el, tree, { review: () => {}, collapsed: new Set() });
		const names = [...el.querySelectorAll<HTMLAnchorElement>("a.flashcard-review-deck-label")];
		expect(names.map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
			["A", "#"],
			["B", "#"],
			["C", "#"],
		]);
		const labels = [...el.querySelectorAll("[aria-label]"), ...el.querySelectorAll("[title]")].map((e) => `${e.getAttribute("aria-label") ?? ""} ${e.getAttribute("title") ?? ""}`);
		expect(labels.some((label) => label.includes("A › B"))).toBe(true);
		expect(labels.filter((label) => label.includes("::"))).toEqual([]);
	});
});
