import { Collection } from "../../../src/core";
import { LiveCollection } from "../../../src/obsidian/indexing/live-collection";
import { ReviewSession, parseTarget, type SessionTarget } from "../../../src/obsidian/review/review-session";

const START = Date.UTC(2025, 2, 10, 9, 0, 0);
const NOTE = "A.md";
const THREE_CARDS = "One? #card\n1\n\nTwo? #card\n2\n\nThree? #card\n3\n";

/** A store holding `A.md` with three new cards, a limit of one new card a day, and a movable clock. */
function setup(target: SessionTarget): { session: ReviewSession; live: LiveCollection; clock: { now: number } } {
	const collection = new Collection({ deviceId: "test", newPerDay: 1, utcOffset: () => 0 });
	collection.indexNote(NOTE, THREE_CARDS, new Date(START));
	const live = new LiveCollection(collection);
	const clock = { now: START };
	const session = new ReviewSession(live, target, () => new Date(clock.now));
	session.next();
	return { session, live, clock };
}

describe("ReviewSession", () => {
	it("applies the daily new-card limit to a deck session and says so when finished", () => {
		const { session } = setup({ kind: "all" });
		expect(session.counts).toEqual({ new: 1, learn: 0, due: 0 });
		session.reveal();
		session.answer(4);
		expect(session.current).toBeNull();
		expect(session.finished()).toMatchObject({ newWaiting: 2, reviewsWaiting: 0, reviewed: 1, buried: 0 });
	});

	it("reviews every new card of a note, whatever the daily limit", () => {
		const { session } = setup({ kind: "note", path: NOTE });
		const seen: string[] = [];
		while (session.current) {
			seen.push(session.current.front);
			session.reveal();
			session.answer(4);
		}
		expect(seen).toEqual(["One?", "Two?", "Three?"]);
		expect(session.finished().newWaiting).toBe(0);
	});

	it("shows the undone card again, question first", () => {
		const { session } = setup({ kind: "note", path: NOTE });
		session.reveal();
		session.answer(3);
		expect(session.current?.front).not.toBe("One?");
		expect(session.undo()).toBe(true);
		expect(session.current?.front).toBe("One?");
		expect(session.revealed).toBe(false);
		expect(session.reviewed).toBe(0);
	});

	it("records how long the answer took, capped at a minute", () => {
		const { session, live, clock } = setup({ kind: "note", path: NOTE });
		clock.now += 7000;
		session.reveal();
		session.answer(3);
		clock.now += 5 * 60_000;
		session.reveal();
		session.answer(3);
		expect(live.collection.history().map((r) => r.duration)).toEqual([7000, 60_000]);
	});

	it("moves on when the card on screen was answered on another device", () => {
		const { session, live, clock } = setup({ kind: "note", path: NOTE });
		const shown = session.current!;
		live.collection.answer(shown.id, 4, new Date(clock.now));
		live.touch({ paths: null, reason: "sync" });
		expect(session.refresh()).toBe("gone");
		expect(session.current?.id).not.toBe(shown.id);
	});

	it("keeps the card on screen, with its new text, when its note is edited", () => {
		const { session, live } = setup({ kind: "note", path: NOTE });
		live.collection.indexNote(NOTE, THREE_CARDS.replace("1\n", "One, the first number\n"), new Date(START));
		live.touch({ paths: [NOTE], reason: "index" });
		expect(session.refresh()).toBe("changed");
		expect(session.current?.back).toBe("One, the first number");
	});

	it.each([
		{ raw: { kind: "all" }, expected: { kind: "all" } },
		{ raw: { kind: "deck", deck: "A::B" }, expected: { kind: "deck", deck: "A::B" } },
		{ raw: { kind: "note", path: 3 }, expected: null },
		{ raw: "deck", expected: null },
	])("reads a saved target back: $raw", ({ raw, expected }) => {
		expect(parseTarget(raw)).toEqual(expected);
	});
});
