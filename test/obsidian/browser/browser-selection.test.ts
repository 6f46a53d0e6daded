import { Collection } from "../../../src/core";
import { COLUMNS, sortCards, type ColumnContext } from "../../../src/obsidian/browser/browser-columns";
import { BrowserSelection } from "../../../src/obsidian/browser/browser-selection";

describe("BrowserSelection", () => {
	const rows = ["a", "b", "c", "d", "e"];

	it("selects one row on a click, toggles with Ctrl/Cmd, and a range with Shift", () => {
		const selection = new BrowserSelection(rows);
		selection.click("b");
		expect(selection.ids()).toEqual(["b"]);
		selection.click("d", { range: true });
		expect(selection.ids()).toEqual(["b", "c", "d"]);
		selection.click("a", { toggle: true });
		expect(selection.ids()).toEqual(["a", "b", "c", "d"]);
		selection.click("c", { toggle: true });
		expect(selection.ids()).toEqual(["a", "b", "d"]);
		selection.click("e", { toggle: true, range: true });
		expect(selection.ids()).toEqual(["a", "b", "c", "d", "e"]);
		selection.click("e");
		expect(selection.ids()).toEqual(["e"]);
		expect(selection.cursor).toBe("e");
	});

	it("moves with the arrows, extends with Shift, stops at the ends, and selects all", () => {
		const selection = new BrowserSelection(rows);
		selection.move(1);
		expect(selection.ids()).toEqual(["a"]);
		selection.move(2, true);
		expect(selection.ids()).toEqual(["a", "b", "c"]);
		selection.move(99);
		expect(selection.ids()).toEqual(["e"]);
		expect(selection.cursorIndex()).toBe(4);
		selection.move(-99);
		expect(selection.cursor).toBe("a");
		selection.selectAll();
		expect(selection.size).toBe(5);
		selection.clear();
		expect(selection.size).toBe(0);
	});

	it("keeps the selected rows that are still there after a new search", () => {
		const selection = new BrowserSelection(rows);
		selection.click("b");
		selection.click("d", { range: true });
		selection.setRows(["d", "c", "x"]);
		expect(selection.ids()).toEqual(["d", "c"]);
		expect(selection.cursor).toBe("d");
		selection.setRows(["x"]);
		expect(selection.cursor).toBeNull();
		expect(new BrowserSelection([]).cursorIndex()).toBe(-1);
	});
});

describe("sortCards", () => {
	const now = Date.UTC(2025, 2, 10, 9);
	const collection = new Collection({ utcOffset: () => 0 });
	collection.indexNote("b.md", "Beta #card\n1\n\nalpha #card\n2", new Date(now));
	collection.indexNote("a.md", "Gamma #card\n3", new Date(now + 1000));
	const [beta] = collection.cards().filter((c) => c.front === "Beta");
	collection.answer(beta!.id, 4, new Date(now));
	const ctx: ColumnContext = { now: now + 60_000, utcOffset: () => 0, dayStartHour: 4 };
	const fronts = (order: Parameters<typeof sortCards>[1]): string[] => sortCards(collection.cards(), order, ctx).map((c) => c.front);

	it("keeps note order without a sort, and sorts by any column either way", () => {
		expect(fronts(null)).toEqual(["Gamma", "Beta", "alpha"]);
		expect(fronts({ column: "question", descending: false })).toEqual(["alpha", "Beta", "Gamma"]);
		expect(fronts({ column: "question", descending: true })).toEqual(["Gamma", "Beta", "alpha"]);
		expect(fronts({ column: "added", descending: true })).toEqual(["Gamma", "Beta", "alpha"]);
		expect(fronts({ column: "reviews", descending: true })).toEqual(["Beta", "Gamma", "alpha"]);
	});

	it("puts cards without a value (new cards' memory) last in both directions", () => {
		expect(fronts({ column: "stability", descending: false })[0]).toBe("Beta");
		expect(fronts({ column: "stability", descending: true })[0]).toBe("Beta");
		expect(fronts({ column: "retrievability", descending: false })).toEqual(["Beta", "Gamma", "alpha"]);
	});

	it("shows each column's text", () => {
		const card = collection.cards().find((c) => c.front === "Beta")!;
		const texts = Object.fromEntries(COLUMNS.map((column) => [column.id, column.text(card, ctx)]));
		expect(texts).toMatchObject({ question: "Beta", deck: "Default", reviews: "1", lapses: "0", added: "2025-03-10", note: "b", retrievability: "100%" });
		expect(texts.due).toMatch(/^2025-03-/);
		const fresh = collection.cards().find((c) => c.front === "alpha")!;
		expect(COLUMNS.find((c) => c.id === "due")!.text(fresh, ctx)).toBe("New");
		expect(COLUMNS.find((c) => c.id === "interval")!.text(fresh, ctx)).toBe("");
	});
});
