import fc from "fast-check";
import { Collection, DEFAULT_PRESET_ID, type Rating } from "../../../../src/core";
import { at, card, indexCards, newCollection } from "../builders";

function manyCards(count: number, prefix: string) {
	return Array.from({ length: count }, (_, i) => card(`${prefix} ${i + 1}?`, `Answer ${i + 1}.`));
}

function withLimits(collection: Collection, name: string, newPerDay: number, reviewsPerDay = 200): string {
	const result = collection.addPreset(name, at());
	if (!result.ok) throw new Error(result.error);
	collection.updatePreset(result.id, { newPerDay, reviewsPerDay }, at());
	return result.id;
}

/** Lang (own cards), Lang::French and Lang::German, 6 new cards each; the default preset allows 20 new a day. */
function languages(): Collection {
	const collection = newCollection({ newPerDay: 20 });
	indexCards(collection, "l.md", manyCards(6, "Lang"), at(), "Lang");
	indexCards(collection, "f.md", manyCards(6, "French"), at(), "Lang::French");
	indexCards(collection, "g.md", manyCards(6, "German"), at(), "Lang::German");
	return collection;
}

describe("daily limits with presets", () => {
	it("caps the session with the studied deck's preset", () => {
		const collection = languages();
		collection.setDeckPreset("Lang", withLimits(collection, "Few", 4), at());
		expect(collection.queue(at(0, 1), "Lang").counts.new).toBe(4);
		// Every deck: the default preset's 20 caps the session, Lang's 4 caps Lang's cards.
		expect(collection.queue(at(0, 1)).counts.new).toBe(4);
	});

	it("caps a sub-deck's cards with its own preset, inside the studied deck's limit", () => {
		const collection = languages();
		collection.setDeckPreset("Lang::French", withLimits(collection, "Two", 2), at());
		const queue = collection.queue(at(0, 1), "Lang");
		expect(queue.counts.new).toBe(14);
		expect(queue.cards.filter((c) => c.deck === "Lang::French")).toHaveLength(2);
		expect(collection.queue(at(0, 1), "Lang::French").counts.new).toBe(2);
	});

	it("counts a sub-deck's answers today against its own limit and its parent's", () => {
		const collection = languages();
		collection.setDeckPreset("Lang", withLimits(collection, "Five", 5), at());
		collection.setDeckPreset("Lang::French", withLimits(collection, "Three", 3), at());
		for (const c of collection.queue(at(0, 1), "Lang::French").cards.slice(0, 2)) collection.answer(c.id, 3, at(0, 2));
		expect(collection.queue(at(0, 3), "Lang::French").counts.new).toBe(1);
		expect(collection.queue(at(0, 3), "Lang").counts.new).toBe(3);
	});

	it("does not apply a parent's limit when a sub-deck is studied", () => {
		const collection = languages();
		collection.setDeckPreset("Lang", withLimits(collection, "One", 1), at());
		collection.setDeckPreset("Lang::German", DEFAULT_PRESET_ID, at());
		expect(collection.queue(at(0, 1), "Lang::German").counts.new).toBe(6);
		expect(collection.queue(at(0, 1), "Lang").counts.new).toBe(1);
	});

	it("gives each deck the counts of its own queue, whatever presets the decks use", () => {
		const steps = fc.array(fc.record({ pick: fc.nat(60), rating: fc.constantFrom<Rating>(1, 3, 4), minutes: fc.nat(3000) }), { minLength: 3, maxLength: 25 });
		const decks = ["Lang", "Lang::French", "Lang::German", "Lang::German::Verbs", "Maths"];
		const assignments = fc.array(fc.tuple(fc.constantFrom(...decks), fc.nat(3)), { maxLength: 4 });
		fc.assert(
			fc.property(steps, assignments, (actions, assigned) => {
				const collection = newCollection({ newPerDay: 6, reviewsPerDay: 9 });
				indexCards(collection, "a.md", manyCards(10, "Alpha"), at(), "Lang::French");
				indexCards(collection, "b.md", manyCards(10, "Beta"), at(), "Lang::German::Verbs");
				indexCards(collection, "c.md", manyCards(8, "Gamma"), at(), "Maths");
				indexCards(collection, "d.md", manyCards(6, "Delta"), at(), "Lang");
				const ids = [DEFAULT_PRESET_ID, withLimits(collection, "A", 2, 3), withLimits(collection, "B", 4, 5), withLimits(collection, "C", 9, 2)];
				for (const [deck, preset] of assigned) collection.setDeckPreset(deck, ids[preset], at());
				let time = at().getTime();
				for (const { pick, rating, minutes } of actions) {
					time += minutes * 60_000;
					const now = new Date(time);
					for (const [deck, counts] of collection.deckCounts(now)) expect(counts).toEqual(collection.queue(now, deck === "" ? undefined : deck).counts);
					const shown = collection.cards()[pick % 34];
					if (shown) collection.answer(shown.id, rating, now);
				}
			}),
			{ numRuns: 25 },
		);
	});
});
