import fc from "fast-check";
import { Collection, CollectionDataError } from "../../../../src/core";
import { seededRandom } from "../../../../src/core/scheduler/optimizer/training-schedule";
import { LOCAL_FILE } from "../../../../src/core/collection/store/v4/layout";
import { at, card, indexCards, newCollection, noteText, utc } from "../builders";
import { changedFiles, RandomAnswers, shownCards } from "./two-devices";

const CARDS = Array.from({ length: 12 }, (_, i) => card(`What is term ${i}?`, `Term ${i} is the ${i}th one.`));
const MORE = Array.from({ length: 7 }, (_, i) => card(`Which word is ${i}?`, `Word ${i}.`));

/** Two devices' folder as the laptop finds it at start-up (the phone wrote after the laptop's last save), and the laptop's local cache. */
function folderOf(seed: number): { folder: Record<string, string>; local: Record<string, string>; notes: object } {
	const random = seededRandom(seed);
	const laptop = newCollection({}, "laptop");
	const phone = newCollection({}, "phone");
	for (const device of [laptop, phone]) {
		indexCards(device, "Terms.md", CARDS);
		indexCards(device, "Words.md", MORE);
	}
	const answers = new RandomAnswers(random, laptop.cards().map((c) => c.id), 3_000);
	const known: Record<string, string> = {};
	for (let round = 0; round < 1 + Math.floor(random() * 3); round++) {
		answers.give(laptop, Math.floor(random() * 15));
		answers.give(phone, Math.floor(random() * 15));
		const changed = changedFiles(phone, known);
		if (Object.keys(changed).length > 0) laptop.merge(changed);
	}
	if (random() < 0.5) laptop.undo();
	if (random() < 0.3) laptop.suspend(laptop.cards()[0]?.id as string, true, at(0, answers.minutes));
	const local = laptop.toLocalFiles();
	const { notes } = laptop.toJSON();
	answers.give(phone, Math.floor(random() * 10));
	if (random() < 0.3) phone.undo();
	return { folder: { ...known, ...laptop.toFiles(), ...changedFiles(phone, { ...known }) }, local, notes };
}

/** Ways a start-up finds its local cache. */
type CacheCase = "whole" | "none" | "a notes file missing" | "notes in the header" | "a damaged notes file";

/** `notes`: the notes as layout 3 stores them (how the cache's header held them before they had files of their own). */
function localCase(local: Record<string, string>, kind: CacheCase, notes: object): Record<string, string> | undefined {
	const header = JSON.parse(local[LOCAL_FILE] as string) as { noteFiles: string[] } & Record<string, unknown>;
	const [first] = header.noteFiles;
	switch (kind) {
		case "whole":
			return local;
		case "none":
			return undefined;
		case "a notes file missing": {
			const { [first as string]: _dropped, ...rest } = local;
			return rest;
		}
		case "a damaged notes file":
			return { ...local, [first as string]: (local[first as string] as string).slice(0, 40) };
		case "notes in the header": {
			const { noteFiles: _files, ...rest } = header;
			return { [LOCAL_FILE]: JSON.stringify({ ...rest, notes }) };
		}
	}
}

/** Runs the sliced load one step at a time, counting the steps. */
function inSteps(folder: Record<string, string>, files: Record<string, string> | undefined): { collection: Collection; steps: number } {
	const steps = Collection.fromFilesInSteps(folder, { deviceId: "laptop", utcOffset: utc, ...(files ? { files } : {}) });
	for (let count = 1; ; count++) {
		const step = steps.next();
		if (step.done) return { collection: step.value, steps: count };
	}
}

/** Everything a loaded collection shows and writes. */
function everything(collection: Collection): unknown {
	return { json: collection.toJSON(), files: collection.toFiles(), local: collection.toLocalFiles(), readOnly: collection.readOnlyParts(), cards: shownCards(collection), history: collection.history() };
}

describe("loading a folder in steps", () => {
	it("gives what the one-call load gives, with or without the local cache, whole or damaged", () => {
		const cases: CacheCase[] = ["whole", "none", "a notes file missing", "notes in the header", "a damaged notes file"];
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom(...cases), (seed, kind) => {
				const { folder, local, notes } = folderOf(seed);
				const files = localCase(local, kind, notes);
				const once = Collection.fromFiles(folder, { deviceId: "laptop", utcOffset: utc, ...(files ? { files } : {}) });
				const { collection, steps } = inSteps(folder, files);
				expect(everything(collection)).toEqual(everything(once));
				expect(steps).toBeGreaterThan(Object.keys(folder).length);
			}),
			{ numRuns: 40 },
		);
	});

	it("schedules every card as a replay of the log does: the local cache only saves time", () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom<CacheCase>("whole", "notes in the header"), (seed, kind) => {
				const { folder, local, notes } = folderOf(seed);
				const cached = inSteps(folder, localCase(local, kind, notes)).collection;
				const replayed = inSteps(folder, undefined).collection;
				// Without the cache the notes come from the vault again.
				replayed.indexNote("Terms.md", noteText(CARDS), at());
				replayed.indexNote("Words.md", noteText(MORE), at());
				expect(shownCards(cached)).toEqual(shownCards(replayed));
				expect(cached.toFiles()).toEqual(replayed.toFiles());
			}),
			{ numRuns: 30 },
		);
	});

	it("keeps the notes in files of a few thousand cards, each named by the cache", () => {
		const collection = newCollection({}, "laptop");
		for (let n = 0; n < 6; n++) indexCards(collection, `Note ${n}.md`, Array.from({ length: 1_000 }, (_, i) => card(`Question ${n}.${i}?`, `Answer ${i}.`)));
		const local = collection.toLocalFiles();
		const header = JSON.parse(local[LOCAL_FILE] as string) as { noteFiles: string[] };
		expect(header.noteFiles).toEqual(["local-notes.1.json", "local-notes.2.json"]);
		expect(Object.keys(local).sort()).toEqual([LOCAL_FILE, ...header.noteFiles].sort());
		const loaded = Collection.fromFiles(collection.toFiles(), { deviceId: "laptop", utcOffset: utc, files: local });
		expect(loaded.cards()).toHaveLength(6_000);
	});

	it("reads a few hundred lines of a text a step, so that a start-up before the code is optimised stays in slices", () => {
		const collection = newCollection({}, "laptop");
		for (let n = 0; n < 6; n++) indexCards(collection, `Note ${n}.md`, Array.from({ length: 1_000 }, (_, i) => card(`Question ${n}.${i}?`, `Answer ${i}.`)));
		collection.cards().forEach((shown, i) => collection.answer(shown.id, 3, at(i)));
		const files = collection.toLocalFiles();
		const { collection: loaded, steps } = inSteps(collection.toFiles(), files);
		expect(loaded.cards()).toHaveLength(6_000);
		// 6,000 lines of the log and of the states' text, 256 lines a step; two walks over the cards, 2,048 cards a step.
		expect(steps).toBeGreaterThanOrEqual(2 * Math.floor(6_000 / 256) + 2 * Math.floor(6_000 / 2_048));
	});

	it("throws the one-call load's error when nothing can be read", () => {
		const folder = { "data.json": "{ truncated" };
		const error = (run: () => unknown): unknown => {
			try {
				run();
			} catch (thrown) {
				return thrown;
			}
			return undefined;
		};
		const once = error(() => Collection.fromFiles(folder, { deviceId: "laptop" }));
		const sliced = error(() => inSteps(folder, undefined));
		expect(once).toBeInstanceOf(CollectionDataError);
		expect(sliced).toEqual(once);
	});
});
