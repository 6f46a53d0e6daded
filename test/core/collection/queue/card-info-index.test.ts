import fc from "fast-check";
import type { Collection, Rating } from "../../../../src/core";
import { at, card, indexCards, newCollection, reload } from "../builders";

const notes = ["a.md", "b.md", "c.md", "d.md"];
const decks = ["Lang::French", "Lang::German", "Maths", "Maths"];

/** A note's cards: the version picks a few fronts, so that re-indexing adds, edits and drops cards. */
function noteCards(note: number, version: number) {
	return Array.from({ length: 3 + ((note + version) % 4) }, (_, i) => card(`Q${note}.${i}${i === version % 3 ? ` v${version}` : ""}?`, `Answer ${note}.${i}.`));
}

/** What a reader sees at `now`: every card (burial left out: it is as at the latest time seen), today's queue and deck counts. */
function seen(collection: Collection, now: Date) {
	return {
		cards: collection.cards().map(({ buried: _, ...rest }) => rest),
		queue: collection.queue(now),
		counts: [...collection.deckCounts(now)].sort(([a], [b]) => (a < b ? -1 : 1)),
	};
}

describe("Collection.prepareCards", () => {
	const actions = fc.array(
		fc.record({ kind: fc.nat(6), pick: fc.nat(50), rating: fc.constantFrom<Rating>(1, 2, 3, 4), steps: fc.nat(4), minutes: fc.nat(900) }),
		{ minLength: 1, maxLength: 25 },
	);

	it("holds, built in steps with changes between them, what a one-shot build of the saved store holds", () => {
		fc.assert(
			fc.property(actions, (plan) => {
				const stepped = newCollection({ newPerDay: 5, reviewsPerDay: 8 });
				// The same changes, read at once: where the ids to act on come from (ids follow content).
				const reference = newCollection({ newPerDay: 5, reviewsPerDay: 8 });
				notes.forEach((path, i) => {
					for (const collection of [stepped, reference]) indexCards(collection, path, noteCards(i, 0), at(), decks[i]);
				});
				let time = at().getTime();
				let preparing = stepped.prepareCards(new Date(time));
				for (const { kind, pick, rating, steps, minutes } of plan) {
					for (let k = 0; k < steps; k++) preparing.next();
					time += minutes * 60_000;
					const now = new Date(time);
					const shown = reference.cards()[pick % Math.max(1, reference.cards().length)];
					const both = (act: (collection: Collection) => unknown): void => {
						for (const collection of [stepped, reference]) act(collection);
					};
					if (kind === 0) both((c) => indexCards(c, notes[pick % 4] as string, noteCards(pick % 4, 1 + (pick % 5)), now, decks[pick % 4]));
					else if (kind === 1) both((c) => c.deleteNote(notes[pick % 4] as string, now));
					else if (kind === 2 && shown) both((c) => c.suspend(shown.id, !shown.suspended, now));
					else if (kind === 3 && shown) both((c) => c.bury(shown.id, now));
					else if (kind === 4) both((c) => c.setOptions({ leechThreshold: 1 + (pick % 3) }));
					else if (kind === 5) preparing = stepped.prepareCards(now);
					else if (shown) both((c) => c.answer(shown.id, rating, now));
				}
				const now = new Date(time);
				const oneShot = seen(reload(stepped), now);
				expect(seen(stepped, now)).toEqual(oneShot);
				expect(seen(reference, now)).toEqual(oneShot);
			}),
			{ numRuns: 60 },
		);
	});

	it("builds a large collection note by note, saying how far it is", () => {
		const collection = newCollection();
		for (let i = 0; i < 30; i++) indexCards(collection, `n${i}.md`, noteCards(i, 0));
		const progress = [...collection.prepareCards(at())];
		expect(progress.length).toBeGreaterThanOrEqual(30);
		expect(progress[29]).toEqual({ done: 30, total: 30 });
		// Built: another run has nothing to do in steps.
		expect([...collection.prepareCards(at())]).toEqual([]);
	});
});

describe("Collection.card before the card list is built", () => {
	it("builds only the card's note, and says what the built list says through edits and answers", () => {
		const collection = newCollection();
		for (let i = 0; i < 30; i++) indexCards(collection, `n${i}.md`, noteCards(i, 0), at(), decks[i % 4]);
		const fresh = reload(collection);
		const id = (path: string, c: Collection = collection) => c.cards().find((info) => info.path === path)?.id as string;
		expect(fresh.card(id("n7.md"))).toEqual(collection.card(id("n7.md")));
		// An edit of a note built for one card, and an answer, before any list is built.
		for (const c of [collection, fresh]) indexCards(c, "n7.md", noteCards(7, 2), at(0, 5), decks[3]);
		for (const c of [collection, fresh]) c.answer(id("n7.md"), 3, at(0, 6));
		expect(fresh.card(id("n7.md"))).toEqual(collection.card(id("n7.md")));
		expect(fresh.card(id("n12.md"))).toEqual(collection.card(id("n12.md")));
		// Every note is still to build, one step each.
		expect([...fresh.prepareCards(at(0, 7))][0]).toEqual({ done: 1, total: 30 });
		expect(fresh.cards()).toEqual(collection.cards());
	});
});
