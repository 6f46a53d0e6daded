/**
 * @jest-environment jsdom
 */
import type { App } from "../../__mocks__/obsidian";
import type { Collection } from "../../../src/core";
import type { FlashcardSettingTab } from "../../../src/obsidian/settings/settings-tab";
import { DATA_PATH, appWith, resetRecorders, reviewView, savedData, savedStore, settle, startPlugin, syncedStore } from "../support/demo-vault";

// The plugin keeps the notes' cards in its device-local cache: here in memory, on the fake clock.
jest.mock("../../../src/obsidian/data/local-cache", () => jest.requireActual("../support/memory-cache"));

function openTab(app: App): HTMLElement {
	const tab = app.settingTabs[0] as unknown as FlashcardSettingTab;
	tab.display();
	return tab.containerEl;
}

function setting(root: HTMLElement, name: string): HTMLElement {
	const item = [...root.querySelectorAll<HTMLElement>(".setting-item")].find((el) => el.querySelector(".setting-item-name")?.textContent === name);
	if (!item) throw new Error(`no setting named ${name}`);
	return item;
}

function type(item: HTMLElement, value: string): void {
	const input = item.querySelector<HTMLInputElement>("input");
	if (!input) throw new Error("no text input");
	input.value = value;
	input.dispatchEvent(new Event("input"));
}

function select(item: HTMLElement, value: string): void {
	const el = item.querySelector("select")!;
	el.value = value;
	el.dispatchEvent(new Event("change"));
}

/** The synced options are in the plugin folder for every device. */
const storeOf = (app: App): Collection => syncedStore(app);

describe("the settings tab", () => {
	beforeEach(() => {
		jest.useFakeTimers({ now: new Date("2025-03-10T09:00:00Z") });
		resetRecorders();
	});
	afterEach(() => jest.useRealTimers());

	it("has a heading per section and the same rows in its searchable definitions", async () => {
		const app = appWith({});
		await startPlugin(app);
		const root = openTab(app);
		expect([...root.querySelectorAll(".setting-item-heading .setting-item-name")].map((h) => h.textContent)).toEqual(["Cards", "Presets", "Daily limits", "Scheduling", "Optimize", "Review"]);
		const tab = app.settingTabs[0] as unknown as FlashcardSettingTab;
		const names = tab.getSettingDefinitions().flatMap((group) => ("items" in group && group.items ? group.items.map((i) => ("name" in i ? i.name : "")) : []));
		const rows = [...root.querySelectorAll(".setting-item:not(.setting-item-heading) .setting-item-name")].map((n) => n.textContent);
		expect(names).toEqual(rows);
	});

	it.each([
		{ name: "New cards per day", value: "2.5", message: "Enter a whole number." },
		{ name: "Desired retention", value: "1.2", message: "Enter a number from 0.7 to 0.99." },
		{ name: "Learning steps", value: "1m soon", message: '"soon" is not a step; write steps like 1m 10m 1h 1d.' },
		{ name: "Card tag", value: "two words", message: "Write one word without spaces or #." },
		{ name: "Inline separator", value: ":::", message: "The two inline separators must differ." },
	])("refuses $name = $value with a message and saves nothing", async ({ name, value, message }) => {
		const app = appWith({ "A.md": "Q #card\nA\n" });
		await startPlugin(app);
		await settle();
		const before = JSON.stringify(storeOf(app).options());
		const item = setting(openTab(app), name);
		type(item, value);
		await settle();
		expect(item.querySelector(".flashcard-review-setting-error")?.textContent).toBe(message);
		expect(item.classList.contains("is-invalid")).toBe(true);
		expect(JSON.stringify(storeOf(app).options())).toBe(before);
	});

	it("optimizes from the plugin's own reviews, and with too few says so and keeps the defaults", async () => {
		const app = appWith({ "A.md": "Q #card\nA\n" });
		await startPlugin(app);
		await settle();
		const item = setting(openTab(app), "Optimize parameters");
		item.querySelector("button")?.click();
		await settle();
		expect(item.querySelector(".flashcard-review-optimize-status")?.textContent).toBe(
			"Only 0 reviews to learn from: at least 400 are needed, so the parameters stay as they are.",
		);
		expect(storeOf(app).options().fsrsParameters).toEqual([]);
	});

	it("saves a valid value into the synced options and clears the message", async () => {
		const app = appWith({ "A.md": "Q #card\nA\n" });
		await startPlugin(app);
		const item = setting(openTab(app), "New cards per day");
		type(item, "x");
		type(item, "35");
		await settle();
		expect(item.classList.contains("is-invalid")).toBe(false);
		expect(storeOf(app).options().newPerDay).toBe(35);
	});

	it("indexes again when the card tag changes", async () => {
		const app = appWith({ "A.md": "Old? #card\nA\n", "B.md": "New? #flash\nB\n" });
		await startPlugin(app);
		type(setting(openTab(app), "Card tag"), "#flash");
		await settle();
		// The notes' cards are in this device's local cache.
		expect((await savedStore(app)).cards().map((c) => c.front)).toEqual(["New?"]);
	});

	it("opens the review in the right sidebar once chosen", async () => {
		const app = appWith({ "A.md": "Q #card\nA\n" });
		await startPlugin(app);
		select(setting(openTab(app), "Where the review opens"), "sidebar");
		app.executeCommand("flashcard-review:review-due");
		await settle();
		expect(app.workspace.leaves.find((l) => l.view.getViewType() === "flashcard-review")?.side).toBe("right");
		expect(reviewView(app).contentEl.querySelector(".flashcard-review-card")).not.toBeNull();
		expect((savedData(app).shell as { reviewLocation: string }).reviewLocation).toBe("sidebar");
	});

	it("keeps a setting just changed here when a synced file with the older value arrives before it was saved", async () => {
		const app = appWith({ "A.md": "Q #card\nA\n" });
		const plugin = await startPlugin(app);
		const synced = app.vault.adapter.readSync(DATA_PATH);
		select(setting(openTab(app), "Where the review opens"), "sidebar");
		app.vault.adapter.writeSync(DATA_PATH, synced);
		await plugin.onExternalSettingsChange();
		await settle();
		expect((savedData(app).shell as { reviewLocation: string }).reviewLocation).toBe("sidebar");
	});
});
