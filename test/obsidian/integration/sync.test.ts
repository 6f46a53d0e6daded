/**
 * @jest-environment jsdom
 */
import type { App } from "../../__mocks__/obsidian";
import { Collection } from "../../../src/core";
import { splitPluginData } from "../../../src/obsidian/plugin-data";
import { DATA_PATH, demoApp, press, resetRecorders, reviewView, savedData, settle, sides, startPlugin } from "../support/demo-vault";

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
	return Collection.fromJSON(splitPluginData(savedData(app)).store);
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
});
