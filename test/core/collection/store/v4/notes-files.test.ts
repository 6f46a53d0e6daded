import fc from "fast-check";
import { Collection, type Rating } from "../../../../../src/core";
import type { StoreData } from "../../../../../src/core/collection/store-model";
import { NotesFiles } from "../../../../../src/core/collection/store/v4/notes-files";
import { LOCAL_FILE } from "../../../../../src/core/collection/store/v4/layout";
import { at, card, indexCards, utc } from "../../builders";

/** A collection whose store the test can read (the notes files are written from it). */
class Probe extends Collection {
	get store(): StoreData {
		return this.data;
	}
}

const PATHS = ["A.md", "B.md", "Deck/C.md", "Deck/D.md", "E.md", "Z.md"];

/** A note of `count` cards, worded by `variant` (so that an edit changes its text, or not). */
const cards = (count: number, variant: number) => Array.from({ length: count }, (_, i) => card(`Question ${i}?`, `Answer ${i}, version ${variant}.`));

/** What can happen to a store between two saves. */
type Action =
	| { kind: "index"; note: number; count: number; variant: number }
	| { kind: "delete"; note: number }
	| { kind: "rename"; note: number; to: number }
	| { kind: "answer"; pick: number; rating: Rating }
	| { kind: "merge" };

const action: fc.Arbitrary<Action> = fc.oneof(
	fc.record({ kind: fc.constant("index" as const), note: fc.nat(5), count: fc.nat(4), variant: fc.nat(2) }),
	fc.record({ kind: fc.constant("delete" as const), note: fc.nat(5) }),
	fc.record({ kind: fc.constant("rename" as const), note: fc.nat(5), to: fc.nat(5) }),
	fc.record({ kind: fc.constant("answer" as const), pick: fc.nat(), rating: fc.constantFrom<Rating>(1, 2, 3, 4) }),
	fc.record({ kind: fc.constant("merge" as const) }),
);

function apply(c: Probe, other: Collection, a: Action, step: number): void {
	const when = at(0, step + 1);
	switch (a.kind) {
		case "index":
			indexCards(c, PATHS[a.note] as string, cards(a.count, a.variant), when);
			return;
		case "delete":
			c.deleteNote(PATHS[a.note] as string, when);
			return;
		case "rename": {
			const [from, to] = [PATHS[a.note] as string, PATHS[a.to] as string];
			if (c.notePaths().includes(from) && !c.notePaths().includes(to)) c.renameNote(from, to);
			return;
		}
		case "answer": {
			const live = c.cards();
			const target = live[a.pick % Math.max(1, live.length)];
			if (target) c.answer(target.id, a.rating, when);
			return;
		}
		case "merge":
			// Another device's answers and orphans arrive.
			indexCards(other, "A.md", cards(2, step % 3), when);
			other.answer(other.cards()[0]?.id as string, 3, when);
			c.merge(other.toFiles());
	}
}

describe("the local cache's notes files", () => {
	it("written again only where notes changed, are always what writing every file afresh gives", () => {
		fc.assert(
			fc.property(fc.array(action, { minLength: 1, maxLength: 25 }), fc.integer({ min: 1, max: 6 }), (actions, perFile) => {
				const c = new Probe({ deviceId: "laptop", utcOffset: utc });
				const other = new Collection({ deviceId: "phone", utcOffset: utc });
				const kept = new NotesFiles(perFile);
				actions.forEach((a, step) => {
					apply(c, other, a, step);
					expect(kept.files(c.store)).toEqual(new NotesFiles(perFile).files(c.store));
				});
			}),
			{ numRuns: 60 },
		);
	});

	it("rewrites no file after answers, and only the edited note's file after an edit", () => {
		const c = new Probe({ deviceId: "laptop", utcOffset: utc });
		for (const path of PATHS) indexCards(c, path, cards(3, 0));
		const kept = new NotesFiles(6);
		const first = kept.plan(c.store);
		expect(first.known.every((text) => text === undefined)).toBe(true);
		first.names.forEach((_, i) => first.write(i));
		c.answer(c.cards()[0]?.id as string, 3, at(0, 5));
		expect(kept.plan(c.store).known.every((text) => text !== undefined)).toBe(true);
		indexCards(c, "Deck/C.md", cards(3, 1), at(0, 6));
		// Two notes a file: A and B, C and D (edited), E and Z.
		expect(kept.plan(c.store).known.map((text) => text !== undefined)).toEqual([true, false, true]);
	});
});

describe("the local cache's notes files after a load", () => {
	it("are the texts the cache was read from until their notes change, then what writing them afresh gives", () => {
		const c = new Collection({ deviceId: "laptop", utcOffset: utc });
		for (const path of PATHS) indexCards(c, path, cards(3, 0));
		const written = c.toLocalFiles();
		const names = Object.keys(written).filter((name) => name !== LOCAL_FILE);
		// Written otherwise than this version writes them (spaces), to tell a text kept from one written again.
		const spaced = Object.fromEntries(names.map((name) => [name, JSON.stringify(JSON.parse(written[name] as string), null, 1)]));
		const loaded = Collection.fromFiles(c.toFiles(), { deviceId: "laptop", utcOffset: utc, files: { ...written, ...spaced } });
		expect(loaded.cards()).toEqual(c.cards());
		loaded.answer(loaded.cards()[0]?.id as string, 3, at(0, 5));
		const kept = loaded.toLocalFiles();
		for (const name of names) expect(kept[name]).toBe(spaced[name]);
		indexCards(loaded, "B.md", cards(3, 1), at(0, 6));
		const { data } = loaded as unknown as { data: StoreData };
		const rewritten = loaded.toLocalFiles();
		expect(Object.fromEntries(names.map((name) => [name, rewritten[name]]))).toEqual(new NotesFiles().files(data));
	});
});

describe("Collection.toLocalFilesInSteps", () => {
	/** A store of two notes, one answer. */
	function store(): Collection {
		const c = new Collection({ deviceId: "laptop", utcOffset: utc });
		indexCards(c, "A.md", cards(3, 0));
		indexCards(c, "B.md", cards(2, 0));
		c.answer(c.cards()[0]?.id as string, 3, at(0, 1));
		return c;
	}

	it("describes the store as it was at its first step, whatever is indexed or answered before the last", () => {
		const expected = store().toLocalFiles();
		const c = store();
		const steps = c.toLocalFilesInSteps();
		expect(steps.next().done).toBe(false);
		indexCards(c, "A.md", cards(4, 1), at(0, 2));
		c.answer(c.cards()[1]?.id as string, 4, at(0, 3));
		let step = steps.next();
		while (!step.done) step = steps.next();
		expect(step.value).toEqual(expected);
		// The next save describes the store as it is now.
		expect(c.toLocalFiles()[LOCAL_FILE]).not.toEqual(expected[LOCAL_FILE]);
	});

	it("gives what toLocalFiles gives, and the cache loads the same cards as a load without it", () => {
		const c = store();
		const steps = c.toLocalFilesInSteps();
		let step = steps.next();
		while (!step.done) step = steps.next();
		expect(step.value).toEqual(c.toLocalFiles());
		const withCache = Collection.fromFiles(c.toFiles(), { deviceId: "laptop", utcOffset: utc, files: step.value });
		expect(withCache.cards()).toEqual(c.cards());
	});
});
