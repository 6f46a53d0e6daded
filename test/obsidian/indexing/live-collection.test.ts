/**
 * @jest-environment jsdom
 */
import fc from "fast-check";
import { Collection } from "../../../src/core";
import { LiveCollection } from "../../../src/obsidian/indexing/live-collection";
import type { CardsChange } from "../../../src/obsidian/indexing/live-collection";

const NOW = new Date("2025-03-10T09:00:00Z");

function collectionOf(notes: number): Collection {
	const collection = new Collection({ deviceId: "test", utcOffset: () => 0 });
	for (let i = 0; i < notes; i++) collection.indexNote(`Note ${i}.md`, `Q${i}a? #card\nA${i}a\n\nQ${i}b? #card\nA${i}b\n`, NOW);
	return collection;
}

describe("LiveCollection.prepare", () => {
	it("builds a card list in slices, tells every view when it is ready, and gives the cards a one-shot build gives", async () => {
		const collection = collectionOf(40);
		const live = new LiveCollection(collection);
		const changes: CardsChange[] = [];
		live.changed.on((change) => changes.push(change));
		// A budget of 0 ms: one note per slice.
		const preparing = live.prepare(NOW, 0);
		expect(preparing).toBeInstanceOf(Promise);
		expect(live.prepare(NOW, 0)).toBe(preparing);
		expect(changes).toEqual([]);
		await preparing;
		expect(changes).toEqual([{ paths: [], reason: "status" }]);
		expect(live.prepare(NOW, 0)).toBeUndefined();
		expect(live.cards()).toEqual(Collection.fromFiles(collection.toFiles(), { deviceId: "test", utcOffset: () => 0, files: collection.toLocalFiles() }).cards());
	});

	it("settles in a turn after its last step, so that what waits for it starts in a slice of its own", async () => {
		const live = new LiveCollection(collectionOf(40));
		let turnAfterLastStep = false;
		// The last step tells the views; a timer set then runs in the next turn of the event loop.
		live.changed.on(() => window.setTimeout(() => (turnAfterLastStep = true), 0));
		await live.prepare(NOW, 0);
		expect(turnAfterLastStep).toBe(true);
	});

	it("needs no slice for a collection it prepares within one", () => {
		// A budget no busy test machine can exceed for three notes (12 ms, the default, it can).
		expect(new LiveCollection(collectionOf(3)).prepare(NOW, 1_000)).toBeUndefined();
	});

	it("stops preparing a collection that was replaced, and prepares the new one", async () => {
		const live = new LiveCollection(collectionOf(40));
		const changes: CardsChange[] = [];
		const first = live.prepare(NOW, 0);
		live.replace(collectionOf(30));
		live.changed.on((change) => changes.push(change));
		const second = live.prepare(NOW, 0);
		expect(second).not.toBe(first);
		await second;
		expect(changes).toEqual([{ paths: [], reason: "status" }]);
		expect(live.cards()).toHaveLength(60);
	});
});

describe("LiveCollection views", () => {
	/** What a LiveCollection built afresh over `collection` shows. */
	const freshViews = (collection: Collection) => {
		const fresh = new LiveCollection(collection);
		return { cards: fresh.cards(), decks: fresh.decks(), paths: fresh.paths(), byPath: fresh.paths().map((path) => fresh.cardsIn(path)) };
	};
	const viewsOf = (live: LiveCollection) => ({ cards: live.cards(), decks: live.decks(), paths: live.paths(), byPath: live.paths().map((path) => live.cardsIn(path)) });

	type Step = { kind: "answer" | "bury" | "suspend" | "edit" | "delete" | "undo"; card: number; rating: 1 | 2 | 3 | 4 };
	const step = fc.record({ kind: fc.constantFrom<Step["kind"]>("answer", "answer", "bury", "suspend", "edit", "delete", "undo"), card: fc.nat(200), rating: fc.constantFrom<1 | 2 | 3 | 4>(1, 2, 3, 4) });

	it("show what a fresh build shows after any answers, burials, edits and deletions, each read in between", () => {
		fc.assert(
			fc.property(fc.array(step, { maxLength: 25 }), (steps) => {
				const collection = collectionOf(6);
				collection.indexNote("Deck/Other.md", "---\ncards-deck: Other\n---\nQ? #card-reverse\nA\n", NOW);
				const live = new LiveCollection(collection);
				viewsOf(live);
				steps.forEach((s, i) => {
					const now = new Date(NOW.getTime() + (i + 1) * 60_000);
					const cards = live.cards();
					const card = cards[s.card % Math.max(1, cards.length)];
					if (s.kind === "undo") {
						collection.undo();
						live.touch({ paths: null, reason: "review" });
					} else if (s.kind === "edit" || s.kind === "delete") {
						const path = card?.path ?? "Note 0.md";
						if (s.kind === "edit") collection.indexNote(path, `New ${i}? #card\nA\n\nQ${i}? #card-reverse\nB\n`, now);
						else collection.deleteNote(path, now);
						live.touch({ paths: [path], reason: "index" });
					} else if (card) {
						if (s.kind === "answer") collection.answer(card.id, s.rating, now);
						else if (s.kind === "bury") collection.bury(card.id, now);
						else collection.suspend(card.id, true, now);
						live.touch({ paths: [card.path], reason: "review" });
					}
					expect(viewsOf(live)).toEqual(freshViews(collection));
				});
			}),
			{ numRuns: 60 },
		);
	});

	it("keep the notes' places and the decks after an answer: only the card list is read again", () => {
		const collection = collectionOf(5);
		const live = new LiveCollection(collection);
		expect(live.decks()).toEqual(["Default"]);
		const card = live.cardsIn("Note 2.md")[1];
		if (!card) throw new Error("no card");
		const read = jest.spyOn(collection, "cards");
		collection.answer(card.id, 3, NOW);
		live.touch({ paths: [card.path], reason: "review" });
		expect(live.decks()).toEqual(["Default"]);
		expect(live.hasCards("Note 2.md")).toBe(true);
		expect(read).not.toHaveBeenCalled();
		expect(live.cardsIn("Note 2.md")[1]).toMatchObject({ id: card.id, reps: 1 });
		expect(read).toHaveBeenCalledTimes(1);
	});
});
