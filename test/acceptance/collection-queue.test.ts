// Acceptance checks of the review queue and scheduling (DESIGN.md §3 queue, §5): limits, steps, days, leeches.
import type { Rating } from "../../src/core";
import { at, card, DAY, graduate, HOUR, MINUTE, numbered, store, withYaml } from "./support";

const MONDAY = at("2025-03-10T09:00:00Z");

describe("queue (§3, §5 limits)", () => {
	it("shows 20 new cards a day by default, in the order they are written", () => {
		const collection = store();
		collection.indexNote("Vocab.md", numbered(25), MONDAY);
		const queue = collection.queue(MONDAY);
		expect(queue.counts).toEqual({ new: 20, learn: 0, due: 0 });
		expect(queue.cards.map((c) => c.front)).toEqual(Array.from({ length: 20 }, (_, i) => `Q${i + 1}`));
		expect(queue.cards.every((c) => c.state === "new")).toBe(true);
	});

	it("counts the new cards introduced today against the limit until the next day starts at 4:00", () => {
		const collection = store();
		collection.indexNote("Vocab.md", numbered(30), MONDAY);
		for (let i = 1; i <= 5; i++) collection.answer(card(collection, `Q${i}`).id, 3, MONDAY);
		expect(collection.queue(at("2025-03-10T09:30:00Z")).counts).toEqual({ new: 15, learn: 5, due: 0 });
		expect(collection.queue(at("2025-03-11T03:59:00Z")).counts.new).toBe(15);
		expect(collection.queue(at("2025-03-11T04:00:00Z")).counts).toEqual({ new: 20, learn: 5, due: 0 });
	});

	it("shows at most 200 reviews a day by default", () => {
		const collection = store();
		collection.indexNote("Big.md", numbered(210), MONDAY);
		for (const c of collection.cards()) collection.answer(c.id, 4, MONDAY);
		expect(collection.cards().every((c) => c.state === "review")).toBe(true);
		const queue = collection.queue(at("2026-06-01T09:00:00Z"));
		expect(queue.counts).toEqual({ new: 0, learn: 0, due: 200 });
		expect(queue.cards).toHaveLength(200);
	});

	it("takes a deck's subtree, not every deck whose name starts alike", () => {
		const collection = store();
		const deckNote = (deck: string, front: string): string => withYaml([`cards-deck: ${deck}`], `${front} #card`, "A");
		collection.indexNote("a.md", deckNote("Lang::ES", "es"), MONDAY);
		collection.indexNote("b.md", deckNote("Lang::ES::Verbs", "es-verbs"), MONDAY);
		collection.indexNote("c.md", deckNote("Lang::ESP", "esp"), MONDAY);
		collection.indexNote("d.md", deckNote("Language", "language"), MONDAY);
		const fronts = (deck?: string): string[] => collection.queue(MONDAY, deck).cards.map((c) => c.front).sort();
		expect(fronts("Lang::ES")).toEqual(["es", "es-verbs"]);
		expect(fronts("Lang")).toEqual(["es", "es-verbs", "esp"]);
		expect(fronts("Lang::ES::Verbs")).toEqual(["es-verbs"]);
		expect(fronts()).toEqual(["es", "es-verbs", "esp", "language"]);
		expect(collection.queue(MONDAY, "Lang::ES").counts.new).toBe(2);
	});

	it("applies the new-card limit to each deck's subtree, and to the whole collection", () => {
		const collection = store();
		const deckNote = (deck: string, prefix: string): string => withYaml([`cards-deck: ${deck}`], numbered(25, prefix));
		collection.indexNote("a.md", deckNote("Spanish", "es"), MONDAY);
		collection.indexNote("b.md", deckNote("German", "de"), MONDAY);
		for (const c of collection.queue(MONDAY, "Spanish").cards) collection.answer(c.id, 3, MONDAY);
		expect(collection.queue(MONDAY, "Spanish").counts.new).toBe(0);
		expect(collection.queue(MONDAY, "German").counts.new).toBe(20);
		expect(collection.queue(MONDAY).counts.new).toBe(0);
	});

	it("lets the review limit cap new cards too", () => {
		const collection = store({ reviewsPerDay: 5 });
		collection.indexNote("n.md", numbered(30), MONDAY);
		expect(collection.queue(MONDAY).counts.new).toBe(5);
	});

	it("shows a review card all through the local day it falls due", () => {
		const collection = store();
		collection.indexNote("n.md", numbered(1), MONDAY);
		const graduatedAt = graduate(collection, "Q1", MONDAY);
		const due = new Date(card(collection, "Q1").due);
		expect(due.getTime()).toBeGreaterThan(graduatedAt.getTime() + DAY);
		const dayStart = Date.UTC(due.getUTCFullYear(), due.getUTCMonth(), due.getUTCDate(), 4);
		expect(collection.queue(new Date(dayStart)).counts.due).toBe(1);
		expect(collection.queue(new Date(dayStart - MINUTE)).counts.due).toBe(0);
	});

	it("gives counts that describe exactly the cards returned", () => {
		const collection = store();
		collection.indexNote("n.md", numbered(30), MONDAY);
		for (let i = 1; i <= 10; i++) collection.answer(card(collection, `Q${i}`).id, i % 2 === 0 ? 4 : 1, MONDAY);
		for (const time of ["2025-03-10T09:05:00Z", "2025-03-12T09:00:00Z", "2025-03-20T09:00:00Z"]) {
			const queue = collection.queue(at(time));
			const states = queue.cards.map((c) => c.state);
			expect(queue.counts).toEqual({
				new: states.filter((s) => s === "new").length,
				learn: states.filter((s) => s === "learning" || s === "relearning").length,
				due: states.filter((s) => s === "review").length,
			});
			expect(new Set(queue.cards.map((c) => c.id)).size).toBe(queue.cards.length);
		}
	});

	it("brings back a card answered Again after its one-minute step", () => {
		const collection = store();
		collection.indexNote("n.md", numbered(1), MONDAY);
		collection.answer(card(collection, "Q1").id, 1, MONDAY);
		const later = collection.queue(new Date(MONDAY.getTime() + MINUTE));
		expect(later.counts).toEqual({ new: 0, learn: 1, due: 0 });
		expect(later.cards.map((c) => c.front)).toEqual(["Q1"]);
	});
});

describe("scheduling (§5)", () => {
	it("schedules in local days: the same answers at the same local times give the same local due times in any zone", () => {
		const localDues = (offset: number): number[] => {
			const collection = store({ utcOffset: () => offset });
			const utc = (localMs: number): Date => new Date(localMs - offset * MINUTE);
			let local = Date.UTC(2025, 2, 10, 23, 30);
			collection.indexNote("n.md", numbered(1), utc(local));
			const dues: number[] = [];
			for (const rating of [3, 3, 3, 3, 2, 1, 3, 3] as Rating[]) {
				collection.answer(card(collection, "Q1").id, rating, utc(local));
				dues.push(card(collection, "Q1").due + offset * MINUTE);
				local = Math.max(local + 10 * MINUTE, dues[dues.length - 1] as number) + 2 * HOUR;
			}
			return dues;
		};
		const berlin = localDues(60);
		expect(localDues(540)).toEqual(berlin);
		expect(localDues(-300)).toEqual(berlin);
	});

	it("fuzzes review intervals, so cards answered alike spread over several days", () => {
		const collection = store();
		collection.indexNote("n.md", numbered(20), MONDAY);
		for (const c of collection.cards()) collection.answer(c.id, 4, MONDAY);
		const later = new Date(MONDAY.getTime() + 20 * DAY);
		for (const c of collection.cards()) collection.answer(c.id, 3, later);
		expect(new Set(collection.cards().map((c) => Math.round((c.due - later.getTime()) / DAY))).size).toBeGreaterThan(2);
	});
});

describe("leeches (§5)", () => {
	it("marks a card a leech at its 8th lapse", () => {
		const collection = store();
		collection.indexNote("n.md", numbered(1), MONDAY);
		let now = graduate(collection, "Q1", MONDAY);
		for (let lapse = 1; lapse <= 8; lapse++) {
			expect(card(collection, "Q1").leech).toBe(false);
			now = new Date(card(collection, "Q1").due);
			collection.answer(card(collection, "Q1").id, 1, now);
			expect(card(collection, "Q1").lapses).toBe(lapse);
			now = graduate(collection, "Q1", now);
		}
		expect(card(collection, "Q1").leech).toBe(true);
	});
});
