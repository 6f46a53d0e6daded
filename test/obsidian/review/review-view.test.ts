/**
 * @jest-environment jsdom
 */
import type { App, WorkspaceLeaf } from "../../__mocks__/obsidian";
import { Modal } from "../../__mocks__/obsidian";
import FlashcardReviewPlugin from "../../../src/main";
import { READ_MS, MANIFEST, appWith, click, press, resetRecorders, reviewView, settle, sides, startPlugin } from "../support/demo-vault";

const VAULT = {
	"Bio/Cells.md": "## What is a cell? #card\nThe unit of life; see [[Membranes]] and [[Nowhere]].\n\n## What makes ATP? #card\nMitochondria.\n",
	"Bio/Membranes.md": "A lipid bilayer.\n",
	"Chem/Atoms.md": "Smallest unit of an element? #card\nAn atom.\n",
	"Lang/German.md": "---\ncards-deck: Languages::German\n---\nThe ==dog== is der ==Hund==. #card\n",
	"Plain.md": "No cards.\n",
};

async function open(app: App, command = "flashcard-review:review-due"): Promise<HTMLElement> {
	expect(app.executeCommand(command)).toBe(true);
	await settle();
	return reviewView(app).contentEl;
}

async function answerGood(app: App): Promise<void> {
	await settle(READ_MS);
	press(reviewView(app), " ");
	press(reviewView(app), "3");
	await settle(0);
}

describe("the review view", () => {
	beforeEach(() => {
		jest.useFakeTimers({ now: new Date("2025-03-10T09:00:00Z") });
		resetRecorders();
	});
	afterEach(() => jest.useRealTimers());

	it("opens at once, before the first index, and says it is indexing until it is done", async () => {
		const app = appWith(VAULT);
		const plugin = new FlashcardReviewPlugin(app as never, MANIFEST);
		await (plugin as unknown as { loadAndWait(): Promise<void> }).loadAndWait();
		const root = await open(app);
		expect(root.querySelector(".flashcard-review-status")?.textContent).toBe("Indexing…");
		app.workspace.triggerLayoutReady();
		await settle();
		expect(root.querySelector(".flashcard-review-status")).toBeNull();
		expect(sides(root).question).toContain("What is a cell?");
	});

	it("teaches the card syntax when the vault has no card", async () => {
		const app = appWith({ "Plain.md": "Nothing.\n" });
		await startPlugin(app);
		const root = await open(app);
		click(root.querySelector(".flashcard-review-back"));
		expect(root.querySelector(".flashcard-review-empty h2")?.textContent).toBe("No flashcards yet");
		expect(root.querySelector(".flashcard-review-empty code")?.textContent).toContain("#card");
		// Statistics of nothing would only be empty charts.
		expect([...root.querySelectorAll("button")].map((b) => b.textContent)).not.toContain("Statistics");
	});

	it("lists the deck tree with today's counts and reviews the deck chosen there", async () => {
		const app = appWith(VAULT);
		await startPlugin(app);
		const root = await open(app);
		click(root.querySelector(".flashcard-review-back"));
		const rows = [...root.querySelectorAll<HTMLElement>(".flashcard-review-deck-row[data-deck]")].map((row) => [row.dataset.deck, row.querySelector(".is-new")?.textContent]);
		expect(rows).toEqual([
			["Bio", "2"],
			["Chem", "1"],
			["Languages", "2"],
			["Languages::German", "2"],
		]);
		click(root.querySelector('[data-deck="Chem"] .flashcard-review-deck-action'));
		await settle(0);
		expect(sides(root).question).toContain("Smallest unit of an element?");
		await answerGood(app);
		await answerGood(app);
		expect(root.querySelector(".flashcard-review-finished h2")?.textContent).toBe("Congratulations!");
		expect(root.querySelector(".flashcard-review-finished-lead")?.textContent).toBe("You have finished this deck for now.");
		expect(root.querySelector(".flashcard-review-finished")?.textContent).toMatch(/You reviewed 2 cards.*next card is due in/);
	});

	it("hides the asked cloze on the question and reveals it in place, highlighted, with nothing repeated below", async () => {
		const app = appWith(VAULT);
		await startPlugin(app);
		app.workspace.setActiveFile(app.vault.getFileByPath("Lang/German.md"));
		const root = await open(app, "flashcard-review:review-note");
		expect(sides(root).question).toBe("The [...] is der Hund.");
		press(reviewView(app), " ");
		await settle(0);
		expect(sides(root)).toEqual({ question: "The dog is der Hund.", answer: null });
		expect([...root.querySelectorAll(".flashcard-review-question mark")].map((m) => m.textContent)).toEqual(["dog"]);
		expect(root.querySelectorAll(".flashcard-review-question")).toHaveLength(1);
	});

	it("shows a cloze's extra under the divider once revealed", async () => {
		const app = appWith({ "Bio.md": "The ==cell== is small. #card\nSee chapter 2.\n" });
		await startPlugin(app);
		const root = await open(app);
		expect(sides(root)).toEqual({ question: "The [...] is small.", answer: null });
		press(reviewView(app), " ");
		await settle(0);
		expect(sides(root)).toEqual({ question: "The cell is small.", answer: "See chapter 2." });
	});

	it("offers the note review only for a note with cards, and reviews only that note", async () => {
		const app = appWith(VAULT);
		await startPlugin(app);
		app.workspace.setActiveFile(app.vault.getFileByPath("Plain.md"));
		expect(app.isCommandAvailable("flashcard-review:review-note")).toBe(false);
		app.workspace.setActiveFile(app.vault.getFileByPath("Chem/Atoms.md"));
		const root = await open(app, "flashcard-review:review-note");
		expect(root.querySelector(".flashcard-review-breadcrumb")?.textContent).toContain("Atoms");
		await answerGood(app);
		await answerGood(app);
		expect(root.querySelector(".flashcard-review-finished-lead")?.textContent).toBe("You have finished this note for now.");
	});

	it("reviews a deck picked in the fuzzy deck list", async () => {
		const app = appWith(VAULT);
		await startPlugin(app);
		expect(app.executeCommand("flashcard-review:review-deck")).toBe(true);
		const picker = Modal.open.at(-1) as unknown as { pickSuggestion(query: string): Promise<void>; getItems(): string[] };
		expect(picker.getItems()).toEqual(["Bio", "Chem", "Languages", "Languages::German"]);
		await picker.pickSuggestion("germ");
		await settle();
		expect(sides(reviewView(app).contentEl).question).toContain("[...]");
	});

	it("opens internal links from the card, in a new tab with the modifier, ignores unresolved ones and shows hover previews", async () => {
		const app = appWith(VAULT);
		await startPlugin(app);
		const hovers: unknown[] = [];
		app.workspace.on("hover-link", (info: never) => hovers.push(info));
		const root = await open(app);
		press(reviewView(app), " ");
		await settle(0);
		const links = root.querySelectorAll(".flashcard-review-answer-side a.internal-link");
		click(links[0]);
		click(links[0], { ctrlKey: true });
		click(links[1]);
		expect(app.workspace.openedLinks.map((l) => [l.linktext, l.sourcePath, l.newLeaf])).toEqual([
			["Membranes", "Bio/Cells.md", false],
			["Membranes", "Bio/Cells.md", "tab"],
		]);
		links[0]!.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		expect(hovers).toEqual([expect.objectContaining({ source: "flashcard-review", linktext: "Membranes", sourcePath: "Bio/Cells.md", targetEl: links[0] })]);
	});

	it("opens the note beside the review to edit, and shows the edited card as the note changes", async () => {
		const app = appWith(VAULT);
		await startPlugin(app);
		const root = await open(app);
		press(reviewView(app), " ");
		press(reviewView(app), "e");
		await settle(0);
		expect(app.workspace.openedFiles.at(-1)).toEqual({ path: "Bio/Cells.md", eState: { line: 0 }, side: "root" });
		const note = app.vault.getFileByPath("Bio/Cells.md")!;
		await app.vault.modify(note, VAULT["Bio/Cells.md"].replace("The unit of life", "The smallest unit of life"));
		await settle();
		expect(sides(root).question).toContain("What is a cell?");
		expect(sides(root).answer).toContain("The smallest unit of life");

		await app.vault.modify(note, "## What makes ATP? #card\nMitochondria.\n");
		await settle();
		expect(sides(root).question).not.toContain("What is a cell?");
	});

	it("buries with - and suspends with @, and the finished screen counts the buried card", async () => {
		const app = appWith({ "A.md": "One? #card\n1\n\nTwo? #card\n2\n" });
		await startPlugin(app);
		const root = await open(app);
		press(reviewView(app), "-");
		await settle(0);
		expect(sides(root).question).toContain("Two?");
		press(reviewView(app), "@", { shiftKey: true });
		await settle(0);
		expect(root.querySelector(".flashcard-review-finished")?.textContent).toContain("1 card is buried until tomorrow.");
		press(reviewView(app), "z", { ctrlKey: true });
		await settle(0);
		expect(sides(root).question).toContain("Two?");
	});

	it("starts from the ribbon icon in a main-area tab", async () => {
		const app = appWith(VAULT);
		const plugin = await startPlugin(app);
		const ribbon = (plugin as unknown as { ribbonIcons: { callback(evt: MouseEvent): void }[] }).ribbonIcons[0]!;
		ribbon.callback(new MouseEvent("click"));
		await settle();
		expect(app.workspace.leaves.find((l) => l.view.getViewType() === "flashcard-review")?.side).toBe("root");
	});

	it("opens the note beside the review for editing also when the review was moved to its own window", async () => {
		const app = appWith(VAULT);
		await startPlugin(app);
		const leaf = app.workspace.getLeaf("window");
		await leaf.setViewState({ type: "flashcard-review", active: true, state: { target: { kind: "all" } } });
		await settle();
		press(reviewView(app), "e");
		await settle(0);
		expect(app.workspace.leafRequests.at(-1)).toBe("split");
	});

	it("starts the review in the review tab Obsidian restored in the background, with the new target", async () => {
		const app = appWith(VAULT);
		await startPlugin(app);
		const leaf = app.workspace.getLeaf("tab") as unknown as WorkspaceLeaf;
		await leaf.setViewState({ type: "flashcard-review", state: { target: { kind: "deck", deck: "Chem" } } });
		await leaf.defer();
		const root = await open(app);
		expect(app.workspace.getLeavesOfType("flashcard-review")).toHaveLength(1);
		expect(sides(root).question).toContain("What is a cell?");
	});

	it("opens a link in a new tab on middle click and in a split with Mod+Alt, from the card's note", async () => {
		const app = appWith(VAULT);
		await startPlugin(app);
		const root = await open(app);
		press(reviewView(app), " ");
		await settle(0);
		const link = root.querySelector(".flashcard-review-answer-side a.internal-link")!;
		const middle = new MouseEvent("auxclick", { bubbles: true, cancelable: true, button: 1 });
		link.dispatchEvent(middle);
		click(link, { ctrlKey: true, altKey: true });
		expect(middle.defaultPrevented).toBe(true);
		expect(app.workspace.openedLinks.map((l) => [l.linktext, l.sourcePath, l.newLeaf])).toEqual([
			["Membranes", "Bio/Cells.md", "tab"],
			["Membranes", "Bio/Cells.md", "split"],
		]);
	});
});
