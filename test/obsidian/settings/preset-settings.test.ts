/**
 * @jest-environment jsdom
 */
import { Notice, type App } from "../../__mocks__/obsidian";
import { Collection, DEFAULT_PRESET_ID } from "../../../src/core";
import type { FlashcardSettingTab } from "../../../src/obsidian/settings/settings-tab";
import { appWith, resetRecorders, savedStore, settle, startPlugin, syncedStore } from "../support/demo-vault";
import { putStore } from "../support/folder-files";

jest.mock("../../../src/obsidian/data/local-cache", () => jest.requireActual("../support/memory-cache"));

const NOTES = { "Lang/French/Words.md": "Chat? #card\nCat.\n\nChien? #card\nDog.\n", "Maths/Sums.md": "Two and two? #card\nFour.\n" };

function tabOf(app: App): HTMLElement {
	const tab = app.settingTabs[0] as unknown as FlashcardSettingTab;
	tab.display();
	return tab.containerEl;
}

/** The row named `name` as the tab shows it now (the tab draws itself again after a preset is chosen). */
function row(app: App, name: string): HTMLElement {
	const tab = (app.settingTabs[0] as unknown as FlashcardSettingTab).containerEl;
	const item = [...tab.querySelectorAll<HTMLElement>(".setting-item")].find((el) => el.querySelector(".setting-item-name")?.textContent === name);
	if (!item) throw new Error(`no setting named ${name}`);
	return item;
}

function type(item: HTMLElement, value: string): void {
	const input = item.querySelector("input")!;
	input.value = value;
	input.dispatchEvent(new Event("input"));
}

function choose(select: HTMLSelectElement, value: string): void {
	select.value = value;
	select.dispatchEvent(new Event("change"));
}

const button = (item: HTMLElement, text: string): HTMLButtonElement => [...item.querySelectorAll("button")].find((b) => b.textContent === text)!;

describe("the preset settings", () => {
	beforeEach(() => {
		jest.useFakeTimers({ now: new Date("2025-03-10T09:00:00Z") });
		resetRecorders();
	});
	afterEach(() => jest.useRealTimers());

	it("adds a preset, edits its values and name, and leaves the default preset's as they were", async () => {
		const app = appWith(NOTES);
		await startPlugin(app);
		tabOf(app);
		button(row(app, "Preset"), "Add preset").click();
		expect(row(app, "Preset").querySelector("select")?.selectedOptions[0]?.textContent).toBe("Preset 2");
		type(row(app, "New cards per day"), "7");
		type(row(app, "Preset name"), "Languages");
		await settle();
		const store = syncedStore(app);
		expect(store.presets().map((p) => [p.name, p.values.newPerDay])).toEqual([["", 20], ["Languages", 7]]);
		// Choosing the default preset shows its values again.
		choose(row(app, "Preset").querySelector("select")!, DEFAULT_PRESET_ID);
		expect(row(app, "New cards per day").querySelector("input")?.value).toBe("20");
		expect(row(app, "Preset name").querySelector("input")).toBeNull();
	});

	it("gives a deck a preset, which its sub-decks inherit, and gives it back its parent's", async () => {
		const app = appWith(NOTES);
		await startPlugin(app);
		tabOf(app);
		button(row(app, "Preset"), "Add preset").click();
		await settle();
		const id = syncedStore(app).presets()[1]?.id as string;
		const [decks, presets] = [...row(app, "Deck's preset").querySelectorAll("select")] as HTMLSelectElement[];
		expect([...decks!.options].map((o) => o.value)).toEqual(["Lang", "Lang::French", "Maths"]);
		choose(presets!, id);
		await settle();
		expect(syncedStore(app).deckPreset("Lang::French")).toEqual({ id, own: false });
		choose(decks!, "Lang::French");
		const french = row(app, "Deck's preset").querySelectorAll("select")[1] as HTMLSelectElement;
		expect(french.selectedOptions[0]?.textContent).toBe("Its parent's (Preset 2)");
		choose(row(app, "Deck's preset").querySelectorAll("select")[0] as HTMLSelectElement, "Lang");
		choose(row(app, "Deck's preset").querySelectorAll("select")[1] as HTMLSelectElement, "");
		await settle();
		expect(syncedStore(app).deckPreset("Lang::French")).toEqual({ id: DEFAULT_PRESET_ID, own: false });
	});

	it("deletes a preset on the second click only, and never the default", async () => {
		const app = appWith(NOTES);
		await startPlugin(app);
		tabOf(app);
		expect(button(row(app, "Preset"), "Delete").disabled).toBe(true);
		button(row(app, "Preset"), "Add preset").click();
		button(row(app, "Preset"), "Delete").click();
		await settle();
		expect(syncedStore(app).presets()).toHaveLength(2);
		button(row(app, "Preset"), "Click again to delete").click();
		await settle();
		expect(syncedStore(app).presets()).toHaveLength(1);
		expect(row(app, "Preset").querySelector("select")?.value).toBe(DEFAULT_PRESET_ID);
	});

	it("reschedules the edited preset's review cards only when asked, and undoes it", async () => {
		const app = appWith(NOTES);
		// The cards were learned a week ago (on this device, as another device's store brings them).
		const before = new Collection({ deviceId: "old-laptop", utcOffset: () => 0 });
		const week = new Date("2025-03-03T09:00:00Z");
		for (const [path, text] of Object.entries(NOTES)) before.indexNote(path, text, week);
		for (const card of before.cards()) {
			before.answer(card.id, 3, week);
			before.answer(card.id, 3, new Date(week.getTime() + 600_000));
		}
		putStore(app.vault.adapter, before);
		await startPlugin(app);
		tabOf(app);
		const dues = async (): Promise<number[]> => (await savedStore(app)).cards().map((c) => c.due);
		const scheduled = await dues();
		// A preset for the languages only, more relaxed than the default.
		button(row(app, "Preset"), "Add preset").click();
		const [decks, presets] = [...row(app, "Deck's preset").querySelectorAll("select")] as HTMLSelectElement[];
		choose(decks!, "Lang");
		const languages = row(app, "Preset").querySelector("select")!.value;
		choose(presets!, languages);
		type(row(app, "Desired retention"), "0.7");
		// The default preset changes too, but only the edited preset's cards are rescheduled.
		choose(row(app, "Preset").querySelector("select")!, DEFAULT_PRESET_ID);
		type(row(app, "Desired retention"), "0.75");
		choose(row(app, "Preset").querySelector("select")!, languages);
		await settle();
		expect(await dues()).toEqual(scheduled);
		button(row(app, "Reschedule cards"), "Reschedule").click();
		await settle();
		expect(Notice.messages.at(-1)).toBe("2 cards rescheduled.");
		const moved = await dues();
		const cards = (await savedStore(app)).cards();
		cards.forEach((card, i) => (card.deck === "Maths" ? expect(moved[i]).toBe(scheduled[i]) : expect(moved[i]).toBeGreaterThan(scheduled[i] as number)));
		button(row(app, "Reschedule cards"), "Undo").click();
		await settle();
		expect(await dues()).toEqual(scheduled);
		expect(button(row(app, "Reschedule cards"), "Undo").disabled).toBe(true);
	});
});
