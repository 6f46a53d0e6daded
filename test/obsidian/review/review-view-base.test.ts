/**
 * @jest-environment jsdom
 */
// A start reads the store and the local cache its device kept (in memory here, on the fake clock).
jest.mock("../../../src/obsidian/data/local-cache", () => jest.requireActual("../support/memory-cache"));
import FlashcardReviewPlugin from "../../../src/main";
import { MANIFEST, PLUGIN_DIR, appWith, demoApp, press, relaunch, resetRecorders, reviewView, settle, sides, startPlugin, openReview, reviews } from "../support/demo-vault";

const VAULT = { "A.md": "One? #card\n1\n\nTwo? #card\n2\n\nThree? #card\n3\n" };

describe("the review keys", () => {
	beforeEach(() => {
		jest.useFakeTimers({ now: new Date("2025-03-10T09:00:00Z") });
		resetRecorders();
	});
	afterEach(() => jest.useRealTimers());

	it("work when the review is the focused view, and prevent Space from scrolling it", async () => {
		const app = appWith(VAULT);
		await startPlugin(app);
		const root = await openReview(app);
		const space = app.pressKey(" ");
		expect(space.defaultPrevented).toBe(true);
		expect(sides(root).answer).toBe("1");
	});

	it("do nothing to the review while the user types in a note", async () => {
		const app = appWith(VAULT);
		await startPlugin(app);
		const root = await openReview(app);
		await app.workspace.getLeaf("tab").openFile(app.vault.getFileByPath("A.md")!, { active: true });
		for (const key of [" ", "3", "-"]) expect(app.pressKey(key).defaultPrevented).toBe(false);
		expect(sides(root).question).toBe("One?");
		expect(sides(root).answer).toBeNull();
		expect(reviews(app)).toBe(0);
	});

	it("ignore a held key's repeats, so holding Space shows the answer without answering", async () => {
		const app = appWith(VAULT);
		await startPlugin(app);
		const root = await openReview(app);
		const view = reviewView(app);
		press(view, " ");
		await settle(1000);
		const repeat = press(view, " ", { repeat: true });
		press(view, "3", { repeat: true });
		await settle(0);
		expect(repeat.defaultPrevented).toBe(true);
		expect(sides(root).question).toBe("One?");
		expect(reviews(app)).toBe(0);
	});

	it("leave a key typed into a field inside the view to that field", async () => {
		const app = appWith(VAULT);
		await startPlugin(app);
		const root = await openReview(app);
		const field = root.querySelector(".flashcard-review-question")!.createEl("input");
		const evt = new KeyboardEvent("keydown", { key: " ", cancelable: true, bubbles: true });
		field.dispatchEvent(evt);
		(reviewView(app).scope as unknown as { handleKey(e: KeyboardEvent): boolean }).handleKey(evt);
		expect(evt.defaultPrevented).toBe(false);
		expect(sides(root).answer).toBeNull();
	});

	it("answer with the digit keys also where digits need Shift (AZERTY)", async () => {
		const app = appWith(VAULT);
		await startPlugin(app);
		const root = await openReview(app);
		press(reviewView(app), " ");
		press(reviewView(app), "4", { shiftKey: true });
		await settle(0);
		expect(reviews(app)).toBe(1);
		expect(sides(root).question).toBe("Two?");
	});
});

describe("a review asked for while the card list is being built", () => {
	beforeEach(() => {
		jest.useFakeTimers({ now: new Date("2025-03-10T09:00:00Z") });
		resetRecorders();
	});
	afterEach(() => jest.useRealTimers());

	it("says the cards are being got ready, keeps its deck in the saved workspace, and starts once they are", async () => {
		const first = demoApp();
		await startPlugin(first);
		// The second start makes today's backup (which reads every card).
		const second = relaunch(first);
		await startPlugin(second);
		// The third loads the store from its files: its card list is built when a view needs it.
		const app = relaunch(second);
		for (const [path, entry] of second.vault.adapter.files) {
			if (path.startsWith(`${PLUGIN_DIR}/backups/`) && typeof entry.content === "string") app.vault.adapter.writeSync(path, entry.content);
		}
		// The workspace restores the review of a deck as the plugin loads, before anything read the cards.
		await (new FlashcardReviewPlugin(app as never, MANIFEST) as unknown as { loadAndWait(): Promise<void> }).loadAndWait();
		// A slow device: every step of building the card list takes longer than a slice.
		let clock = performance.now();
		const now = jest.spyOn(performance, "now").mockImplementation(() => (clock += 20));
		await app.workspace.getLeaf("tab").setViewState({ type: "flashcard-review", state: { target: { kind: "deck", deck: "AWS Exams" } } });
		const view = reviewView(app);
		const root = view.contentEl;
		expect(root.textContent).toContain("Getting your cards ready…");
		expect(root.querySelector(".flashcard-review-question")).toBeNull();
		expect(view.getState()).toEqual({ target: { kind: "deck", deck: "AWS Exams" } });
		app.workspace.triggerLayoutReady();
		await settle(0);
		now.mockRestore();
		await settle();
		expect(sides(root).question).toBe("What is Amazon Cognito?");
		expect(view.getState()).toEqual({ target: { kind: "deck", deck: "AWS Exams" } });
	});
});
