import fc from "fast-check";
import { buildQueue, Collection, dayNumber, inDeckTree, startOfDay, type Rating } from "../../../../src/core";
import { at, card, indexCards, newCollection, reload, utc } from "../builders";

function manyCards(count: number, prefix = "Question") {
	return Array.from({ length: count }, (_, i) => card(`${prefix} ${i + 1}?`, `Answer number ${i + 1}.`));
}

describe("Collection.queue", () => {
	it("counts today's answered new cards against the new-card limit, from the log after a reload", () => {
		const collection = newCollection({ newPerDay: 5 });
		indexCards(collection, "Deck.md", manyCards(8));
		expect(collection.queue(at(0)).counts.new).toBe(5);
		const ids = collection.queue(at(0)).cards.map((c) => c.id);
		collection.answer(ids[0] as string, 3, at(0, 1));
		collection.answer(ids[1] as string, 4, at(0, 2));
		expect(collection.queue(at(0, 3)).counts.new).toBe(3);
		expect(reload(collection).queue(at(0, 3)).counts.new).toBe(3);
		expect(reload(collection).queue(at(1)).counts.new).toBe(5);
	});

	it("still counts a new card answered today against the new-card limit once it is reset, and still buries its other side", () => {
		const collection = newCollection({ newPerDay: 5 });
		indexCards(collection, "Deck.md", [...manyCards(7), card("Front?", "Back.", { marker: "#card-reverse" })]);
		const sides = collection.cards().filter((c) => c.front === "Front?" || c.back === "Front?");
		expect(sides).toHaveLength(2);
		const [reversed, otherSide] = sides;
		collection.answer(reversed?.id as string, 1, at(0, 1));
		collection.forget([reversed?.id as string], at(0, 2));
		for (const store of [collection, reload(collection)]) {
			const queue = store.queue(at(0, 3));
			expect(queue.counts.new).toBe(4);
			expect(queue.cards.map((c) => c.id)).not.toContain(otherSide?.id);
			expect(store.card(otherSide?.id as string)?.buried).toBe(true);
		}
		// The next day, the reset card is new and its other side comes back.
		expect(collection.queue(at(1)).counts.new).toBe(5);
		expect(collection.card(otherSide?.id as string)?.buried).toBe(false);
	});

	it("counts answers to review cards against the review limit", () => {
		const collection = newCollection({ reviewsPerDay: 3, newPerDay: 0 });
		indexCards(collection, "Deck.md", manyCards(5));
		collection.setOptions({ newPerDay: 10 });
		for (const c of collection.cards()) collection.answer(c.id, 4, at(0));
		collection.setOptions({ newPerDay: 0 });
		const due = collection.queue(at(60));
		expect(due.counts).toEqual({ new: 0, learn: 0, due: 3 });
		collection.answer(due.cards[0]?.id as string, 3, at(60, 1));
		expect(collection.queue(at(60, 2)).counts.due).toBe(2);
		expect(reload(collection).queue(at(60, 2)).counts.due).toBe(2);
	});

	it("does not count yesterday's answers (the day starts at 4:00 local time)", () => {
		const tokyo = (): number => 540;
		const collection = new Collection({ deviceId: "d", utcOffset: tokyo, newPerDay: 2 });
		indexCards(collection, "Deck.md", manyCards(4));
		const [first] = collection.queue(at(0)).cards;
		// 03:30 in Tokyo on 3 March is still the day that began at 04:00 on 2 March.
		collection.answer(first?.id as string, 4, new Date(Date.UTC(2026, 2, 2, 18, 30)));
		expect(collection.queue(new Date(Date.UTC(2026, 2, 2, 18, 45))).counts.new).toBe(1);
		expect(collection.queue(new Date(Date.UTC(2026, 2, 2, 19, 0))).counts.new).toBe(2);
	});

	it("shows a deck's subtree only, and counts the limits within it", () => {
		const collection = newCollection({ newPerDay: 2 });
		indexCards(collection, "a.md", manyCards(3, "Alpha"), at(), "Lang::French");
		indexCards(collection, "b.md", manyCards(3, "Beta"), at(), "Lang::FrenchVerbs");
		indexCards(collection, "c.md", manyCards(3, "Gamma"), at(), "Lang::French::Verbs");
		const french = collection.queue(at(0), "Lang::French");
		expect(new Set(french.cards.map((c) => c.deck))).toEqual(new Set(["Lang::French"]));
		collection.answer(french.cards[0]?.id as string, 4, at(0, 1));
		expect(collection.queue(at(0, 2), "Lang::French").counts.new).toBe(1);
		expect(collection.queue(at(0, 2), "Lang::FrenchVerbs").counts.new).toBe(2);
	});

	it("fills a deck's review limit with that deck's cards when other decks' reviews came due first", () => {
		const collection = newCollection({ reviewsPerDay: 3, newPerDay: 10 });
		indexCards(collection, "a.md", manyCards(5, "Alpha"), at(), "Early");
		indexCards(collection, "b.md", manyCards(5, "Beta"), at(), "Late");
		const inDeck = (deck: string) => collection.cards().filter((c) => c.deck === deck);
		for (const c of inDeck("Early")) collection.answer(c.id, 4, at(0));
		for (const c of inDeck("Late")) collection.answer(c.id, 4, at(2));
		collection.setOptions({ newPerDay: 0 });
		for (const deck of [undefined, "Late", "Early", "Late"]) {
			const queue = collection.queue(at(60), deck);
			expect(queue.counts.due).toBe(3);
			expect(new Set(queue.cards.map((c) => c.deck))).toEqual(new Set(deck === undefined ? ["Early"] : [deck]));
		}
	});

	it("never shows suspended or buried cards", () => {
		const collection = newCollection();
		indexCards(collection, "Deck.md", manyCards(3));
		const [a, b, c] = collection.cards().map((x) => x.id) as [string, string, string];
		collection.suspend(a, true, at(0));
		collection.bury(b, at(0));
		expect(collection.queue(at(0, 1)).cards.map((x) => x.id)).toEqual([c]);
	});
});

/** The queue `buildQueue` gives over every card, with today's progress counted from the replayed history. */
function expectedQueue(collection: Collection, now: Date, deck: string | undefined) {
	const dayStart = startOfDay(dayNumber(now.getTime(), 4, utc), 4, utc);
	const dayEnd = dayStart + 86_400_000;
	const today = collection
		.history()
		.filter((r) => r.time >= dayStart && r.time < dayEnd && inDeckTree(collection.card(r.card)?.deck ?? "", deck));
	const progress = {
		newAnswered: today.filter((r) => r.stateBefore === "new").length,
		reviewsAnswered: today.filter((r) => r.stateBefore === "review").length,
	};
	return buildQueue(collection.cards(), now.getTime(), { ...collection.options(), utcOffset: utc }, progress, deck);
}

describe("Collection.queue against buildQueue over every card", () => {
	const steps = fc.array(
		fc.record({ pick: fc.nat(40), rating: fc.constantFrom<Rating>(1, 2, 3, 4), minutes: fc.nat(3000), action: fc.nat(9) }),
		{ minLength: 5, maxLength: 50 },
	);

	it("gives the same queue after every answer, bury, suspension and undo", () => {
		fc.assert(
			fc.property(steps, fc.constantFrom(undefined, "Lang", "Lang::French", "Maths"), (actions, deck) => {
				const collection = newCollection({ newPerDay: 7, reviewsPerDay: 12 });
				indexCards(collection, "a.md", manyCards(15, "Alpha"), at(), "Lang::French");
				indexCards(collection, "b.md", manyCards(15, "Beta"), at(), "Lang::German");
				indexCards(collection, "c.md", manyCards(12, "Gamma"), at(), "Maths");
				let time = at().getTime();
				for (const { pick, rating, minutes, action } of actions) {
					time += minutes * 60_000;
					const now = new Date(time);
					const queue = collection.queue(now, deck);
					expect(queue).toEqual(expectedQueue(collection, now, deck));
					const shown = queue.cards[pick % Math.max(1, queue.cards.length)] ?? collection.cards()[pick % 42];
					if (!shown) continue;
					if (action === 0) collection.bury(shown.id, now);
					else if (action === 1) collection.suspend(shown.id, !shown.suspended, now);
					else if (action === 2) collection.undo();
					// A note edited: cards leave and come (its new cards among them).
					else if (action === 3) indexCards(collection, "c.md", manyCards(3 + (pick % 10), "Gamma"), now, "Maths");
					else if (action === 4) collection.forget([shown.id], now);
					else collection.answer(shown.id, rating, now);
				}
			}),
			{ numRuns: 25 },
		);
	});

	it("gives every deck's queue right when the decks are asked in turn, as the deck list does after each answer", () => {
		const decks = [undefined, "Lang", "Lang::French", "Lang::German", "Maths"];
		fc.assert(
			fc.property(steps, fc.array(fc.nat(4), { minLength: 2, maxLength: 6 }), (actions, order) => {
				// Small limits, so that they bite within a deck while other decks have cards due too.
				const collection = newCollection({ newPerDay: 3, reviewsPerDay: 4 });
				indexCards(collection, "a.md", manyCards(15, "Alpha"), at(), "Lang::French");
				indexCards(collection, "b.md", manyCards(15, "Beta"), at(), "Lang::German");
				indexCards(collection, "c.md", manyCards(12, "Gamma"), at(), "Maths");
				let time = at().getTime();
				for (const { pick, rating, minutes } of actions) {
					time += minutes * 60_000;
					const now = new Date(time);
					for (const k of order) expect(collection.queue(now, decks[k])).toEqual(expectedQueue(collection, now, decks[k]));
					// Answer across decks (not only what the limits show), mostly Good, so that many reviews come due.
					const shown = collection.cards()[pick % 42];
					if (shown && !shown.suspended) collection.answer(shown.id, rating === 1 ? 1 : 3, now);
				}
			}),
			{ numRuns: 30 },
		);
	});
});

describe("Collection.deckCounts", () => {
	it("counts new cards answered today against the review limit of their decks, as the queue does", () => {
		const collection = newCollection({ reviewsPerDay: 4, newPerDay: 10 });
		indexCards(collection, "a.md", manyCards(4, "Old"), at(), "A::Old");
		for (const c of collection.cards()) collection.answer(c.id, 4, at(0));
		indexCards(collection, "b.md", manyCards(5, "Fresh"), at(59), "A::Fresh");
		const fresh = collection.queue(at(60), "A::Fresh").cards;
		collection.answer(fresh[0]?.id as string, 3, at(60, 1));
		collection.answer(fresh[1]?.id as string, 3, at(60, 2));
		const counts = collection.deckCounts(at(60, 3));
		expect(counts.get("A")).toEqual({ new: 0, learn: 2, due: 2 });
		expect(counts.get("A")).toEqual(collection.queue(at(60, 3), "A").counts);
		expect(counts.get("A::Old")).toEqual({ new: 0, learn: 0, due: 4 });
		expect(counts.get("A::Fresh")).toEqual(collection.queue(at(60, 3), "A::Fresh").counts);
	});

	const steps = fc.array(
		fc.record({ pick: fc.nat(60), rating: fc.constantFrom<Rating>(1, 2, 3, 4), minutes: fc.nat(3000), action: fc.nat(9) }),
		{ minLength: 5, maxLength: 40 },
	);

	it("gives each deck subtree the counts of its own queue, whatever was answered, buried or suspended", () => {
		fc.assert(
			fc.property(steps, fc.constantFrom(2, 5, 20), (actions, limit) => {
				const collection = newCollection({ newPerDay: limit, reviewsPerDay: limit + 3 });
				indexCards(collection, "a.md", manyCards(12, "Alpha"), at(), "Lang::French");
				indexCards(collection, "b.md", manyCards(12, "Beta"), at(), "Lang::German::Verbs");
				indexCards(collection, "c.md", manyCards(10, "Gamma"), at(), "Maths");
				indexCards(collection, "d.md", manyCards(6, "Delta"), at(), "Lang");
				let time = at().getTime();
				for (const { pick, rating, minutes, action } of actions) {
					time += minutes * 60_000;
					const now = new Date(time);
					const counts = collection.deckCounts(now);
					expect([...counts.keys()].sort()).toEqual(["", "Lang", "Lang::French", "Lang::German", "Lang::German::Verbs", "Maths"]);
					for (const [deck, deckCounts] of counts) expect(deckCounts).toEqual(collection.queue(now, deck === "" ? undefined : deck).counts);
					const shown = collection.cards()[pick % 40];
					if (!shown) continue;
					if (action === 0) collection.bury(shown.id, now);
					else if (action === 1) collection.suspend(shown.id, !shown.suspended, now);
					else if (action === 2) collection.undo();
					// A note edited: cards leave and come (its new cards among them).
					else if (action === 3) indexCards(collection, "c.md", manyCards(3 + (pick % 10), "Gamma"), now, "Maths");
					else if (action === 4) collection.forget([shown.id], now);
					else collection.answer(shown.id, rating, now);
				}
			}),
			{ numRuns: 30 },
		);
	});
});
