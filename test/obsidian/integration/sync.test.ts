/**
 * @jest-environment jsdom
 */
import type { App } from "../../__mocks__/obsidian";
import { Collection } from "../../../src/core";
import { splitPluginData } from "../../../src/obsidian/data/plugin-data";
import FlashcardReviewPlugin from "../../../src/main";
import { DATA_PATH, MANIFEST, PLUGIN_DIR, demoApp, press, resetRecorders, reviewView, savedData, savedStore, settle, sides, startPlugin } from "../support/demo-vault";

const NOW = new Date("2025-03-10T09:00:00Z");

async function answerCurrent(app: App): Promise<string> {
	const view = reviewView(app);
	const question = sides(view.contentEl).question;
	press(view, " ");
	await settle(0);
	press(view, "3");
	await settle(0);
	return question;
}

function storeOf(app: App): Collection {
	return savedStore(app);
}

describe("data.json changed by sync", () => {
	beforeEach(() => {
		jest.useFakeTimers({ now: NOW });
		resetRecorders();
	});
	afterEach(() => jest.useRealTimers());

	it("is merged into memory, so both devices' reviews survive the next save", async () => {
		// Device A answers the first card and saves.
		const laptop = demoApp();
		const laptopPlugin = await startPlugin(laptop);
		laptop.executeCommand("flashcard-review:review-due");
		await settle();
		await answerCurrent(laptop);
		await settle();

		// Device B starts from that file, answers the next card, and saves.
		const phone = demoApp(laptop.vault.adapter.readSync(DATA_PATH));
		const phonePlugin = await startPlugin(phone);
		phone.executeCommand("flashcard-review:review-due");
		await settle();
		const phoneQuestion = await answerCurrent(phone);
		phonePlugin.unload();
		await settle();

		// Sync brings B's file to A, whose memory does not have B's review.
		laptop.vault.adapter.writeSync(DATA_PATH, phone.vault.adapter.readSync(DATA_PATH));
		await laptopPlugin.onExternalSettingsChange();
		await settle();
		// A keeps reviewing and saves: nothing of B's may be lost.
		await answerCurrent(laptop);
		laptopPlugin.unload();
		await settle();

		const merged = storeOf(laptop);
		const devices = new Set(merged.history().map((r) => r.device));
		expect(devices.size).toBe(2);
		expect(merged.history()).toHaveLength(3);
		const phoneCard = merged.cards().find((c) => phoneQuestion.includes(c.front));
		expect(phoneCard?.reps).toBe(1);
	});

	it("is merged even when it arrives while the plugin is still loading", async () => {
		// The phone answered a card and its file reaches the laptop...
		const phone = demoApp();
		const phonePlugin = await startPlugin(phone);
		phone.executeCommand("flashcard-review:review-due");
		await settle();
		await answerCurrent(phone);
		phonePlugin.unload();
		await settle();
		const phoneFile = phone.vault.adapter.readSync(DATA_PATH);

		// ...right after the laptop's plugin read its own (older) data.json during start-up.
		const laptop = demoApp(JSON.stringify({ ...new Collection().toJSON() }));
		const plugin = new FlashcardReviewPlugin(laptop as never, MANIFEST);
		const adapter = laptop.vault.adapter;
		const read = adapter.read.bind(adapter);
		jest.spyOn(adapter, "read").mockImplementationOnce(async (path) => {
			const text = await read(path);
			adapter.writeSync(DATA_PATH, phoneFile);
			void plugin.onExternalSettingsChange();
			return text;
		});
		await (plugin as unknown as { loadAndWait(): Promise<void> }).loadAndWait();
		laptop.workspace.triggerLayoutReady();
		await settle();
		plugin.unload();
		await settle();

		expect(storeOf(laptop).history()).toHaveLength(1);
	});

	it("indexes again when a synced change of the settings changes the card tag", async () => {
		const app = demoApp();
		app.vault.addFile("Flash.md", "Capital of Peru? #flash\nLima\n");
		app.metadataCache.indexAll();
		const plugin = await startPlugin(app);
		const { store, shell } = splitPluginData(savedData(app));
		const synced = Collection.fromJSON(store);
		expect(synced.setOptions({ cardTag: "flash" }).ok).toBe(true);
		app.vault.adapter.writeSync(DATA_PATH, JSON.stringify({ ...synced.toJSON(), shell }));
		await plugin.onExternalSettingsChange();
		await settle();
		plugin.unload();
		await settle();
		expect(storeOf(app).cards().map((c) => c.front)).toEqual(["Capital of Peru?"]);
	});
});

describe("the store's files changed by a sync tool that Obsidian does not report", () => {
	beforeEach(() => {
		jest.useFakeTimers({ now: NOW });
		resetRecorders();
	});
	afterEach(() => jest.useRealTimers());

	it("are merged within half a minute", async () => {
		const phone = demoApp();
		const phonePlugin = await startPlugin(phone);
		phone.executeCommand("flashcard-review:review-due");
		await settle();
		await answerCurrent(phone);
		phonePlugin.unload();
		await settle();

		const laptop = demoApp();
		const plugin = await startPlugin(laptop);
		expect(storeOf(laptop).history()).toHaveLength(0);
		// Renamed over data.json by the sync tool: no onExternalSettingsChange.
		laptop.vault.adapter.writeSync(DATA_PATH, phone.vault.adapter.readSync(DATA_PATH), Date.now() + 1000);
		await settle(30_000);
		laptop.executeCommand("flashcard-review:review-due");
		await settle();
		await answerCurrent(laptop);
		plugin.unload();
		await settle();
		expect(storeOf(laptop).history()).toHaveLength(2);
	});
});

/**
 * Obsidian Sync brings `from`'s plugin folder to `to`: a file changed only on `from` is copied; one
 * changed on both (a conflict) becomes the top-level keys of `to`'s JSON on top of `from`'s, as its
 * documentation says. Backups stay on each device.
 */
function obsidianSync(from: App, to: App, conflict: boolean): void {
	for (const [path, entry] of from.vault.adapter.files) {
		if (!path.startsWith(`${PLUGIN_DIR}/`) || path.includes("/backups/") || typeof entry.content !== "string") continue;
		const local = to.vault.adapter.files.get(path)?.content;
		let text = entry.content;
		if (conflict && typeof local === "string") text = JSON.stringify({ ...(JSON.parse(text) as object), ...(JSON.parse(local) as object) });
		to.vault.adapter.writeSync(path, text);
	}
}

describe("two devices that answered before syncing, through Obsidian Sync's conflict rule", () => {
	beforeEach(() => {
		jest.useFakeTimers({ now: NOW });
		resetRecorders();
	});
	afterEach(() => jest.useRealTimers());

	it("end with every answer on both devices, in memory and on disk", async () => {
		const first = demoApp();
		(await startPlugin(first)).unload();
		await settle();
		const base = first.vault.adapter.readSync(DATA_PATH);

		const laptop = demoApp(base);
		const phone = demoApp(base);
		const laptopPlugin = await startPlugin(laptop);
		const phonePlugin = await startPlugin(phone);
		for (const app of [laptop, phone]) {
			app.executeCommand("flashcard-review:review-due");
			await settle();
			await answerCurrent(app);
			await settle();
		}

		// The laptop meets the phone's upload with changes of its own: a conflict, merged key by key.
		obsidianSync(phone, laptop, true);
		await laptopPlugin.onExternalSettingsChange();
		await settle();
		// The phone, unchanged since its upload, takes the laptop's result as it is; and back again.
		obsidianSync(laptop, phone, false);
		await phonePlugin.onExternalSettingsChange();
		await settle();
		obsidianSync(phone, laptop, false);
		await laptopPlugin.onExternalSettingsChange();
		await settle();

		for (const app of [laptop, phone]) expect(storeOf(app).history()).toHaveLength(2);
		laptopPlugin.unload();
		phonePlugin.unload();
		await settle();
		for (const app of [laptop, phone]) expect(new Set(storeOf(app).history().map((r) => r.device)).size).toBe(2);
	});
});
