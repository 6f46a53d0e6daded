import { Collection } from "../../../src/core";
import { LiveCollection } from "../../../src/obsidian/indexing/live-collection";
import { noteCram, parseTarget, ReviewSession, type SessionTarget } from "../../../src/obsidian/review/review-session";

const START = Date.UTC(2025, 2, 10, 9, 0, 0);
const NOTE = "A.md";
const THREE_CARDS = "One? #card\n1\n\nTwo? #card\n2\n\nThree? #card\n3\n";

function setup(target: SessionTarget): { session: ReviewSession; live: LiveCollection } {
	const collection = new Collection({ deviceId: "test", utcOffset: () => 0 });
	collection.indexNote(NOTE, THREE_CARDS, new Date(START));
	const live = new LiveCollection(collection);
	return { session: new ReviewSession(live, target, () => new Date(START)), live };
}

function studyAll(session: ReviewSession, rating: 1 | 3 | 4 = 3): string[] {
	const seen: string[] = [];
	session.next();
	while (session.current && seen.length < 10) {
		seen.push(session.current.front);
		session.reveal();
		session.answer(rating);
	}
	return seen;
}

describe("a custom study session", () => {
	it("practises each card of its search once and changes no schedule", () => {
		const { session, live } = setup({ kind: "study", spec: { search: "-Two", reschedule: false }, title: "Practice" });
		expect(session.reschedules).toBe(false);
		expect(studyAll(session, 1)).toEqual(["One?", "Three?"]);
		expect(live.collection.cards().every((c) => c.state === "new" && c.reps === 0)).toBe(true);
		expect(live.collection.practiceHistory(live.collection.cards()[0]!.id)).toHaveLength(1);
		expect(session.finished()).toMatchObject({ reviewed: 2, newWaiting: 0 });
	});

	it("reschedules when asked to, a card in learning coming back when due", () => {
		const { session, live } = setup({ kind: "study", spec: { search: "One", reschedule: true }, title: "Review" });
		session.next();
		session.reveal();
		session.answer(4);
		expect(live.collection.cards()[0]!.state).toBe("review");
		expect(session.current).toBeNull();
	});

	it("brings a card back after an undo", () => {
		const { session } = setup({ kind: "study", spec: { search: "", reschedule: false }, title: "Practice" });
		session.next();
		session.reveal();
		session.answer(3);
		expect(session.current?.front).toBe("Two?");
		expect(session.undo()).toBe(true);
		expect(session.current?.front).toBe("One?");
	});

	it("shows no card for a search that no longer parses, rather than failing", () => {
		const { session } = setup({ kind: "study", spec: { search: "(", reschedule: false }, title: "Broken" });
		session.next();
		expect(session.current).toBeNull();
	});
});

describe("reviewing the current note", () => {
	it("reviews what is due, and crams the note (no rescheduling) when nothing is", () => {
		const { session, live } = setup({ kind: "note", path: NOTE });
		expect(session.target.kind).toBe("note");
		expect(studyAll(session, 4)).toEqual(["One?", "Two?", "Three?"]);
		const cram = new ReviewSession(live, { kind: "note", path: NOTE }, () => new Date(START + 60_000));
		expect(cram.target).toEqual(noteCram(NOTE));
		expect(cram.reschedules).toBe(false);
		const dues = live.collection.cards().map((c) => c.due);
		expect(studyAll(cram, 1)).toEqual(["One?", "Two?", "Three?"]);
		expect(live.collection.cards().map((c) => c.due)).toEqual(dues);
	});
});

describe("parseTarget", () => {
	it("reads a custom study back from saved view state, and refuses a broken one", () => {
		const target: SessionTarget = { kind: "study", spec: { search: "is:due", limit: 5, order: "random", reschedule: true }, title: "T" };
		expect(parseTarget(JSON.parse(JSON.stringify(target)))).toEqual(target);
		expect(parseTarget({ kind: "study", title: "T", spec: { search: 1, reschedule: true } })).toBeNull();
		expect(parseTarget({ kind: "study", title: "T", spec: { search: "", reschedule: false, order: "sideways" } })).toEqual({ kind: "study", title: "T", spec: { search: "", reschedule: false } });
	});
});
