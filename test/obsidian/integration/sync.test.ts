/**
 * @jest-environment jsdom
 */
import type { App } from "../../__mocks__/obsidian";
import { Collection } from "../../../src/core";
import FlashcardReviewPlugin from "../../../src/main";
import { DATA_PATH, MANIFEST, PLUGIN_DIR, demoApp, press, resetRecorders, reviewView, reviews, savedStore, settle, sides, startPlugin, syncedStore } from "../support/demo-vault";
import { copyFolder, folderFiles, putFiles, putStore, storeOnDisk } from "../support/folder-files";

// The plugin keeps the notes' cards in its device-local cache: here in memory, on the fake clock.
jest.mock("../../../src/obsidian/data/local-cache", () => jest.requireActual("../support/memory-cache"));

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

/** The answers and options in the app's plugin folder, as any device reads them. */
function storeOf(app: App): Collection {
	return syncedStore(app);
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

		// Device B starts from that folder, answers the next card, and saves.
		const phone = demoApp(folderFiles(laptop.vault.adapter));
		const phonePlugin = await startPlugin(phone);
		phone.executeCommand("flashcard-review:review-due");
		await settle();
		const phoneQuestion = await answerCurrent(phone);
		phonePlugin.unload();
		await settle();

		// Sync brings B's files to A, whose memory does not have B's review.
		copyFolder(phone.vault.adapter, laptop.vault.adapter);
		await laptopPlugin.onExternalSettingsChange();
		await settle();
		// A keeps reviewing and saves: nothing of B's may be lost.
		await answerCurrent(laptop);
		expect(reviews(laptop)).toBe(3);
		laptopPlugin.unload();
		await settle();

		const merged = storeOf(laptop);
		const devices = new Set(merged.history().map((r) => r.device));
		expect(devices.size).toBe(2);
		expect(merged.history()).toHaveLength(3);
		const phoneCard = (await savedStore(laptop)).cards().find((c) => phoneQuestion.includes(c.front));
		expect(phoneCard?.reps).toBe(1);
	});

	it("is merged even when it arrives while the plugin is still loading", async () => {
		// The phone answered a card and its files reach the laptop...
		const phone = demoApp();
		const phonePlugin = await startPlugin(phone);
		phone.executeCommand("flashcard-review:review-due");
		await settle();
		await answerCurrent(phone);
		phonePlugin.unload();
		await settle();
		const phoneFiles = folderFiles(phone.vault.adapter);

		// ...right after the laptop's plugin read its own (older) folder during start-up: data.json, then
		// the listing of the other parts, which the phone's files just missed.
		const laptop = demoApp({ "data.json": new Collection().toFiles()["data.json"]! });
		const plugin = new FlashcardReviewPlugin(laptop as never, MANIFEST);
		const adapter = laptop.vault.adapter;
		const read = adapter.read.bind(adapter);
		const list = adapter.list.bind(adapter);
		let dataRead = false;
		let arrived = false;
		jest.spyOn(adapter, "read").mockImplementation(async (path) => {
			if (path === DATA_PATH) dataRead = true;
			return read(path);
		});
		jest.spyOn(adapter, "list").mockImplementation(async (path) => {
			const listed = await list(path);
			if (dataRead && !arrived && path === PLUGIN_DIR) {
				arrived = true;
				putFiles(adapter, phoneFiles);
				void plugin.onExternalSettingsChange();
			}
			return listed;
		});
		await (plugin as unknown as { loadAndWait(): Promise<void> }).loadAndWait();
		expect(arrived).toBe(true);
		laptop.workspace.triggerLayoutReady();
		await settle();
		// In memory well before the folder's half-minute check.
		laptop.executeCommand("flashcard-review:review-due");
		await settle();
		expect(reviews(laptop)).toBe(1);
		plugin.unload();
		await settle();

		expect(storeOf(laptop).history()).toHaveLength(1);
	});

	it("indexes again when a synced change of the settings changes the card tag", async () => {
		const app = demoApp();
		app.vault.addFile("Flash.md", "Capital of Peru? #flash\nLima\n");
		app.metadataCache.indexAll();
		const plugin = await startPlugin(app);
		// Another device reads the synced folder, changes the card tag, and its files arrive.
		const other = storeOnDisk(app.vault.adapter, "phone");
		expect(other.setOptions({ cardTag: "flash" }).ok).toBe(true);
		putStore(app.vault.adapter, other);
		await plugin.onExternalSettingsChange();
		await settle();
		plugin.unload();
		await settle();
		expect((await savedStore(app)).cards().map((c) => c.front)).toEqual(["Capital of Peru?"]);
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
		// Written (or renamed over data.json) by the sync tool: no onExternalSettingsChange.
		copyFolder(phone.vault.adapter, laptop.vault.adapter, Date.now() + 1000);
		await settle(30_000);
		laptop.executeCommand("flashcard-review:review-due");
		await settle();
		expect(reviews(laptop)).toBe(1);
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
		const base = folderFiles(first.vault.adapter);

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
		for (const app of [laptop, phone]) expect(reviews(app)).toBe(2);
		laptopPlugin.unload();
		phonePlugin.unload();
		await settle();
		for (const app of [laptop, phone]) expect(new Set(storeOf(app).history().map((r) => r.device)).size).toBe(2);
	});
});
