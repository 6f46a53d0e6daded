// Acceptance checks of reviewing (DESIGN.md §3): preview/answer, bad inputs, bury, suspend, siblings, undo.
import fc from "fast-check";
import { Collection, type CardInfo, type Rating } from "../../src/core";
import { at, card, copyOf, DAY, graduate, HOUR, lines, MINUTE, numbered, store, viaJson } from "./support";

const MONDAY = at("2025-03-10T09:00:00Z");
const RATINGS: Rating[] = [1, 2, 3, 4];

describe("preview and answer (§3, §5 steps)", () => {
	it("follows the learning steps 1m 10m for a new card", () => {
		const collection = store();
		collection.indexNote("n.md", numbered(1), MONDAY);
		const due = collection.preview(card(collection, "Q1").id, MONDAY);
		const now = MONDAY.getTime();
		expect(due[1]).toBe(now + MINUTE);
		expect(due[2]).toBeGreaterThan(now + MINUTE);
		expect(due[2]).toBeLessThan(now + 10 * MINUTE);
		expect(due[3]).toBe(now + 10 * MINUTE);
		expect(due[4]).toBeGreaterThanOrEqual(now + DAY);
	});

	it("graduates after the last step and relearns a lapse for 10 minutes", () => {
		const collection = store();
		collection.indexNote("n.md", numbered(1), MONDAY);
		collection.answer(card(collection, "Q1").id, 3, MONDAY);
		expect(card(collection, "Q1")).toMatchObject({ state: "learning", reps: 1, due: MONDAY.getTime() + 10 * MINUTE });
		const graduatedAt = graduate(collection, "Q1", MONDAY);
		expect(card(collection, "Q1").due).toBeGreaterThanOrEqual(graduatedAt.getTime() + DAY);
		const lapseAt = new Date(card(collection, "Q1").due);
		collection.answer(card(collection, "Q1").id, 1, lapseAt);
		expect(card(collection, "Q1")).toMatchObject({ state: "relearning", lapses: 1, due: lapseAt.getTime() + 10 * MINUTE });
	});

	it("commits exactly the due time the preview showed, for every rating and state", () => {
		const collection = store();
		collection.indexNote("n.md", numbered(1), MONDAY);
		const checkEveryRating = (now: Date): void => {
			const shown = collection.preview(card(collection, "Q1").id, now);
			for (const rating of RATINGS) {
				const copy = copyOf(collection);
				copy.answer(card(copy, "Q1").id, rating, now);
				expect(card(copy, "Q1").due).toBe(shown[rating]);
			}
		};
		checkEveryRating(MONDAY);
		collection.answer(card(collection, "Q1").id, 3, MONDAY);
		checkEveryRating(new Date(card(collection, "Q1").due));
		graduate(collection, "Q1", MONDAY);
		checkEveryRating(new Date(card(collection, "Q1").due + 3 * HOUR));
		checkEveryRating(new Date(card(collection, "Q1").due + 5 * DAY));
		collection.answer(card(collection, "Q1").id, 1, new Date(card(collection, "Q1").due));
		checkEveryRating(new Date(card(collection, "Q1").due));
	});

	it("commits the preview of a device whose clock is behind an answer synced from another device", () => {
		const laptop = store({ deviceId: "laptop" });
		laptop.indexNote("n.md", numbered(1), MONDAY);
		laptop.answer(card(laptop, "Q1").id, 3, MONDAY);
		const phone = Collection.fromJSON(viaJson(laptop.toJSON()), { deviceId: "phone", utcOffset: () => 0 });
		phone.answer(card(phone, "Q1").id, 3, at("2025-03-10T09:10:00Z"));
		laptop.merge(viaJson(phone.toJSON()));
		const skewed = at("2025-03-10T09:05:00Z");
		const shown = laptop.preview(card(laptop, "Q1").id, skewed);
		for (const rating of RATINGS) {
			const copy = copyOf(laptop);
			copy.answer(card(copy, "Q1").id, rating, skewed);
			expect(card(copy, "Q1").due).toBe(shown[rating]);
		}
	});

	it("commits exactly the preview for any answer times, in or out of order", () => {
		const step = fc.record({ rating: fc.constantFrom<Rating>(1, 2, 3, 4), minutes: fc.integer({ min: -3 * 24 * 60, max: 40 * 24 * 60 }) });
		fc.assert(
			fc.property(fc.array(step, { minLength: 1, maxLength: 6 }), (steps) => {
				const collection = store();
				collection.indexNote("n.md", numbered(1), MONDAY);
				let now = MONDAY.getTime();
				for (const { rating, minutes } of steps) {
					now += minutes * MINUTE;
					const id = card(collection, "Q1").id;
					const shown = collection.preview(id, new Date(now));
					collection.answer(id, rating, new Date(now));
					expect(card(collection, "Q1").due).toBe(shown[rating]);
				}
			}),
			{ numRuns: 60, seed: 20250310 },
		);
	});

	it("orders the buttons from Again to Easy and changes nothing by previewing", () => {
		const collection = store();
		collection.indexNote("n.md", numbered(1), MONDAY);
		const now = new Date(card(collection, "Q1").due + 9 * DAY);
		graduate(collection, "Q1", MONDAY);
		const before = collection.toJSON();
		const shown = collection.preview(card(collection, "Q1").id, now);
		expect(shown[1]).toBeLessThanOrEqual(shown[2]);
		expect(shown[2]).toBeLessThanOrEqual(shown[3]);
		expect(shown[3]).toBeLessThanOrEqual(shown[4]);
		expect(collection.toJSON()).toEqual(before);
	});

	it("schedules the same on two devices that see the same answers", () => {
		const [one, two] = [store(), store({ deviceId: "phone" })];
		for (const collection of [one, two]) {
			collection.indexNote("n.md", numbered(3), MONDAY);
			graduate(collection, "Q2", MONDAY);
			collection.answer(card(collection, "Q2").id, 2, new Date(card(collection, "Q2").due + DAY));
		}
		expect(card(two, "Q2").due).toBe(card(one, "Q2").due);
	});

	it("throws an Error naming an unknown card id", () => {
		const collection = store();
		collection.indexNote("n.md", numbered(1), MONDAY);
		expect(() => collection.answer("no-such-card-42", 3, MONDAY)).toThrow(/no-such-card-42/);
		expect(card(collection, "Q1").reps).toBe(0);
	});
});

describe("inputs that are bugs in the caller", () => {
	const invalid = new Date(Number.NaN);
	it.each([
		{ name: "a rating of 5", act: (c: Collection, id: string) => c.answer(id, 5 as Rating, MONDAY) },
		{ name: "a rating of 0", act: (c: Collection, id: string) => c.answer(id, 0 as Rating, MONDAY) },
		{ name: "a rating of 2.5", act: (c: Collection, id: string) => c.answer(id, 2.5 as Rating, MONDAY) },
		{ name: "an invalid date to answer", act: (c: Collection, id: string) => c.answer(id, 3, invalid) },
		{ name: "an invalid date to bury", act: (c: Collection, id: string) => c.bury(id, invalid) },
		{ name: "an invalid date to suspend", act: (c: Collection, id: string) => c.suspend(id, true, invalid) },
		{ name: "an invalid date to index", act: (c: Collection) => c.indexNote("m.md", lines("Q #card", "A"), invalid) },
		{ name: "an invalid date to delete", act: (c: Collection) => c.deleteNote("n.md", invalid) },
		{ name: "an invalid date to purge", act: (c: Collection, id: string) => c.purgeOrphans([id], invalid) },
	])("throws on $name and keeps the store as it was, loadable", ({ act }) => {
		const collection = store();
		collection.indexNote("n.md", numbered(2), MONDAY);
		const id = card(collection, "Q1").id;
		collection.answer(id, 3, MONDAY);
		const before = collection.toJSON();
		expect(() => act(collection, id)).toThrow(Error);
		expect(collection.toJSON()).toEqual(before);
		expect(() => Collection.fromJSON(viaJson(collection.toJSON()))).not.toThrow();
	});
});

describe("bury (§3: hidden until the next day starts)", () => {
	function buriedAt(options: Parameters<typeof store>[0], buryTime: string): Collection {
		const collection = store(options);
		collection.indexNote("n.md", numbered(2), at(buryTime));
		collection.bury(card(collection, "Q1").id, at(buryTime));
		return collection;
	}
	const visible = (collection: Collection, time: string): boolean =>
		collection.queue(at(time)).cards.some((c) => c.front === "Q1");

	it("hides a card for the rest of the day and shows it at 4:00 the next day", () => {
		const collection = buriedAt({}, "2025-03-10T10:00:00Z");
		expect(card(collection, "Q1").buried).toBe(true);
		expect(card(collection, "Q2").buried).toBe(false);
		expect(visible(collection, "2025-03-10T23:59:00Z")).toBe(false);
		expect(visible(collection, "2025-03-11T03:59:00Z")).toBe(false);
		expect(visible(collection, "2025-03-11T04:00:00Z")).toBe(true);
		expect(card(collection, "Q1").buried).toBe(false);
	});

	it("counts a burial before 4:00 in the day that started the evening before", () => {
		const collection = buriedAt({}, "2025-03-11T02:00:00Z");
		expect(visible(collection, "2025-03-11T03:59:00Z")).toBe(false);
		expect(visible(collection, "2025-03-11T04:00:00Z")).toBe(true);
	});

	it("uses the local time of the injected zone", () => {
		const tokyo = buriedAt({ utcOffset: () => 540 }, "2025-03-10T10:00:00Z");
		expect(visible(tokyo, "2025-03-10T18:59:00Z")).toBe(false);
		expect(visible(tokyo, "2025-03-10T19:00:00Z")).toBe(true);
	});

	it("stays at 4:00 local across a daylight saving change", () => {
		const berlin = (ms: number): number => (ms >= Date.UTC(2025, 2, 30, 1) ? 120 : 60);
		const collection = buriedAt({ utcOffset: berlin }, "2025-03-29T11:00:00Z");
		expect(visible(collection, "2025-03-30T01:59:00Z")).toBe(false);
		expect(visible(collection, "2025-03-30T02:00:00Z")).toBe(true);
	});

	it("follows the day start setting", () => {
		const collection = buriedAt({ dayStartHour: 0 }, "2025-03-10T10:00:00Z");
		expect(visible(collection, "2025-03-10T23:59:00Z")).toBe(false);
		expect(visible(collection, "2025-03-11T00:00:00Z")).toBe(true);
	});

	it("uses the runtime's time zone when none is injected", () => {
		const collection = new Collection();
		const noon = new Date(2025, 2, 10, 12, 0);
		collection.indexNote("n.md", numbered(1), noon);
		collection.bury(card(collection, "Q1").id, noon);
		expect(collection.queue(new Date(2025, 2, 11, 3, 59)).cards).toEqual([]);
		expect(collection.queue(new Date(2025, 2, 11, 4, 0)).cards.map((c) => c.front)).toEqual(["Q1"]);
	});
});

describe("suspend", () => {
	it("takes a card out of every queue until it is unsuspended", () => {
		const collection = store();
		collection.indexNote("n.md", numbered(2), MONDAY);
		collection.suspend(card(collection, "Q1").id, true, MONDAY);
		expect(card(collection, "Q1").suspended).toBe(true);
		expect(collection.queue(MONDAY).cards.map((c) => c.front)).toEqual(["Q2"]);
		expect(collection.queue(at("2025-04-10T09:00:00Z")).counts.new).toBe(1);
		collection.suspend(card(collection, "Q1").id, false, at("2025-03-10T10:00:00Z"));
		expect(card(collection, "Q1").suspended).toBe(false);
		expect(collection.queue(at("2025-03-10T10:00:00Z")).counts.new).toBe(2);
	});
});

describe("siblings (§5)", () => {
	const note = lines("NAT gateway #card-reverse", "Outbound internet for private subnets.", "", "The ==VPC== spans ==one region==. #card", "", "Other #card", "A");

	it("buries the other side of a reversed card until the next day once one side is answered", () => {
		const collection = store();
		collection.indexNote("n.md", note, MONDAY);
		collection.answer(card(collection, "NAT gateway").id, 3, MONDAY);
		const otherSide = card(collection, "Outbound internet for private subnets.");
		expect(otherSide.buried).toBe(true);
		const fronts = (time: string): string[] => collection.queue(at(time)).cards.map((c) => c.front);
		expect(fronts("2025-03-10T12:00:00Z")).not.toContain(otherSide.front);
		expect(fronts("2025-03-10T12:00:00Z")).toContain("Other");
		expect(fronts("2025-03-11T04:00:00Z")).toContain(otherSide.front);
	});

	it("buries the other clozes of a sentence, and nothing else", () => {
		const collection = store();
		collection.indexNote("n.md", note, MONDAY);
		const [c1, c2] = collection.cards().filter((c) => c.kind === "cloze") as [CardInfo, CardInfo];
		collection.answer(c1.id, 3, MONDAY);
		const after = collection.cards();
		expect(after.find((c) => c.id === c2.id)?.buried).toBe(true);
		expect(after.filter((c) => c.buried).map((c) => c.id)).toEqual([c2.id]);
	});
});

describe("undo", () => {
	it("has nothing to undo after indexing only: indexing is never undone", () => {
		const collection = store();
		collection.indexNote("n.md", numbered(3), MONDAY);
		expect(collection.undo()).toBe(false);
		expect(collection.cards()).toHaveLength(3);
	});

	it("takes back an answer completely, sibling burial included", () => {
		const collection = store();
		collection.indexNote("n.md", lines("Q1 #card-reverse", "A1", "", "Q2 #card", "A2"), MONDAY);
		const before = collection.cards();
		const queueBefore = collection.queue(MONDAY);
		collection.answer(card(collection, "Q1").id, 1, MONDAY);
		expect(collection.undo()).toBe(true);
		expect(collection.cards()).toEqual(before);
		expect(collection.queue(MONDAY)).toEqual(queueBefore);
		expect(collection.undo()).toBe(false);
	});

	it("reverses answers, burials and suspensions newest first", () => {
		const collection = store();
		collection.indexNote("n.md", numbered(3), MONDAY);
		collection.answer(card(collection, "Q1").id, 3, MONDAY);
		collection.bury(card(collection, "Q2").id, at("2025-03-10T09:01:00Z"));
		collection.suspend(card(collection, "Q3").id, true, at("2025-03-10T09:02:00Z"));
		const snapshot = (): [number, boolean, boolean] => [card(collection, "Q1").reps, card(collection, "Q2").buried, card(collection, "Q3").suspended];
		expect(snapshot()).toEqual([1, true, true]);
		expect(collection.undo()).toBe(true);
		expect(snapshot()).toEqual([1, true, false]);
		expect(collection.undo()).toBe(true);
		expect(snapshot()).toEqual([1, false, false]);
		expect(collection.undo()).toBe(true);
		expect(snapshot()).toEqual([0, false, false]);
		expect(card(collection, "Q1").state).toBe("new");
		expect(collection.undo()).toBe(false);
	});

	it("undoes an answer across a re-index without undoing the edit", () => {
		const collection = store();
		collection.indexNote("n.md", numbered(2), MONDAY);
		collection.answer(card(collection, "Q1").id, 3, MONDAY);
		collection.indexNote("n.md", lines("Q1 #card", "Answer 1, edited", "", "Q2 #card", "Answer 2"), at("2025-03-10T09:01:00Z"));
		expect(collection.undo()).toBe(true);
		expect(card(collection, "Q1")).toMatchObject({ reps: 0, state: "new", back: "Answer 1, edited" });
	});

	it("lets the same card be answered again after an undo, as the preview says", () => {
		const collection = store();
		collection.indexNote("n.md", numbered(1), MONDAY);
		collection.answer(card(collection, "Q1").id, 1, MONDAY);
		collection.undo();
		const shown = collection.preview(card(collection, "Q1").id, MONDAY);
		collection.answer(card(collection, "Q1").id, 3, MONDAY);
		expect(card(collection, "Q1")).toMatchObject({ reps: 1, due: shown[3] });
	});
});
