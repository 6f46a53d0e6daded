/**
 * @jest-environment jsdom
 */
import type { WorkspaceLeaf } from "../../__mocks__/obsidian";
import { READ_MS, appWith, click, press, resetRecorders, settle, sides, startPlugin } from "../support/demo-vault";

const VAULT = {
	"Bio/Cells.md": "## What is a cell? #card\nThe unit of life.\n\n## What makes ATP? #card\nMitochondria.\n",
	"Chem/Atoms.md": "Smallest unit of an element? #card\nAn atom.\n",
};

function pane(leaves: WorkspaceLeaf[]): { el: HTMLElement; view: WorkspaceLeaf["view"] } {
	const leaf = leaves.find((l) => l.view.getViewType() === "flashcard-review-pane");
	if (!leaf) throw new Error("the pane is not open");
	return { el: (leaf.view as unknown as { contentEl: HTMLElement }).contentEl, view: leaf.view };
}

/** Starts the plugin on the vault, makes `activePath` the active note (when given) and opens the pane by its command. */
async function openPane(activePath?: string): Promise<{ app: ReturnType<typeof appWith>; opened: boolean; el: HTMLElement; view: WorkspaceLeaf["view"] }> {
	const app = appWith(VAULT);
	await startPlugin(app);
	if (activePath) app.workspace.setActiveFile(app.vault.getFileByPath(activePath));
	const opened = app.executeCommand("flashcard-review:open-pane");
	await settle();
	return { app, opened, ...pane(app.workspace.leaves) };
}

describe("the review pane", () => {
	beforeEach(() => {
		jest.useFakeTimers({ now: new Date("2025-03-10T09:00:00Z") });
		resetRecorders();
	});
	afterEach(() => jest.useRealTimers());

	it("opens in the right sidebar with the decks and the active note's cards, and follows the active note", async () => {
		const { app, opened, el } = await openPane("Bio/Cells.md");
		expect(opened).toBe(true);
		expect(app.workspace.leaves.find((l) => l.view.getViewType() === "flashcard-review-pane")?.side).toBe("right");
		expect([...el.querySelectorAll("[data-deck]")].map((r) => r.getAttribute("data-deck"))).toEqual(["Bio", "Chem"]);
		const cards = [...el.querySelectorAll(".flashcard-review-note-card")].map((li) => li.textContent);
		expect(cards).toEqual(["What is a cell?New", "What makes ATP?New"]);

		app.workspace.setActiveFile(app.vault.getFileByPath("Chem/Atoms.md"));
		expect(el.querySelector(".flashcard-review-section-header:last-of-type")?.textContent).toBe("This note: Atoms");
	});

	it("lists the note's cards as links Tab reaches, each card info button named after its card", async () => {
		const { el } = await openPane("Bio/Cells.md");
		const fronts = [...el.querySelectorAll(".flashcard-review-note-card a.flashcard-review-note-card-front")];
		expect(fronts.map((a) => a.getAttribute("href"))).toEqual(["#", "#"]);
		const infos = [...el.querySelectorAll(".flashcard-review-card-info-button")].map((b) => b.getAttribute("aria-label"));
		expect(infos).toEqual(["Card info: What is a cell?", "Card info: What makes ATP?"]);
	});

	it("folds its deck section from the keyboard", async () => {
		const { el } = await openPane();
		const header = el.querySelector<HTMLElement>('.flashcard-review-section-header[role="button"]');
		expect(header?.tabIndex).toBe(0);
		header?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
		expect(el.querySelector("[data-deck]")).toBeNull();
		expect(el.querySelector('.flashcard-review-section-header[role="button"]')?.getAttribute("aria-expanded")).toBe("false");
	});

	it("reviews the note right in the pane and shows the answered card's new state", async () => {
		const { el, view } = await openPane("Chem/Atoms.md");
		click([...el.querySelectorAll("button")].find((b) => b.textContent === "Review this note"));
		await settle(0);
		expect(sides(el).question).toContain("Smallest unit of an element?");
		await settle(READ_MS);
		press(view, " ");
		press(view, "3");
		await settle(0);
		// Learning again in 10 minutes: with nothing else due, it comes back at once (Anki's learn-ahead).
		expect(sides(el).question).toContain("Smallest unit of an element?");
		await settle(READ_MS);
		press(view, " ");
		press(view, "4");
		await settle(0);
		expect(el.querySelector(".flashcard-review-finished")).not.toBeNull();
		click(el.querySelector(".flashcard-review-back"));
		expect(el.querySelector(".flashcard-review-note-card")?.textContent).toMatch(/ReviewDue in \d+d$/);
	});

	it("updates live when the note gains a card", async () => {
		const { app, el } = await openPane("Chem/Atoms.md");
		await app.vault.modify(app.vault.getFileByPath("Chem/Atoms.md")!, `${VAULT["Chem/Atoms.md"]}\nCharge of an electron? #card\nNegative.\n`);
		await settle();
		expect(el.querySelectorAll(".flashcard-review-note-card")).toHaveLength(2);
	});
});
