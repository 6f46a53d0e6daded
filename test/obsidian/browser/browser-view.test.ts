/**
 * @jest-environment jsdom
 */
import type { PluginManifest } from "obsidian";
// The fake behind "obsidian" in tests, imported by path for its test helpers.
import { App, Menu, Modal, Notice, Plugin } from "../../__mocks__/obsidian";
import { Collection } from "../../../src/core";
import { BrowserView, VIEW_TYPE_BROWSER } from "../../../src/obsidian/browser/browser-view";
import { registerBrowser } from "../../../src/obsidian/browser/register-browser";
import { LiveCollection } from "../../../src/obsidian/indexing/live-collection";
import type { SessionTarget } from "../../../src/obsidian/review/review-session";
import { pollUntil } from "../support/poll";

const NOW = new Date("2025-03-10T09:00:00Z");
const MANIFEST: PluginManifest = { id: "flashcard-review", name: "Flashcard Review", version: "0.1.0", minAppVersion: "1.7.2", description: "", author: "" };

/** A plugin with the browser registered over a collection of `count` cards in two notes. */
function setUp(count = 6): { app: App; live: LiveCollection; studied: SessionTarget[]; saves: { n: number } } {
	const collection = new Collection({ utcOffset: () => 0, deviceId: "test" });
	const half = Math.ceil(count / 2);
	const note = (from: number, n: number): string => Array.from({ length: n }, (_, i) => `Q${from + i} #card\nA${from + i}\n`).join("\n");
	collection.indexNote("Spanish.md", `---\ncards-deck: Spanish\n---\n${note(1, half)}`, NOW);
	collection.indexNote("German.md", `---\ncards-deck: German\n---\n${note(half + 1, count - half)}`, NOW);
	const live = new LiveCollection(collection);
	const studied: SessionTarget[] = [];
	const saves = { n: 0 };
	const app = new App();
	const plugin = new Plugin(app as never, MANIFEST);
	registerBrowser(plugin as never, { live, now: () => NOW, save: () => saves.n++, review: (target) => studied.push(target) });
	plugin.load();
	return { app, live, studied, saves };
}

/** Opens the browser and waits until it shows its cards. */
async function openBrowser(app: App): Promise<BrowserView> {
	expect(app.executeCommand("flashcard-review:browse-cards")).toBe(true);
	await new Promise((resolve) => setTimeout(resolve, 0));
	const view = app.workspace.getLeavesOfType(VIEW_TYPE_BROWSER)[0]?.view;
	if (!(view instanceof BrowserView)) throw new Error("the browser is not open");
	await cardsShown(view);
	return view;
}

/**
 * Waits (up to 5 s) until the browser shows its search's cards: the card list is built in slices
 * first, which take longer than one turn of the event loop when the machine is busy.
 */
async function cardsShown(view: BrowserView): Promise<void> {
	const count = (): string => view.contentEl.querySelector(".flashcard-review-browser-count")?.textContent ?? "";
	await pollUntil(() => count() !== "" && count() !== "Getting your cards ready…", 5_000);
}

const rows = (view: BrowserView): HTMLElement[] => Array.from(view.contentEl.querySelectorAll<HTMLElement>(".flashcard-review-browser-row"));
const questions = (view: BrowserView): string[] => rows(view).map((row) => row.querySelector(".is-question")?.textContent ?? "");
const row = (view: BrowserView, question: string): HTMLElement => {
	const found = rows(view).find((r) => r.querySelector(".is-question")?.textContent === question);
	if (!found) throw new Error(`no row ${question}`);
	return found;
};
const click = (el: Element, init: MouseEventInit = {}): boolean => el.dispatchEvent(new MouseEvent("click", { bubbles: true, ...init }));
const key = (el: Element, init: KeyboardEventInit): boolean => el.dispatchEvent(new KeyboardEvent("keydown", { bubbles: true, cancelable: true, ...init }));
const action = (view: BrowserView, label: string): HTMLButtonElement => view.contentEl.querySelector<HTMLButtonElement>(`[data-action="${label}"]`)!;

function search(view: BrowserView, query: string): void {
	const input = view.contentEl.querySelector<HTMLInputElement>(".flashcard-review-browser-search")!;
	input.value = query;
	key(input, { key: "Enter" });
}

describe("the card browser", () => {
	beforeEach(() => {
		Modal.open.length = 0;
		Notice.messages.length = 0;
	});

	it("opens from its command with every card in note order, and searches with the Anki syntax", async () => {
		const { app } = setUp();
		const view = await openBrowser(app);
		expect(questions(view)).toEqual(["Q4", "Q5", "Q6", "Q1", "Q2", "Q3"]);
		expect(view.contentEl.querySelector(".flashcard-review-browser-count")?.textContent).toBe("6 cards");
		search(view, "deck:Spanish -Q2");
		expect(questions(view)).toEqual(["Q1", "Q3"]);
		expect(view.getState()).toEqual({ query: "deck:Spanish -Q2" });
	});

	it("says where a malformed search is wrong and keeps the cards shown", async () => {
		const { app } = setUp();
		const view = await openBrowser(app);
		search(view, "deck:Spanish");
		search(view, "deck:Spanish (Q1");
		expect(view.contentEl.querySelector(".flashcard-review-browser-error")?.textContent).toMatch(/position 14.*never closed/);
		expect(questions(view)).toEqual(["Q1", "Q2", "Q3"]);
		search(view, "Q1");
		expect(view.contentEl.querySelector(".flashcard-review-browser-error")?.textContent).toBe("");
	});

	it("opens the search syntax a click away", async () => {
		const { app } = setUp();
		const view = await openBrowser(app);
		click(view.contentEl.querySelector('[aria-label="Search syntax"]')!);
		expect(Modal.open[0]?.titleEl.textContent).toBe("Search syntax");
		expect(Modal.open[0]?.contentEl.textContent).toContain("prop:r<0.8");
	});

	it("sorts by a column header: ascending, descending, then note order again", async () => {
		const { app } = setUp();
		const view = await openBrowser(app);
		const header = (): HTMLElement => view.contentEl.querySelector<HTMLElement>('[data-column="deck"]')!;
		click(header());
		expect(header().getAttribute("aria-sort")).toBe("ascending");
		expect(questions(view).slice(0, 3)).toEqual(["Q4", "Q5", "Q6"]);
		click(header());
		expect(header().getAttribute("aria-sort")).toBe("descending");
		expect(questions(view).slice(0, 3)).toEqual(["Q1", "Q2", "Q3"]);
		click(header());
		expect(header().getAttribute("aria-sort")).toBe("none");
		expect(questions(view)).toEqual(["Q4", "Q5", "Q6", "Q1", "Q2", "Q3"]);
	});

	it("selects with the mouse and the keyboard, and renders the card under the cursor beside the table", async () => {
		const { app } = setUp();
		const view = await openBrowser(app);
		expect(action(view, "Suspend").disabled).toBe(true);
		click(row(view, "Q5"));
		click(row(view, "Q1"), { shiftKey: true });
		click(row(view, "Q6"), { ctrlKey: true });
		const selected = (): string[] => rows(view).filter((r) => r.getAttribute("aria-selected") === "true").map((r) => r.querySelector(".is-question")?.textContent ?? "");
		expect(selected()).toEqual(["Q5", "Q1"]);
		const table = view.contentEl.querySelector(".flashcard-review-browser-table")!;
		// Shift+arrow selects from the anchor (the last row clicked) to the row it moves to.
		key(table, { key: "ArrowDown", shiftKey: true });
		expect(selected()).toEqual(["Q6", "Q1"]);
		key(table, { key: "ArrowDown", shiftKey: true });
		expect(selected()).toEqual(["Q6", "Q1", "Q2"]);
		key(table, { key: "a", ctrlKey: true });
		expect(selected()).toHaveLength(6);
		key(table, { key: "Home" });
		expect(selected()).toEqual(["Q4"]);
		await new Promise((resolve) => setTimeout(resolve, 0));
		const preview = view.contentEl.querySelector(".flashcard-review-browser-preview")!;
		expect(preview.querySelector(".flashcard-review-question")?.textContent).toContain("Q4");
		expect(preview.querySelector(".flashcard-review-answer-side")?.textContent).toContain("A4");
		expect(action(view, "Open in note").disabled).toBe(false);
	});

	it("acts on the selection: suspend, forget, bury, set due date, one undo each", async () => {
		const { app, live, saves } = setUp();
		const view = await openBrowser(app);
		search(view, "deck:Spanish");
		click(row(view, "Q1"));
		click(row(view, "Q3"), { shiftKey: true });
		click(action(view, "Suspend"));
		expect(live.collection.search("is:suspended", NOW).map((c) => c.front)).toEqual(["Q1", "Q2", "Q3"]);
		expect(Notice.messages).toContain("Suspended 3 cards. Undo brings them back.");
		expect(saves.n).toBe(1);
		await new Promise((resolve) => setTimeout(resolve, 350));
		expect(row(view, "Q2").classList.contains("is-suspended")).toBe(true);
		click(action(view, "Unsuspend"));
		click(action(view, "Bury"));
		expect(live.collection.search("is:buried", NOW)).toHaveLength(3);
		live.collection.undo();
		live.collection.undo();
		expect(live.collection.search("is:suspended", NOW)).toHaveLength(3);
		click(action(view, "Set due date"));
		const modal = Modal.open[0]!;
		const input = modal.contentEl.querySelector("input")!;
		input.value = "x";
		input.dispatchEvent(new Event("input"));
		key(input, { key: "Enter" });
		expect(modal.contentEl.textContent).toContain("“x” is not a number of days");
		input.value = "2";
		input.dispatchEvent(new Event("input"));
		key(input, { key: "Enter" });
		expect(Modal.open).toHaveLength(0);
		expect(Notice.messages).toContain("Set the due date of 3 cards. Undo brings them back.");
	});

	it("studies the selected cards as practice or as a review", async () => {
		const { app, studied } = setUp();
		const view = await openBrowser(app);
		click(row(view, "Q1"));
		click(row(view, "Q2"), { ctrlKey: true });
		click(action(view, "Study these cards"));
		const menu = Menu.shown[Menu.shown.length - 1]!;
		menu.items[0]!.click();
		expect(studied).toHaveLength(1);
		const target = studied[0]!;
		expect(target.kind === "study" && target.spec.reschedule).toBe(false);
		expect(target.kind === "study" && target.title).toBe("2 cards from the browser");
	});

	it("draws only the rows in view of 5,000 cards, and the others as it scrolls", async () => {
		const { app } = setUp(5_000);
		const view = await openBrowser(app);
		expect(view.contentEl.querySelector(".flashcard-review-browser-count")?.textContent).toBe("5000 cards");
		expect(rows(view).length).toBeLessThan(60);
		const scroller = view.contentEl.querySelector<HTMLElement>(".flashcard-review-browser-scroll")!;
		scroller.scrollTop = 28 * 4_000;
		scroller.dispatchEvent(new Event("scroll"));
		expect(rows(view).length).toBeLessThan(60);
		expect(rows(view).some((r) => r.getAttribute("aria-rowindex") === String(4_000 + 2))).toBe(true);
	}, 30_000);
});

describe("the card browser after loading a large store", () => {
	it("says the cards are being got ready while their list is built in slices, then shows them", async () => {
		const collection = new Collection({ utcOffset: () => 0, deviceId: "test" });
		for (let i = 0; i < 4; i++) collection.indexNote(`N${i}.md`, `Q${i} #card\nA${i}\n`, NOW);
		// As loaded from its files: no card list built yet.
		const loaded = Collection.fromFiles(collection.toFiles(), { utcOffset: () => 0, deviceId: "test", files: collection.toLocalFiles() });
		const live = new LiveCollection(loaded);
		const app = new App();
		const plugin = new Plugin(app as never, MANIFEST);
		registerBrowser(plugin as never, { live, now: () => NOW, save: () => undefined, review: () => undefined });
		plugin.load();
		// A slow device: every step of building the card list takes longer than a slice.
		let clock = performance.now();
		const slow = jest.spyOn(performance, "now").mockImplementation(() => (clock += 20));
		const searched = jest.spyOn(loaded, "search");
		expect(app.executeCommand("flashcard-review:browse-cards")).toBe(true);
		await new Promise((resolve) => setTimeout(resolve, 0));
		const view = app.workspace.getLeavesOfType(VIEW_TYPE_BROWSER)[0]?.view as BrowserView;
		expect(view.contentEl.querySelector(".flashcard-review-browser-count")?.textContent).toBe("Getting your cards ready…");
		expect(searched).not.toHaveBeenCalled();
		slow.mockRestore();
		await cardsShown(view);
		expect(questions(view)).toEqual(["Q0", "Q1", "Q2", "Q3"]);
		expect(view.contentEl.querySelector(".flashcard-review-browser-count")?.textContent).toBe("4 cards");
	});
});
