// Acceptance checks of studying beyond today's queue (DESIGN.md §3b): study specs, practice answers,
// forget, set due date, bulk actions undone as one step, and what of it survives saving and syncing.
import type { Collection } from "../../src/core";
import { at, card, copyOf, DAY, device, graduate, numbered, store, viaJson } from "./support";

const MONDAY = at("2025-03-10T09:00:00Z");
const later = (days: number): Date => new Date(MONDAY.getTime() + days * DAY);
const fronts = (cards: readonly { front: string }[]): string[] => cards.map((c) => c.front);

function fiveCards(): Collection {
	const collection = store();
	collection.indexNote("Deck.md", numbered(5), MONDAY);
	return collection;
}

describe("queue with a study spec", () => {
	it("studies the cards of a search, without daily limits", () => {
		const collection = store({ newPerDay: 2 });
		collection.indexNote("Deck.md", numbered(5), MONDAY);
		expect(collection.queue(MONDAY).counts.new).toBe(2);
		const study = collection.queue(MONDAY, { search: "", reschedule: true });
		expect(study.counts).toEqual({ new: 5, learn: 0, due: 0 });
		expect(fronts(collection.queue(MONDAY, { search: "Q1 OR Q3", reschedule: true }).cards)).toEqual(["Q1", "Q3"]);
	});

	it("cuts at the limit and leaves suspended and buried cards out", () => {
		const collection = fiveCards();
		collection.suspend(card(collection, "Q1").id, true, MONDAY);
		collection.bury(card(collection, "Q2").id, MONDAY);
		expect(fronts(collection.queue(MONDAY, { search: "", limit: 2, reschedule: false }).cards)).toEqual(["Q3", "Q4"]);
	});

	it("orders by due, by when added, by retrievability, or at random with a seed", () => {
		const collection = fiveCards();
		collection.indexNote("Older.md", numbered(1, "Old"), new Date(MONDAY.getTime() - DAY));
		for (const front of ["Q2", "Q4"]) graduate(collection, front, MONDAY);
		const now = later(30);
		const order = (o: "due" | "added" | "retrievability" | "random"): string[] => fronts(collection.queue(now, { search: "", order: o, reschedule: false }).cards);
		expect(order("due")[0]).toBe("Old1");
		expect(order("added")).toEqual(["Old1", "Q1", "Q2", "Q3", "Q4", "Q5"]);
		expect(order("retrievability").slice(0, 2).sort()).toEqual(["Q2", "Q4"]);
		expect(order("retrievability").slice(2)).toEqual(["Q1", "Q3", "Q5", "Old1"]);
		const random = order("random");
		expect([...random].sort()).toEqual(["Old1", "Q1", "Q2", "Q3", "Q4", "Q5"]);
		expect(order("random")).toEqual(random);
		expect(fronts(collection.queue(now, { search: "q*", order: "random", reschedule: false }).cards)).not.toEqual(random.filter((f) => f !== "Old1"));
	});

	it("throws on a malformed search", () => {
		expect(() => fiveCards().queue(MONDAY, { search: "(", reschedule: true })).toThrow(/position/);
	});
});

describe("practice answers", () => {
	it("are kept in the card's history but never change its schedule, today's counts or statistics", () => {
		const collection = fiveCards();
		const q1 = card(collection, "Q1");
		const countsBefore = collection.queue(MONDAY).counts;
		collection.answer(q1.id, 4, MONDAY, 5000, { reschedule: false });
		expect(card(collection, "Q1")).toEqual(q1);
		expect(collection.queue(MONDAY).counts).toEqual(countsBefore);
		expect(collection.history(q1.id)).toEqual([]);
		expect(collection.history()).toEqual([]);
		expect(collection.practiceHistory(q1.id)).toEqual([{ card: q1.id, time: MONDAY.getTime(), rating: 4, device: "laptop", offset: 0, duration: 5000 }]);
		expect(collection.search("rated:1", MONDAY)).toEqual([]);
	});

	it("are undone like answers", () => {
		const collection = fiveCards();
		const id = card(collection, "Q1").id;
		collection.answer(id, 3, MONDAY);
		collection.answer(id, 1, MONDAY, undefined, { reschedule: false });
		expect(collection.undo()).toBe(true);
		expect(collection.practiceHistory(id)).toEqual([]);
		expect(collection.history(id)).toHaveLength(1);
	});

	it("survive saving and sync, undone ones included", () => {
		const laptop = fiveCards();
		const id = card(laptop, "Q1").id;
		laptop.answer(id, 3, MONDAY, undefined, { reschedule: false });
		laptop.answer(id, 2, later(0.01), undefined, { reschedule: false });
		const phone = device(viaJson(laptop.toJSON()), "phone");
		laptop.undo();
		expect(copyOf(laptop).practiceHistory(id).map((e) => e.rating)).toEqual([3]);
		expect(copyOf(laptop).toJSON()).toEqual(laptop.toJSON());
		phone.answer(id, 4, later(0.02), undefined, { reschedule: false });
		phone.merge(viaJson(laptop.toJSON()));
		expect(phone.practiceHistory(id).map((e) => [e.rating, e.device])).toEqual([
			[3, "laptop"],
			[4, "phone"],
		]);
	});
});

describe("forget, set due date and bulk actions", () => {
	it("forget makes cards new again, keeps their history, and one undo brings them back", () => {
		const collection = fiveCards();
		graduate(collection, "Q1", MONDAY);
		graduate(collection, "Q2", MONDAY);
		const before = [card(collection, "Q1"), card(collection, "Q2")];
		collection.forget([before[0]!.id, before[1]!.id, card(collection, "Q3").id], later(1));
		expect(card(collection, "Q1").state).toBe("new");
		expect(card(collection, "Q2").reps).toBe(0);
		expect(collection.history(before[0]!.id).length).toBeGreaterThan(0);
		expect(copyOf(collection).card(before[0]!.id)?.state).toBe("new");
		expect(collection.undo()).toBe(true);
		expect([card(collection, "Q1"), card(collection, "Q2")]).toEqual(before);
	});

	it("set due date moves studied cards to a local day (0 = today) until their next answer", () => {
		const collection = fiveCards();
		const answered = graduate(collection, "Q1", MONDAY);
		const id = card(collection, "Q1").id;
		const scheduled = card(collection, "Q1").due;
		collection.setDue([id, card(collection, "Q2").id], 0, later(1));
		expect(card(collection, "Q1").due).toBe(at("2025-03-11T04:00:00Z").getTime());
		expect(card(collection, "Q2").state).toBe("new");
		expect(collection.queue(later(1)).counts.due).toBe(1);
		expect(copyOf(collection).card(id)?.due).toBe(at("2025-03-11T04:00:00Z").getTime());
		collection.setDue([id], 10, later(1));
		expect(card(collection, "Q1").due).toBe(at("2025-03-21T04:00:00Z").getTime());
		expect(collection.undo()).toBe(true);
		expect(card(collection, "Q1").due).toBe(at("2025-03-11T04:00:00Z").getTime());
		expect(collection.undo()).toBe(true);
		expect(card(collection, "Q1").due).toBe(scheduled);
		collection.setDue([id], 3, later(1));
		collection.answer(id, 3, later(2));
		expect(card(collection, "Q1").lastReview).toBe(later(2).getTime());
		expect(card(collection, "Q1").due).toBeGreaterThan(later(2).getTime());
		expect(answered.getTime()).toBeLessThan(later(1).getTime());
		expect(() => collection.setDue([id], -1, later(2))).toThrow(/whole number/);
	});

	it("set due date syncs, last write winning", () => {
		const laptop = fiveCards();
		graduate(laptop, "Q1", MONDAY);
		const id = card(laptop, "Q1").id;
		const phone = device(viaJson(laptop.toJSON()), "phone");
		laptop.setDue([id], 5, later(1));
		phone.setDue([id], 2, later(1.5));
		laptop.merge(viaJson(phone.toJSON()));
		phone.merge(viaJson(laptop.toJSON()));
		expect(laptop.card(id)?.due).toBe(at("2025-03-13T04:00:00Z").getTime());
		expect(phone.card(id)?.due).toBe(laptop.card(id)?.due);
	});

	it("suspends, unsuspends, buries and unburies many cards, each undone as one step", () => {
		const collection = fiveCards();
		const ids = collection.cards().map((c) => c.id);
		collection.suspendCards(ids.slice(0, 3), true, MONDAY);
		expect(collection.search("is:suspended", MONDAY)).toHaveLength(3);
		collection.buryCards(ids.slice(3), true, MONDAY);
		expect(collection.queue(MONDAY).counts.new).toBe(0);
		collection.buryCards(ids.slice(3), false, MONDAY);
		expect(collection.search("is:buried", MONDAY)).toHaveLength(0);
		collection.suspendCards(ids.slice(0, 1), false, MONDAY);
		expect(collection.search("is:suspended", MONDAY)).toHaveLength(2);
		expect(collection.undoDepth()).toBe(4);
		collection.undo();
		expect(collection.search("is:suspended", MONDAY)).toHaveLength(3);
		collection.undo();
		expect(collection.search("is:buried", MONDAY)).toHaveLength(2);
		collection.undo();
		collection.undo();
		expect(collection.search("is:suspended OR is:buried", MONDAY)).toHaveLength(0);
		expect(collection.undo()).toBe(false);
	});

	it("checks every id before acting, so an unknown id changes nothing", () => {
		const collection = fiveCards();
		expect(() => collection.suspendCards([card(collection, "Q1").id, "nope"], true, MONDAY)).toThrow(/nope/);
		expect(collection.search("is:suspended", MONDAY)).toEqual([]);
		expect(collection.undoDepth()).toBe(0);
	});
});
