import { Collection, DEFAULT_PRESET_ID } from "../../../../src/core";
import { at, card, cardByFront, indexCards, newCollection, reload, utc } from "../builders";

const DAY = 86_400_000;

function threeDecks(): Collection {
	const collection = newCollection();
	indexCards(collection, "a.md", [card("Alpha?", "A.")], at(), "Lang");
	indexCards(collection, "b.md", [card("Beta?", "B.")], at(), "Lang::French");
	indexCards(collection, "c.md", [card("Gamma?", "C.")], at(), "Lang::French::Verbs");
	return collection;
}

function added(collection: Collection, name: string, when = at()): string {
	const result = collection.addPreset(name, when);
	if (!result.ok) throw new Error(result.error);
	return result.id;
}

describe("option presets", () => {
	it("lists the default preset (the options) first, then the others by name", () => {
		const collection = newCollection({ newPerDay: 7 });
		added(collection, "Zebra");
		added(collection, "Apple");
		expect(collection.presets().map((p) => p.name)).toEqual(["", "Apple", "Zebra"]);
		expect(collection.presets()[0]).toMatchObject({ id: DEFAULT_PRESET_ID, values: { newPerDay: 7 } });
	});

	it("gives a sub-deck its parent's preset unless it has its own", () => {
		const collection = threeDecks();
		const languages = added(collection, "Languages");
		const verbs = added(collection, "Verbs");
		collection.setDeckPreset("Lang", languages, at(0, 1));
		expect(collection.deckPreset("Lang::French")).toEqual({ id: languages, own: false });
		collection.setDeckPreset("Lang::French::Verbs", verbs, at(0, 2));
		expect(collection.deckPreset("Lang::French::Verbs")).toEqual({ id: verbs, own: true });
		expect(collection.deckPreset("Other")).toEqual({ id: DEFAULT_PRESET_ID, own: false });
		collection.setDeckPreset("Lang::French::Verbs", undefined, at(0, 3));
		expect(collection.deckPreset("Lang::French::Verbs")).toEqual({ id: languages, own: false });
		expect(collection.deckPresets()).toEqual([["Lang", languages]]);
	});

	it("lets a sub-deck choose the default preset under a parent with another one", () => {
		const collection = threeDecks();
		const languages = added(collection, "Languages");
		collection.setDeckPreset("Lang", languages, at(0, 1));
		collection.setDeckPreset("Lang::French", DEFAULT_PRESET_ID, at(0, 2));
		expect(collection.deckPreset("Lang::French::Verbs")).toEqual({ id: DEFAULT_PRESET_ID, own: false });
	});

	it("hands a deleted preset's decks to their parent's preset, and keeps the default undeletable", () => {
		const collection = threeDecks();
		const languages = added(collection, "Languages");
		const french = added(collection, "French");
		collection.setDeckPreset("Lang", languages, at(0, 1));
		collection.setDeckPreset("Lang::French", french, at(0, 1));
		expect(collection.deletePreset(french, at(0, 2))).toEqual({ ok: true });
		expect(collection.deckPreset("Lang::French")).toEqual({ id: languages, own: false });
		expect(collection.deletePreset(DEFAULT_PRESET_ID, at(0, 2)).ok).toBe(false);
		expect(collection.presets().map((p) => p.name)).toEqual(["", "Languages"]);
	});

	it("refuses invalid values and names, changing nothing", () => {
		const collection = newCollection();
		const id = added(collection, "Mine");
		expect(collection.updatePreset(id, { desiredRetention: 1.5 }, at()).ok).toBe(false);
		expect(collection.updatePreset(id, { name: " " }, at()).ok).toBe(false);
		expect(collection.updatePreset(id, { dayStartHour: 2 } as never, at()).ok).toBe(false);
		expect(collection.updatePreset(DEFAULT_PRESET_ID, { name: "Renamed" }, at()).ok).toBe(false);
		expect(collection.addPreset("", at()).ok).toBe(false);
		expect(collection.presets()[1]).toMatchObject({ name: "Mine", values: { desiredRetention: 0.9 } });
	});

	it("edits the default preset through the options, as setOptions does", () => {
		const collection = newCollection();
		expect(collection.updatePreset(DEFAULT_PRESET_ID, { newPerDay: 3 }, at())).toEqual({ ok: true });
		expect(collection.options().newPerDay).toBe(3);
	});

	it("copies a preset's values into a new one", () => {
		const collection = newCollection({ maximumInterval: 99 });
		const copy = collection.addPreset("Copy", at(), DEFAULT_PRESET_ID);
		expect(copy.ok && collection.presetOptions({ preset: copy.id }).maximumInterval).toBe(99);
	});
});

describe("scheduling with a deck's preset", () => {
	it("answers, previews and replays a card with the options of its deck's preset", () => {
		const collection = threeDecks();
		const short = added(collection, "Short");
		collection.updatePreset(short, { maximumInterval: 2, learningSteps: [] }, at());
		collection.setDeckPreset("Lang::French", short, at());
		const verbs = cardByFront(collection, "Gamma?").id;
		const alpha = cardByFront(collection, "Alpha?").id;
		const preview = collection.preview(verbs, at(0, 1));
		collection.answer(verbs, 4, at(0, 1));
		collection.answer(alpha, 4, at(0, 1));
		expect(collection.card(verbs)?.due).toBe(preview[4]);
		expect(preview[4] - at(0, 1).getTime()).toBeLessThanOrEqual(2 * DAY);
		expect((collection.card(alpha)?.due ?? 0) - at(0, 1).getTime()).toBeGreaterThan(2 * DAY);
		// A replay of the log (a store read without its cached states) gives the same schedule.
		const json = JSON.parse(JSON.stringify(collection.toJSON())) as { cache: string };
		json.cache = "";
		expect(Collection.fromJSON(json, { deviceId: "dev-a", utcOffset: utc }).card(verbs)?.due).toBe(preview[4]);
	});

	it("marks leeches at the threshold of the card's preset", () => {
		const collection = threeDecks();
		const strict = added(collection, "Strict");
		collection.updatePreset(strict, { leechThreshold: 1, learningSteps: [], relearningSteps: [] }, at());
		collection.setDeckPreset("Lang", strict, at());
		const id = cardByFront(collection, "Alpha?").id;
		collection.answer(id, 3, at(0, 1));
		collection.answer(id, 1, at(30));
		expect(collection.card(id)?.leech).toBe(true);
		collection.setDeckPreset("Lang", undefined, at(30, 1));
		expect(collection.card(id)?.leech).toBe(false);
	});

	it("keeps presets and assignments through a save and a reload", () => {
		const collection = threeDecks();
		const id = added(collection, "Kept");
		collection.updatePreset(id, { newPerDay: 4 }, at());
		collection.setDeckPreset("Lang", id, at());
		const again = reload(collection);
		expect(again.presets()).toEqual(collection.presets());
		expect(again.deckPreset("Lang::French")).toEqual({ id, own: false });
		const files = Collection.fromFiles(collection.toFiles(), { deviceId: "dev-a", utcOffset: utc });
		expect(files.presetOptions({ deck: "Lang" }).newPerDay).toBe(4);
	});
});
