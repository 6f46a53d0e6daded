import { Collection, CollectionDataError } from "../../../../../src/core";
import { answerFront, at, card, cardByFront, indexCards, newCollection, reload, reviewTimes, utc } from "../../builders";

const q1 = card("What is a VPC?", "A private network inside AWS.");
const q2 = card("What is a subnet?", "A range of addresses inside a VPC.");
const q3 = card("What is a NAT gateway?", "It lets private subnets reach the internet.");

/** Device A's store, and device B's copy of it as synced. */
function twoDevices() {
	const a = newCollection({}, "dev-a");
	indexCards(a, "Net.md", [q1, q2, q3]);
	const b = Collection.fromJSON(a.toJSON(), { deviceId: "dev-b", utcOffset: utc });
	return { a, b };
}

/** `x` merged with `y`, as JSON. */
function merged(x: Collection, y: Collection): object {
	const copy = Collection.fromJSON(x.toJSON(), { deviceId: "dev-m", utcOffset: utc });
	copy.merge(y.toJSON());
	return copy.toJSON();
}

describe("Collection.merge", () => {
	it("unites answers given on two devices, in either order", () => {
		const { a, b } = twoDevices();
		answerFront(a, q1.front, 3, at(0, 1));
		answerFront(b, q2.front, 4, at(0, 2));
		answerFront(b, q1.front, 1, at(0, 3));
		a.merge(b.toJSON());
		expect(a.toJSON()).toEqual(merged(b, a));
		expect(reviewTimes(a, cardByFront(a, q1.front).id)).toEqual([at(0, 1).getTime(), at(0, 3).getTime()]);
		expect(cardByFront(a, q1.front)).toMatchObject({ reps: 2, state: "learning" });
		expect(cardByFront(a, q2.front).reps).toBe(1);
	});

	it("schedules a card another device answered further exactly as a replay of its whole log does", () => {
		const { a, b } = twoDevices();
		answerFront(a, q1.front, 3, at(0, 1));
		answerFront(a, q1.front, 3, at(1, 0));
		b.merge(a.toJSON());
		// Both go on after the sync, the phone later: the laptop carries its own state on over the phone's answers.
		answerFront(a, q1.front, 2, at(4, 0));
		answerFront(b, q1.front, 1, at(9, 0));
		answerFront(b, q1.front, 3, at(9, 10));
		a.merge(b.toJSON());
		const id = cardByFront(a, q1.front).id;
		// A store whose cache lacks the card rebuilds it from the log alone.
		const json = JSON.parse(JSON.stringify(a.toJSON())) as { cache: string };
		json.cache = json.cache.split("\n").filter((line) => !line.startsWith(`${id} `)).join("\n");
		const replayed = Collection.fromJSON(json, { deviceId: "dev-a", utcOffset: utc });
		expect(a.card(id)).toEqual(replayed.card(id));
		expect(cardByFront(a, q1.front)).toMatchObject({ reps: 5, lapses: 1 });
	});

	it("changes nothing when a store is merged with itself", () => {
		const { a } = twoDevices();
		answerFront(a, q1.front, 3, at(0, 1));
		const before = a.toJSON();
		a.merge(before);
		expect(a.toJSON()).toEqual(before);
	});

	it("drops an answer undone on one device from a device that had already merged it", () => {
		const { a, b } = twoDevices();
		answerFront(a, q1.front, 1, at(0, 1));
		b.merge(a.toJSON());
		a.undo();
		b.merge(a.toJSON());
		expect(cardByFront(b, q1.front)).toMatchObject({ reps: 0, state: "new" });
		expect(b.history()).toEqual([]);
	});

	it("keeps the latest bury or suspend of a card, whichever device wrote it", () => {
		const { a, b } = twoDevices();
		const id = cardByFront(a, q3.front).id;
		a.suspend(id, true, at(0, 1));
		b.suspend(id, true, at(0, 2));
		b.suspend(id, false, at(0, 3));
		a.merge(b.toJSON());
		b.merge(a.toJSON());
		expect(a.card(id)?.suspended).toBe(false);
		expect(b.toJSON()).toEqual(a.toJSON());
	});

	it("keeps the newer index of a note, deletions included, with the history of its cards", () => {
		const { a, b } = twoDevices();
		const id = answerFront(b, q1.front, 3, at(0, 1));
		a.deleteNote("Net.md", at(0, 5));
		a.merge(b.toJSON());
		expect(a.cards()).toEqual([]);
		expect(a.orphans().map((o) => [o.id, o.reviews.length])).toEqual([[id, 1]]);
		indexCards(a, "Net.md", [q1, q2], at(1));
		expect(cardByFront(a, q1.front)).toMatchObject({ id, reps: 1 });
	});

	it("recognises one card minted under two ids on two devices and keeps both histories", () => {
		const { a, b } = twoDevices();
		const original = answerFront(a, q1.front, 3, at(0, 1));
		b.merge(a.toJSON());
		// The card moves to another note. A indexes the old note first (the card is orphaned, then
		// re-attached); B indexes the new note first and answers the card there before seeing the old note.
		const moved = { "Net.md": [q2, q3], "Routing.md": [card("What is BGP?", "The internet's routing protocol."), q1] };
		indexCards(a, "Net.md", moved["Net.md"], at(1));
		indexCards(a, "Routing.md", moved["Routing.md"], at(1));
		indexCards(b, "Routing.md", moved["Routing.md"], at(1));
		answerFront(b, q1.front, 3, at(1, 1));
		indexCards(b, "Net.md", moved["Net.md"], at(1, 2));
		answerFront(a, q1.front, 4, at(2));
		for (const [x, y] of [
			[a, b],
			[b, a],
		] as const) {
			const m = Collection.fromJSON(merged(x, y), { utcOffset: utc });
			const cards = m.cards().filter((c) => c.front === q1.front);
			expect(cards.map((c) => c.id)).toEqual([original]);
			expect(reviewTimes(m, original)).toEqual([at(0, 1), at(1, 1), at(2)].map((d) => d.getTime()));
			expect(m.orphans()).toEqual([]);
		}
	});

	it("converges on a purge: answers kept by another device are dropped", () => {
		const { a, b } = twoDevices();
		const id = answerFront(a, q1.front, 3, at(0, 1));
		b.merge(a.toJSON());
		indexCards(a, "Net.md", [q2, q3], at(1));
		a.purgeOrphans([id], at(2));
		a.merge(b.toJSON());
		expect(a.history(id)).toEqual([]);
		expect(reload(a).orphans()).toEqual([]);
	});

	it("takes the options of the latest change", () => {
		const { a, b } = twoDevices();
		a.setOptions({ newPerDay: 30 });
		b.merge(a.toJSON());
		expect(b.options().newPerDay).toBe(30);
	});

	it("refuses bad data like fromJSON does, and changes nothing then", () => {
		const { a } = twoDevices();
		const before = a.toJSON();
		expect(() => a.merge(null)).toThrow(CollectionDataError);
		expect(() => a.merge({ ...before, version: 99 })).toThrow(/newer version/);
		expect(a.toJSON()).toEqual(before);
	});
});
