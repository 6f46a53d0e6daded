import { Collection } from "../../../../../src/core";

const MONDAY = new Date("2025-03-10T09:00:00Z");
const TUESDAY = new Date("2025-03-11T09:00:00Z");
const NOTE = "q #card\na\n\nr #card\nb";

/** A device with the note indexed: card q and card r. */
function device(deviceId: string): { collection: Collection; q: string; r: string } {
	const collection = new Collection({ utcOffset: () => 0, deviceId });
	collection.indexNote("a.md", NOTE, MONDAY);
	const [q, r] = collection.cards();
	return { collection, q: q!.id, r: r!.id };
}

const dueOf = (collection: Collection, id: string): number | undefined => collection.cards().find((card) => card.id === id)?.due;

describe("layout 4: practice answers and set due dates", () => {
	it("are written in the device's writes part and survive toFiles → fromFiles", () => {
		const { collection, q, r } = device("laptop");
		collection.answer(q, 3, MONDAY, 1234, { reschedule: false });
		collection.answer(r, 4, MONDAY);
		collection.setDue([r], 2, MONDAY);
		const files = collection.toFiles();
		const writes = JSON.parse(files["store-laptop.json"] ?? "{}") as Record<string, unknown>;
		expect(Object.keys(writes.practice as object)).toHaveLength(1);
		expect(Object.keys(writes.dueSet as object)).toHaveLength(1);

		const loaded = Collection.fromFiles(files, { deviceId: "laptop", utcOffset: () => 0 });
		loaded.indexNote("a.md", NOTE, MONDAY);
		expect(loaded.readOnlyParts()).toEqual([]);
		expect(loaded.practiceHistory(q)).toEqual(collection.practiceHistory(q));
		expect(loaded.practiceHistory(q)).toHaveLength(1);
		expect(dueOf(loaded, r)).toBe(dueOf(collection, r));
		expect(loaded.history(q)).toEqual([]);
		expect(loaded.toFiles()).toEqual(files);
	});

	it("from two devices are united by a merge of their files", () => {
		const laptop = device("laptop");
		const phone = device("phone");
		laptop.collection.answer(laptop.q, 2, MONDAY, undefined, { reschedule: false });
		phone.collection.answer(phone.q, 4, TUESDAY, 500, { reschedule: false });
		phone.collection.setDue([phone.r], 5, TUESDAY);
		const phoneDue = dueOf(phone.collection, phone.r);

		laptop.collection.merge(phone.collection.toFiles());
		expect(laptop.collection.practiceHistory(laptop.q).map((entry) => [entry.device, entry.rating])).toEqual([
			["laptop", 2],
			["phone", 4],
		]);
		expect(dueOf(laptop.collection, laptop.r)).toBe(phoneDue);

		// The whole folder, as a sync tool leaves it, read on a third device.
		const folder = { ...phone.collection.toFiles(), ...laptop.collection.toFiles() };
		const tablet = Collection.fromFiles(folder, { deviceId: "tablet", utcOffset: () => 0 });
		tablet.indexNote("a.md", NOTE, MONDAY);
		expect(tablet.practiceHistory(laptop.q)).toEqual(laptop.collection.practiceHistory(laptop.q));
		expect(dueOf(tablet, laptop.r)).toBe(phoneDue);
	});
});
