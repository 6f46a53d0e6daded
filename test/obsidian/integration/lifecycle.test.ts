/**
 * @jest-environment jsdom
 */
import { liveComponents, liveDomListeners } from "../../__mocks__/obsidian";
import FlashcardReviewPlugin from "../../../src/main";
import { COGNITO, MANIFEST, demoApp, press, resetRecorders, reviewView, settle, startPlugin } from "../support/demo-vault";

describe("unloading the plugin", () => {
	beforeEach(() => {
		jest.useFakeTimers({ now: new Date("2025-03-10T09:00:00Z") });
		resetRecorders();
	});
	afterEach(() => jest.useRealTimers());

	it("leaves no listener, command, view type or component behind", async () => {
		const app = demoApp();
		const plugin = await startPlugin(app);
		app.workspace.setActiveFile(app.vault.getFileByPath(COGNITO));
		app.executeCommand("flashcard-review:open-pane");
		app.executeCommand("flashcard-review:review-due");
		await settle();
		press(reviewView(app), " ");
		press(reviewView(app), "3");
		await settle();
		expect(app.vault.listenerCount()).toBeGreaterThan(0);

		plugin.unload();
		// Obsidian closes the plugin's views when it is disabled; the plugin itself never detaches them.
		app.workspace.detachAll();
		await settle();

		expect(app.vault.listenerCount()).toBe(0);
		expect(app.metadataCache.listenerCount()).toBe(0);
		expect(app.workspace.listenerCount()).toBe(0);
		expect(app.commands.size).toBe(0);
		expect(app.viewCreators.size).toBe(0);
		expect(app.hoverLinkSources.size).toBe(0);
		expect((plugin as unknown as { ribbonIcons: unknown[] }).ribbonIcons).toHaveLength(0);
		expect(liveComponents.size).toBe(0);
		expect(liveDomListeners.size).toBe(0);
	});

	it("disabled while it reads its store at start-up: registers nothing and writes nothing", async () => {
		const app = demoApp();
		const plugin = new FlashcardReviewPlugin(app as never, MANIFEST);
		plugin.load();
		plugin.unload();
		app.workspace.triggerLayoutReady();
		await settle();
		await (plugin as unknown as { onloadResult: Promise<void> }).onloadResult;
		await settle();

		expect(app.vault.adapter.writes).toEqual([]);
		expect(app.vault.reads).toEqual([]);
		expect(app.vault.listenerCount()).toBe(0);
		expect(app.metadataCache.listenerCount()).toBe(0);
		expect(app.workspace.listenerCount()).toBe(0);
		expect(app.commands.size).toBe(0);
		expect(app.viewCreators.size).toBe(0);
		expect(liveComponents.size).toBe(0);
		expect(liveDomListeners.size).toBe(0);
	});
});
