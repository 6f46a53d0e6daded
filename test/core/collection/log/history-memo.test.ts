import fc from "fast-check";
import { reviewTrail, type Rating } from "../../../../src/core";
import { at, card, indexCards, newCollection, reload } from "../builders";

/** A collection of six cards (one reversed) to answer in random orders. */
function sixCards() {
	const collection = newCollection();
	indexCards(collection, "A.md", [card("One?", "First."), card("Two?", "Second.", { marker: "#card-reverse" }), card("Three?", "Third.")]);
	indexCards(collection, "B.md", [card("Four?", "Fourth."), card("Five?", "Fifth.")]);
	return collection;
}

const action: fc.Arbitrary<Action> = fc.oneof(
	fc.record({ kind: fc.constant("answer" as const), card: fc.nat(5), rating: fc.constantFrom<Rating>(1, 2, 3, 4), minutes: fc.integer({ min: 1, max: 5000 }) }),
	fc.record({ kind: fc.constant("undo" as const) }),
	fc.record({ kind: fc.constant("reset" as const), card: fc.nat(5) }),
	fc.record({ kind: fc.constant("edit" as const) }),
);

type Action = { kind: "answer"; card: number; rating: Rating; minutes: number } | { kind: "undo" } | { kind: "reset"; card: number } | { kind: "edit" };

/** Runs the actions on `collection`, calling `between(i)` after the i-th. */
function run(collection: ReturnType<typeof sixCards>, actions: Action[], between: (i: number) => void): void {
	let minutes = 0;
	actions.forEach((a, i) => {
		const ids = collection.cards().map((c) => c.id);
		if (a.kind === "answer") collection.answer(ids[a.card % ids.length] as string, a.rating, at(0, (minutes += a.minutes)));
		else if (a.kind === "undo") collection.undo();
		else if (a.kind === "reset") collection.resetCard(ids[a.card % ids.length] as string, at(0, (minutes += 1)));
		else indexCards(collection, "B.md", [card("Four?", "Fourth, edited."), card("Five?", "Fifth.")], at(0, (minutes += 1)));
		between(i);
	});
}

describe("Collection.history", () => {
	it("gives every card's replayed answers, the same as a fresh replay (and a reload), however it is asked or saved between changes", () => {
		fc.assert(
			fc.property(fc.array(action, { maxLength: 25 }), fc.array(fc.boolean(), { minLength: 25, maxLength: 25 }), (actions, asks) => {
				const collection = sixCards();
				// Asking (and saving) in between fills the memos that later changes must keep right.
				run(collection, actions, (i) => (asks[i] ? collection.history() : collection.toJSON()));
				const loaded = reload(collection);
				expect(collection.history()).toEqual(loaded.history());
				// Counted without replaying, from the log as it is and as it loads.
				expect([collection.answerCount(), loaded.answerCount()]).toEqual([collection.history().length, collection.history().length]);
			}),
			{ numRuns: 60 },
		);
	});

	it("packs each card's answers for the statistics as its history gives them, before and after a reload", () => {
		fc.assert(
			fc.property(fc.array(action, { maxLength: 25 }), fc.array(fc.boolean(), { minLength: 25, maxLength: 25 }), (actions, asks) => {
				const collection = sixCards();
				// Packed in between: they must follow every later change.
				run(collection, actions, (i) => asks[i] && collection.cards().forEach((c) => collection.reviewTrail(c.id)));
				const loaded = reload(collection);
				for (const store of [collection, loaded]) {
					for (const c of store.cards()) expect(store.reviewTrail(c.id)).toEqual(reviewTrail(c.id, collection.history(c.id)));
				}
			}),
			{ numRuns: 60 },
		);
	});

	it("gives a copy each time, so changing it changes nothing kept", () => {
		const collection = sixCards();
		collection.answer(collection.cards()[0]?.id as string, 3, at(0, 1));
		collection.history().pop();
		expect(collection.history()).toHaveLength(1);
	});
});
