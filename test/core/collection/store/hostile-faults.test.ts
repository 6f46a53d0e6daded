import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Collection, CollectionDataError } from "../../../../src/core";
import { answerFront, at, card, cardByFront, indexCards, newCollection, reviewTimes, utc } from "../builders";

const FIXTURES = join(__dirname, "../../../fixtures/store");
const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(join(FIXTURES, name), "utf8")) as Record<string, unknown>;
const q1 = card("What is a VPC?", "A private network inside AWS.");

/** Saves and loads again through the files (with the local cache), as a restart does. */
function restart(c: Collection, device = "dev-a"): Collection {
	return Collection.fromFiles(c.toFiles(), { deviceId: device, utcOffset: utc, files: c.toLocalFiles() });
}

describe("faults a hostile but possible input must not cause", () => {
	it("answers a cloze numbered 10000 or more, and loads the store again", () => {
		const c = newCollection();
		c.indexNote("Typo.md", "The {{c10000::NAT gateway}} and {{c99999999999999999999::this}} #card\n", at());
		const ids = c.cards().map((x) => x.id);
		expect(ids).toHaveLength(1);
		c.answer(ids[0] as string, 3, at(0, 1));
		expect(restart(c).card(ids[0] as string)?.reps).toBe(1);
		expect(Collection.fromJSON(JSON.parse(JSON.stringify(c.toJSON())), { deviceId: "dev-a", utcOffset: utc }).card(ids[0] as string)?.reps).toBe(1);
	});

	it("keeps an answer given on a clock behind an orphan purge, on reload and on merge", () => {
		const c = newCollection();
		indexCards(c, "Net.md", [q1], at(0));
		answerFront(c, q1.front, 3, at(0, 1));
		c.deleteNote("Net.md", at(0, 2));
		c.purgeOrphans(c.orphans().map((o) => o.id), at(0, 30));
		indexCards(c, "Net.md", [q1], at(0, 31));
		// The next answer comes from a clock twenty minutes behind the purge.
		const id = answerFront(c, q1.front, 4, at(0, 10));
		expect(reviewTimes(restart(c), id)).toHaveLength(1);
		const other = newCollection({}, "dev-b");
		other.merge(c.toFiles());
		indexCards(other, "Net.md", [q1], at(0, 40));
		expect(reviewTimes(other, id)).toHaveLength(1);
	});

	it("purges every answer known when the clock is behind the card's last answer, and saves what it loads", () => {
		const c = newCollection();
		indexCards(c, "Net.md", [q1], at(0));
		answerFront(c, q1.front, 3, at(0, 1));
		answerFront(c, q1.front, 3, at(1, 0));
		c.deleteNote("Net.md", at(1, 5));
		c.purgeOrphans(c.orphans().map((o) => o.id), at(0, 30));
		expect(c.history()).toEqual([]);
		const files = c.toFiles();
		const again = Collection.fromFiles(files, { deviceId: "dev-a", utcOffset: utc });
		expect(again.history()).toEqual([]);
		expect(again.toFiles()).toEqual(files);
	});

	it.each([
		["a basic card", q1],
		["a reversed card", card("What is a subnet?", "A range of addresses in a VPC.", { marker: "#card-reverse" })],
	])("shows one state for %s reset as a fresh copy that then takes an orphan's id: in session, reloaded and replayed", (_, spec) => {
		const c = newCollection();
		indexCards(c, "Old.md", [spec], at(0));
		for (const x of c.cards()) c.answer(x.id, 3, at(0, 1));
		for (const x of c.cards()) c.answer(x.id, 3, at(1, 1));
		// A pasted copy, indexed first and reset while it looks new; then the original leaves its note.
		indexCards(c, "New.md", [spec], at(1, 2));
		for (const x of c.cards().filter((y) => y.path === "New.md")) c.resetCard(x.id, at(1, 3));
		c.deleteNote("Old.md", at(1, 4));
		const shown = (x: Collection): unknown[] => x.cards().map(({ id, state, due, reps, lapses }) => ({ id, state, due, reps, lapses }));
		const session = shown(c);
		expect(c.orphans()).toEqual([]);
		// The reset, given after the orphan's answers, cuts them: the card is new again.
		expect(session).toEqual(c.cards().map(({ id, due }) => ({ id, state: "new", due, reps: 0, lapses: 0 })));
		expect(shown(restart(c))).toEqual(session);
		expect(shown(Collection.fromJSON(JSON.parse(JSON.stringify(c.toJSON())), { deviceId: "dev-a", utcOffset: utc }))).toEqual(session);
		// A device without the local cache replays the log and reads the note again (a new card is due
		// from when a device first sees it: here, when the first device did).
		const replayed = Collection.fromFiles(c.toFiles(), { deviceId: "dev-b", utcOffset: utc });
		indexCards(replayed, "New.md", [spec], at(1, 2));
		expect(shown(replayed)).toEqual(session);
	});

	it("gives a pasted copy with answers of its own the same history on a device without the local cache", () => {
		const c = newCollection();
		indexCards(c, "Old.md", [q1], at(0));
		answerFront(c, q1.front, 3, at(0, 1));
		// Pasted into another note and answered there; then the original leaves its note (an orphan).
		indexCards(c, "New.md", [q1], at(1, 2));
		const copy = c.cards().find((x) => x.path === "New.md")?.id as string;
		c.answer(copy, 1, at(1, 3));
		c.deleteNote("Old.md", at(1, 4));
		const shown = (x: Collection): unknown[] => x.cards().map(({ id, path, state, due, reps, lapses }) => ({ id, path, state, due, reps, lapses }));
		const orphans = (x: Collection): string[] => x.orphans().map((o) => o.id);
		expect(orphans(c)).toHaveLength(1);
		// Another device reads the synced files and the note: the copy keeps its own answers, and the
		// original's stay with the orphan (its text is the same, but the copy's id already has history).
		const other = Collection.fromFiles(c.toFiles(), { deviceId: "dev-b", utcOffset: utc });
		indexCards(other, "New.md", [q1], at(1, 2));
		expect(shown(other)).toEqual(shown(c));
		expect(orphans(other)).toEqual(orphans(c));
		expect(reviewTimes(other, copy)).toEqual(reviewTimes(c, copy));
	});

	it.each([
		["NaN", Number.NaN],
		["Infinity", Number.POSITIVE_INFINITY],
		["a negative duration", -5],
	])("refuses an answer duration of %s with a message naming it", (_, duration) => {
		const c = newCollection();
		indexCards(c, "Net.md", [q1]);
		expect(() => c.answer(cardByFront(c, q1.front).id, 3, at(0, 1), duration)).toThrow(/Invalid answer duration/);
		expect(c.history()).toEqual([]);
	});

	it("keeps a very long duration as a day, which the next load reads", () => {
		const c = newCollection();
		indexCards(c, "Net.md", [q1]);
		const id = answerFront(c, q1.front, 3, at(0, 1));
		c.undo();
		c.answer(id, 3, at(0, 2), 1e300);
		expect(restart(c).history(id)[0]?.duration).toBe(86_400_000);
	});

	it.each([
		["NaN", Number.NaN],
		["19.5 minutes", 19.5],
		["a day", 1440],
	])("refuses a UTC offset of %s before it reaches the store", (_, offset) => {
		const c = new Collection({ deviceId: "dev-a", utcOffset: () => offset });
		c.indexNote("Net.md", "## What is a VPC? #card\nA private network.\n", at());
		expect(() => c.answer(c.cards()[0]?.id as string, 3, at(0, 1))).toThrow(/Invalid UTC offset/);
		expect(() => restart(c)).not.toThrow();
	});

	it.each([
		["the end of the Date range", 8.64e15],
		["MAX_SAFE_INTEGER", Number.MAX_SAFE_INTEGER],
		["an invalid date", Number.NaN],
	])("refuses a time at %s before it reaches the store", (_, time) => {
		const c = newCollection();
		indexCards(c, "Net.md", [q1]);
		expect(() => c.answer(cardByFront(c, q1.front).id, 3, new Date(time))).toThrow(/Invalid time/);
		expect(() => restart(c)).not.toThrow();
	});

	it("refuses, in terms of the old layout, a v1 store with an empty card id or a negative stability", () => {
		const v1 = fixture("v1-store.json");
		const reviews = v1.reviews as Record<string, unknown>[];
		expect(() => Collection.fromJSON({ ...v1, reviews: [{ ...reviews[0], card: "" }] })).toThrow(CollectionDataError);
		const schedule = v1.schedule as Record<string, Record<string, unknown>>;
		const [id, state] = Object.entries(schedule)[0] as [string, Record<string, unknown>];
		expect(() => Collection.fromJSON({ ...v1, schedule: { ...schedule, [id]: { ...state, stability: -1 } } })).toThrow(/stability/);
	});

	it("refuses a v2 log whose times add up past exact integers", () => {
		const v2 = fixture("v2-store.json");
		const log = v2.log as Record<string, unknown[][]>;
		const [id, answers] = Object.entries(log)[0] as [string, unknown[][]];
		const huge = [...answers, [2 ** 52, 3], [2 ** 52, 3]];
		expect(() => Collection.fromJSON({ ...v2, log: { ...log, [id]: huge } })).toThrow(CollectionDataError);
	});

	it("refuses options with a __proto__ key as bad data, not a TypeError", () => {
		const json = { ...(newCollection().toJSON() as unknown as Record<string, unknown>) };
		const options = JSON.parse('{"__proto__": {"newPerDay": 1}}') as unknown;
		expect(() => Collection.fromJSON({ ...json, options })).toThrow(CollectionDataError);
		const files = newCollection().toFiles();
		const data = JSON.parse(files["data.json"] as string) as Record<string, unknown>;
		const bad = `${JSON.stringify({ ...data, options: {} }).slice(0, -1)},"options":{"__proto__":{"newPerDay":1}}}`;
		const c = Collection.fromFiles({ ...files, "data.json": bad }, { deviceId: "dev-a", utcOffset: utc });
		expect(c.readOnlyParts()).toEqual(["data.json"]);
	});

	it("loads a card with 130,000 answers and no cached state without overflowing the stack", () => {
		const json = newCollection().toJSON() as unknown as Record<string, unknown>;
		const answers = ["1772445600000,3", ...Array.from({ length: 130_000 }, () => "600000,3")].join(" ");
		const c = Collection.fromJSON({ ...json, devices: ["dev-a"], log: `abcdefghij ${answers}`, cache: "" }, { deviceId: "dev-a", utcOffset: utc });
		expect(c.history("abcdefghij")).toHaveLength(130_001);
	});
});
