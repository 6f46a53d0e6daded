/**
 * @jest-environment jsdom
 */
import { Notice } from "../../__mocks__/obsidian";
import { DATA_PATH, PLUGIN_DIR, demoApp, press, resetRecorders, reviewView, settle, startPlugin, syncedStore } from "../support/demo-vault";
import { folderFiles, readStore } from "../support/folder-files";

const NOW = new Date(2025, 2, 10, 9, 30, 15);

/** The answers a backup file holds (the plugin folder's files as they were). */
function answersIn(backup: string): number {
	return readStore((JSON.parse(backup) as { files: Record<string, string> }).files).history().length;
}
const CORRUPT = '{"version": 1, "cards": {"abc": [1, 2';

describe("a data.json that cannot be read", () => {
	beforeEach(() => {
		jest.useFakeTimers({ now: NOW });
		resetRecorders();
	});
	afterEach(() => jest.useRealTimers());

	it("is copied aside, named in a notice, and never written over, even after reviews", async () => {
		const app = demoApp(CORRUPT);
		const plugin = await startPlugin(app);

		const copy = `${PLUGIN_DIR}/data.corrupt-2025-03-10-093015.json`;
		expect(app.vault.adapter.readSync(copy)).toBe(CORRUPT);
		expect(Notice.messages.some((m) => m.includes(copy))).toBe(true);

		expect(app.executeCommand("flashcard-review:review-due")).toBe(true);
		await settle();
		const view = reviewView(app);
		expect(view.contentEl.querySelector(".flashcard-review-warning")?.textContent).toMatch(/^Read-only: answers are not saved\./);
		press(view, " ");
		press(view, "3");
		await settle();
		plugin.unload();
		await settle();

		expect(app.vault.adapter.readSync(DATA_PATH)).toBe(CORRUPT);
		expect(app.vault.adapter.writes.filter((path) => path === DATA_PATH)).toEqual([]);
	});

	it("is also refused when it is JSON but not a store", async () => {
		const app = demoApp(JSON.stringify({ hello: "world" }));
		const plugin = await startPlugin(app);
		expect(Notice.messages.some((m) => m.includes("data.corrupt-"))).toBe(true);
		plugin.unload();
		await settle();
		expect(JSON.parse(app.vault.adapter.readSync(DATA_PATH))).toEqual({ hello: "world" });
	});
});

describe("a readable data.json", () => {
	beforeEach(() => {
		jest.useFakeTimers({ now: NOW });
		resetRecorders();
	});
	afterEach(() => jest.useRealTimers());

	it("is backed up once a day in the backups folder, and restored from there when it is damaged", async () => {
		const first = demoApp();
		const plugin = await startPlugin(first);
		first.executeCommand("flashcard-review:review-due");
		await settle();
		press(reviewView(first), " ");
		press(reviewView(first), "3");
		plugin.unload();
		await settle();
		const saved = first.vault.adapter.readSync(DATA_PATH);

		// The folder as sync brings it to another device (backups stay on each device).
		const second = demoApp(folderFiles(first.vault.adapter));
		(await startPlugin(second)).unload();
		await settle();
		const backups = () => [...second.vault.adapter.files.keys()].filter((p) => p.startsWith(`${PLUGIN_DIR}/backups/`));
		expect(backups()).toEqual([`${PLUGIN_DIR}/backups/2025-03-10 (1 answer).json`]);
		expect(answersIn(second.vault.adapter.readSync(backups()[0]!))).toBe(1);
		(await startPlugin(second)).unload();
		await settle();
		expect(backups()).toHaveLength(1);

		second.vault.adapter.writeSync(DATA_PATH, saved.slice(0, 100));
		Notice.messages.length = 0;
		const restored = await startPlugin(second);
		expect(Notice.messages.some((m) => m.includes("restored from the backup of 2025-03-10"))).toBe(true);
		restored.unload();
		await settle();
		expect(JSON.parse(second.vault.adapter.readSync(DATA_PATH))).toEqual(JSON.parse(saved));
	});

	it.each([
		{ moment: "the app goes to the background (a phone may then stop it without unloading)", leave: () => {
			Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
			document.dispatchEvent(new Event("visibilitychange"));
		} },
		{ moment: "the app quits", leave: (app: ReturnType<typeof demoApp>) => app.workspace.trigger("quit") },
	])("writes the reviews at once when $moment", async ({ leave }) => {
		const app = demoApp();
		await startPlugin(app);
		app.executeCommand("flashcard-review:review-due");
		await settle();
		press(reviewView(app), " ");
		press(reviewView(app), "3");
		expect(syncedStore(app).history()).toHaveLength(0);
		leave(app);
		await jest.advanceTimersByTimeAsync(10);
		Object.defineProperty(document, "visibilityState", { value: "visible", configurable: true });
		expect(syncedStore(app).history()).toHaveLength(1);
	});
});
