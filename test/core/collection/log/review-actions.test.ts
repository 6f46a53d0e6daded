import type { Rating } from "../../../../src/core";
import { at, card, cardByFront, indexCards, newCollection, reload } from "../builders";

const specs = [
	card("Capital of France?", "Paris, on the Seine."),
	card("Capital of Japan?", "Tokyo, on Honshu."),
	card("Capital of Peru?", "Lima, on the Pacific coast."),
	card("Capital of Kenya?", "Nairobi, in the highlands."),
];

function deck(options = {}) {
	const collection = newCollection(options);
	indexCards(collection, "Geo.md", specs);
	const ids = collection.cards().map((c) => c.id);
	return { collection, ids: ids as [string, string, string, string] };
}

describe("Collection answers", () => {
	it.each([1, 2, 3, 4] as Rating[])("commits exactly the previewed due for rating %i", (rating) => {
		const { collection, ids } = deck();
		collection.answer(ids[0], 3, at(0, 1));
		const when = at(0, 30);
		const preview = collection.preview(ids[0], when);
		collection.answer(ids[0], rating, when);
		expect(collection.card(ids[0])?.due).toBe(preview[rating]);
	});

	it.each([1, 2, 3, 4] as Rating[])("commits the previewed due for rating %i on a clock behind the card's reset", (rating) => {
		const { collection, ids } = deck();
		collection.answer(ids[0], 3, at(0, 1));
		collection.resetCard(ids[0], at(2));
		// Another device's clock, a day behind the reset: the answer is dated just after the reset.
		const preview = collection.preview(ids[0], at(1));
		collection.answer(ids[0], rating, at(1));
		expect(collection.card(ids[0])?.due).toBe(preview[rating]);
	});

	it("throws an error naming an unknown card id", () => {
		const { collection } = deck();
		expect(() => collection.answer("nope123", 3, at())).toThrow(/nope123/);
		expect(() => collection.preview("nope123", at())).toThrow(/nope123/);
		expect(() => collection.bury("nope123", at())).toThrow(/nope123/);
	});

	it("keeps each answer in the log with its device, offset and duration", () => {
		const { collection, ids } = deck();
		collection.answer(ids[1], 4, at(0, 2), 6400);
		expect(collection.history(ids[1])).toEqual([
			expect.objectContaining({ card: ids[1], time: at(0, 2).getTime(), rating: 4, device: "dev-a", offset: 0, duration: 6400, stateBefore: "new" }),
		]);
	});

	it("accepts an answer older than the last one (clock skew between devices) and replays the card", () => {
		const { collection, ids } = deck();
		collection.answer(ids[0], 3, at(0, 10));
		expect(() => collection.answer(ids[0], 1, at(0, 5))).not.toThrow();
		expect(collection.history(ids[0]).map((r) => r.rating)).toEqual([1, 3]);
		expect(collection.card(ids[0])?.reps).toBe(2);
	});

	it("flags a card as a leech when it lapses the threshold number of times", () => {
		const { collection, ids } = deck({ leechThreshold: 2 });
		let day = 0;
		const lapse = (): void => {
			collection.answer(ids[0], 1, at(day, 0));
			collection.answer(ids[0], 3, at(day, 15));
			day += 30;
		};
		collection.answer(ids[0], 4, at(0));
		day = 20;
		lapse();
		expect(collection.card(ids[0])).toMatchObject({ lapses: 1, leech: false });
		lapse();
		expect(collection.card(ids[0])).toMatchObject({ lapses: 2, leech: true });
	});

	it("makes a reset card new again while its history stays", () => {
		const { collection, ids } = deck();
		collection.answer(ids[0], 4, at(0));
		collection.resetCard(ids[0], at(1));
		expect(collection.card(ids[0])).toMatchObject({ state: "new", reps: 0 });
		expect(collection.history(ids[0])).toHaveLength(1);
		collection.answer(ids[0], 3, at(2));
		expect(reload(collection).card(ids[0])).toMatchObject({ state: "learning", reps: 1 });
	});
});

describe("Collection bury, suspend and undo", () => {
	it("hides a buried card until the next day starts, also after a reload", () => {
		const { collection, ids } = deck();
		collection.bury(ids[0], at(0));
		const shown = (c = collection, when = at(0)) => c.queue(when).cards.map((x) => x.id);
		expect(shown()).not.toContain(ids[0]);
		expect(collection.card(ids[0])?.buried).toBe(true);
		expect(shown(reload(collection), at(0, 17 * 60 + 59))).not.toContain(ids[0]);
		expect(shown(reload(collection), at(0, 18 * 60))).toContain(ids[0]);
	});

	it("never shows a suspended card until it is unsuspended, also after a reload", () => {
		const { collection, ids } = deck();
		collection.suspend(ids[2], true, at(0));
		const reloaded = reload(collection);
		expect(reloaded.card(ids[2])?.suspended).toBe(true);
		expect(reloaded.queue(at(40)).cards.map((c) => c.id)).not.toContain(ids[2]);
		reloaded.suspend(ids[2], false, at(41));
		expect(reloaded.queue(at(41)).cards.map((c) => c.id)).toContain(ids[2]);
	});

	it("undoes answers, burials and suspensions one by one, newest first", () => {
		const { collection, ids } = deck();
		const before = collection.cards();
		collection.answer(ids[0], 3, at(0, 1));
		const afterAnswer = collection.cards();
		collection.bury(ids[1], at(0, 2));
		collection.suspend(ids[2], true, at(0, 3));
		collection.answer(ids[0], 4, at(0, 4));
		expect(collection.undoDepth()).toBe(4);
		expect(collection.undo()).toBe(true);
		expect(collection.card(ids[0])).toEqual(afterAnswer[0]);
		expect(collection.undo()).toBe(true);
		expect(collection.card(ids[2])?.suspended).toBe(false);
		expect(collection.undo()).toBe(true);
		expect(collection.card(ids[1])?.buried).toBe(false);
		expect(collection.undo()).toBe(true);
		expect(collection.cards()).toEqual(before);
		expect(collection.history()).toEqual([]);
		expect(collection.undo()).toBe(false);
	});

	it("persists what undo did, and after a reload has nothing left to undo", () => {
		const { collection, ids } = deck();
		collection.answer(ids[0], 3, at(0, 1));
		collection.answer(ids[0], 3, at(0, 2));
		collection.undo();
		const reloaded = reload(collection);
		expect(reloaded.history(ids[0])).toHaveLength(1);
		expect(reloaded.undo()).toBe(false);
		expect(reloaded.history(ids[0])).toHaveLength(1);
	});

	it("can answer again at the very same moment after an undo", () => {
		const { collection, ids } = deck();
		const preview = collection.preview(ids[0], at(0, 1));
		collection.answer(ids[0], 1, at(0, 1));
		collection.undo();
		collection.answer(ids[0], 3, at(0, 1));
		expect(collection.card(ids[0])?.due).toBe(preview[3]);
		expect(reload(collection).history(ids[0]).map((r) => r.rating)).toEqual([3]);
	});

	it("buries the other side of a reversed card once one side is answered, until the next day", () => {
		const collection = newCollection();
		indexCards(collection, "Words.md", [card("chat", "cat", { marker: "#card-reverse" })]);
		const [front, back] = collection.cards().map((c) => c.id) as [string, string];
		collection.answer(front, 3, at(0, 1));
		const ids = (when: Date) => collection.queue(when).cards.map((c) => c.id);
		expect(ids(at(0, 2))).toEqual([front]);
		expect(cardByFront(collection, "cat").buried).toBe(true);
		expect(collection.card(back)?.buried).toBe(true);
		expect(ids(at(1))).toContain(back);
	});

	it("buries the other clozes of a note card once one is answered", () => {
		const collection = newCollection();
		collection.indexNote("Cloze.md", "The ==mitochondria== is the ==powerhouse== of the cell #card\n", at(0));
		const [c1, c2] = collection.cards().map((c) => c.id) as [string, string];
		collection.answer(c1, 3, at(0, 1));
		expect(reload(collection).queue(at(0, 2)).cards.map((c) => c.id)).not.toContain(c2);
	});
});
