/**
 * @jest-environment jsdom
 */
import { COGNITO, demoApp, press, resetRecorders, reviewView, savedStore, settle, sides, startPlugin } from "../support/demo-vault";

// The plugin keeps the notes' cards in its device-local cache: here in memory, on the fake clock.
jest.mock("../../../src/obsidian/data/local-cache", () => jest.requireActual("../support/memory-cache"));

describe("renaming a note during a review", () => {
	beforeEach(() => {
		jest.useFakeTimers({ now: new Date("2025-03-10T09:00:00Z") });
		resetRecorders();
	});
	afterEach(() => jest.useRealTimers());

	it("keeps the session going and every card's history under the new path", async () => {
		const app = demoApp();
		const plugin = await startPlugin(app);
		app.executeCommand("flashcard-review:review-due");
		await settle();
		const view = reviewView(app);
		press(view, " ");
		press(view, "3");
		await settle(0);

		const renamed = "AWS Certs/Cognito.md";
		await app.vault.rename(app.vault.getFileByPath(COGNITO)!, renamed);
		await settle();
		expect(sides(view.contentEl).question).toContain("What are Cognito User Pools?");
		expect(view.contentEl.querySelector(".flashcard-review-breadcrumb")?.textContent).toContain("Cognito");
		press(view, " ");
		press(view, "1");
		plugin.unload();
		await settle();

		const store = await savedStore(app);
		const cards = store.cards();
		expect(cards).toHaveLength(5);
		expect(cards.every((c) => c.path === renamed)).toBe(true);
		const history = store.history();
		expect(history).toHaveLength(2);
		const answered = history.map((r) => cards.find((c) => c.id === r.card)?.front);
		expect(answered).toEqual(["What is Amazon Cognito?", "What are Cognito User Pools?"]);
	});
});
