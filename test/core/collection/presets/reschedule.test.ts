import { Collection } from "../../../../src/core";
import { at, card, cardByFront, indexCards, newCollection, utc } from "../builders";

/** Two review cards in Lang (answered Good on two days) and a new card, on the laptop. */
function studied(): { collection: Collection; preset: string; ids: string[] } {
	const collection = newCollection({}, "laptop");
	indexCards(collection, "a.md", [card("One?", "1."), card("Two?", "2."), card("Fresh?", "New.")], at(), "Lang");
	const ids = ["One?", "Two?"].map((front) => cardByFront(collection, front).id);
	for (const id of ids) {
		collection.answer(id, 3, at(0, 1));
		collection.answer(id, 3, at(0, 12));
		collection.answer(id, 3, at(3));
	}
	const added = collection.addPreset("Relaxed", at(3, 1));
	if (!added.ok) throw new Error(added.error);
	collection.setDeckPreset("Lang", added.id, at(3, 1));
	return { collection, preset: added.id, ids };
}

const dues = (collection: Collection): number[] => collection.cards().map((c) => c.due);

describe("Collection.rescheduleCards", () => {
	it("leaves due dates alone when only the options change", () => {
		const { collection, preset } = studied();
		const before = dues(collection);
		collection.updatePreset(preset, { desiredRetention: 0.7 }, at(3, 2));
		expect(dues(collection)).toEqual(before);
	});

	it("moves review cards to the due date their preset's options give, and one undo moves them back", () => {
		const { collection, preset, ids } = studied();
		const before = dues(collection);
		collection.updatePreset(preset, { desiredRetention: 0.7 }, at(3, 2));
		const all = collection.cards().map((c) => c.id);
		expect(collection.rescheduleCards(all, at(3, 3))).toBe(2);
		for (const id of ids) expect(collection.card(id)?.due).toBeGreaterThan(before[all.indexOf(id)] as number);
		expect(cardByFront(collection, "Fresh?").due).toBe(before[2]);
		// Asked again with the same options, nothing moves (and no undo step is added).
		expect(collection.rescheduleCards(all, at(3, 4))).toBe(0);
		const depth = collection.undoDepth();
		expect(collection.undo()).toBe(true);
		expect(collection.undoDepth()).toBe(depth - 1);
		expect(dues(collection)).toEqual(before);
	});

	it("reaches another device through a sync, as set due dates do", () => {
		const { collection, preset } = studied();
		const phone = Collection.fromFiles(collection.toFiles(), { deviceId: "phone", utcOffset: utc });
		// The phone reads its notes from the vault, as the plugin does.
		indexCards(phone, "a.md", [card("One?", "1."), card("Two?", "2."), card("Fresh?", "New.")], at(), "Lang");
		collection.updatePreset(preset, { desiredRetention: 0.7 }, at(3, 2));
		collection.rescheduleCards(collection.cards().map((c) => c.id), at(3, 3));
		phone.merge(collection.toFiles());
		expect(dues(phone)).toEqual(dues(collection));
	});
});
