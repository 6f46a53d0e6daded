import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Collection, DEFAULT_PRESET_ID } from "../../../../src/core";
import { at, card, indexCards, newCollection, utc } from "../builders";

const V3 = readFileSync(join(__dirname, "../../../fixtures/store/v3-store.json"), "utf8");

/** A laptop with one preset, and a phone that read its files. */
function twoDevices(): { laptop: Collection; phone: Collection; shared: string } {
	const laptop = newCollection({}, "laptop");
	indexCards(laptop, "a.md", [card("Alpha?", "A.")], at(), "Lang");
	const added = laptop.addPreset("Shared", at());
	if (!added.ok) throw new Error(added.error);
	const phone = Collection.fromFiles(laptop.toFiles(), { deviceId: "phone", utcOffset: utc });
	return { laptop, phone, shared: added.id };
}

/** `a`'s files merged with `b`'s, as a third device would read both. */
function mergedFiles(a: Collection, b: Collection): Collection {
	const c = Collection.fromFiles(a.toFiles(), { deviceId: "other", utcOffset: utc });
	c.merge(b.toFiles());
	return c;
}

describe("presets in the synced store", () => {
	it("reads and writes a store without presets exactly as before", () => {
		const json = JSON.parse(V3) as { options: object };
		const collection = Collection.fromJSON(JSON.parse(V3), { deviceId: "laptop-7f3a", utcOffset: utc });
		const before = Collection.fromJSON(JSON.parse(V3), { deviceId: "laptop-7f3a", utcOffset: utc });
		expect(collection.presets().map((p) => p.id)).toEqual([DEFAULT_PRESET_ID]);
		const data = JSON.parse(Collection.fromFiles({ "data.json": V3 }, { deviceId: "laptop-7f3a", utcOffset: utc }).toFiles()["data.json"] as string) as { options: object };
		for (const options of [collection.toJSON().options, data.options]) {
			expect(options).toMatchObject(json.options);
			expect(Object.keys(options)).not.toEqual(expect.arrayContaining(["presets"]));
			expect(Object.keys(options)).not.toEqual(expect.arrayContaining(["deckPresets"]));
		}
		// Every card scheduled by the options, as before.
		for (const c of before.cards()) expect(collection.presetOptions({ deck: c.deck })).toEqual(before.options());
	});

	it("keeps presets among the options, where a version without presets keeps them as options it does not know", () => {
		const { laptop, shared } = twoDevices();
		laptop.setDeckPreset("Lang", shared, at(0, 1));
		const options = (JSON.parse(laptop.toFiles()["data.json"] as string) as { options: Record<string, unknown> }).options;
		expect(Object.keys(options)).toEqual(expect.arrayContaining(["presets", "deckPresets"]));
		expect(options.deckPresets).toEqual({ Lang: [shared, at(0, 1).getTime(), "laptop"] });
	});

	it("keeps both devices' edits of different presets and assignments", () => {
		const { laptop, phone, shared } = twoDevices();
		laptop.updatePreset(shared, { newPerDay: 5 }, at(0, 1));
		const mine = phone.addPreset("Phone's own", at(0, 2));
		if (!mine.ok) throw new Error(mine.error);
		phone.setDeckPreset("Maths", mine.id, at(0, 3));
		laptop.setDeckPreset("Lang", shared, at(0, 4));
		laptop.merge(phone.toFiles());
		phone.merge(laptop.toFiles());
		expect(phone.presets()).toEqual(laptop.presets());
		expect(laptop.presets().map((p) => p.name)).toEqual(["", "Phone's own", "Shared"]);
		expect(laptop.presetOptions({ deck: "Lang::Sub" }).newPerDay).toBe(5);
		expect(laptop.deckPresets()).toEqual([["Lang", shared], ["Maths", mine.id]]);
	});

	it("keeps the later edit of one preset, whichever device merges first", () => {
		const { laptop, phone, shared } = twoDevices();
		laptop.updatePreset(shared, { newPerDay: 5, name: "Laptop's" }, at(0, 5));
		phone.updatePreset(shared, { newPerDay: 9 }, at(0, 6));
		for (const result of [mergedFiles(laptop, phone), mergedFiles(phone, laptop)]) {
			expect(result.presets()[1]).toMatchObject({ name: "Shared", values: { newPerDay: 9 } });
		}
		// A deletion is a write too: the later of a deletion and an edit wins.
		laptop.deletePreset(shared, at(0, 7));
		expect(mergedFiles(phone, laptop).presets()).toHaveLength(1);
	});

	it("merges preset writes commutatively, associatively and idempotently", () => {
		const { laptop, phone, shared } = twoDevices();
		const tablet = Collection.fromFiles(laptop.toFiles(), { deviceId: "tablet", utcOffset: utc });
		laptop.updatePreset(shared, { newPerDay: 1 }, at(0, 1));
		phone.updatePreset(shared, { newPerDay: 2 }, at(0, 1));
		tablet.setDeckPreset("Lang", shared, at(0, 1));
		phone.setDeckPreset("Lang", DEFAULT_PRESET_ID, at(0, 1));
		const options = (c: Collection): unknown => (JSON.parse(c.toFiles()["data.json"] as string) as { options: unknown }).options;
		const ab = mergedFiles(laptop, phone);
		expect(options(ab)).toEqual(options(mergedFiles(phone, laptop)));
		expect(options(mergedFiles(ab, ab))).toEqual(options(ab));
		expect(options(mergedFiles(ab, tablet))).toEqual(options(mergedFiles(laptop, mergedFiles(phone, tablet))));
	});

	it("keeps a preset field a newer version added, through a read, an edit and a write", () => {
		const { laptop, shared } = twoDevices();
		type Part = { options: { presets: Record<string, [Record<string, unknown>, number, string]> } };
		// A newer version writes the field in every part that holds the preset.
		const files = Object.fromEntries(
			Object.entries(laptop.toFiles()).map(([name, text]) => {
				const part = JSON.parse(text) as Partial<Part>;
				const write = part.options?.presets[shared];
				if (write) write[0].easyDays = [1, 1, 1, 1, 1, 0.5, 0.5];
				return [name, JSON.stringify(part)];
			}),
		);
		const phone = Collection.fromFiles(files, { deviceId: "phone", utcOffset: utc });
		phone.updatePreset(shared, { desiredRetention: 0.85 }, at(0, 1));
		const written = JSON.parse(phone.toFiles()["data.json"] as string) as Part;
		expect(written.options.presets[shared]?.[0]).toMatchObject({ easyDays: [1, 1, 1, 1, 1, 0.5, 0.5], desiredRetention: 0.85 });
	});

	it("refuses a preset with a bad value, naming it", () => {
		const { laptop, shared } = twoDevices();
		const json = JSON.parse(JSON.stringify(laptop.toJSON())) as { options: { presets: Record<string, [Record<string, unknown>, number, string]> } };
		(json.options.presets[shared] as [Record<string, unknown>, number, string])[0].newPerDay = -1;
		expect(() => Collection.fromJSON(json, { utcOffset: utc })).toThrow(/presets.*newPerDay/);
	});
});
