import { readFileSync } from "fs";
import { join } from "path";
import { Collection, CollectionDataError, STORE_VERSION } from "../../../src/core";
import { answerFront, at, card, indexCards, newCollection, reload, utc } from "./builders";

function sampleJson(): Record<string, unknown> {
	const collection = newCollection();
	indexCards(collection, "Deck.md", [card("One?", "The first answer."), card("Two?", "The second answer.", { marker: "#card-reverse" })]);
	answerFront(collection, "One?", 3, at(0, 1));
	answerFront(collection, "Two?", 1, at(0, 2));
	collection.bury(collection.cards()[1]?.id as string, at(0, 3));
	return JSON.parse(JSON.stringify(collection.toJSON())) as Record<string, unknown>;
}

function withChange(change: (json: Record<string, unknown>) => void): Record<string, unknown> {
	const json = sampleJson();
	change(json);
	return json;
}

describe("Collection.fromJSON", () => {
	it.each([
		["null", null, /No store data/],
		["undefined", undefined, /No store data/],
		["a number", 42, /at the store: expected an object, got number 42/],
		["a list", [], /at the store: expected an object, got a list/],
		["an empty object", {}, /"version" is missing/],
		["broken JSON text", '{"format":"flashcard-review/store","vers', /not valid JSON \(truncated file\?\)/],
		["another plugin's data", { format: "other", version: 1 }, /at format: expected "flashcard-review\/store"/],
		["a future version", { ...sampleJson(), version: STORE_VERSION + 1 }, /newer version of the plugin/],
		["a version that is not a number", { ...sampleJson(), version: "2" }, /at version: expected a whole number/],
	])("rejects %s with a clear message", (_, data, message) => {
		expect(() => Collection.fromJSON(data)).toThrow(CollectionDataError);
		expect(() => Collection.fromJSON(data)).toThrow(message);
	});

	it.each([
		["a truncated object", (j: Record<string, unknown>) => delete j.log, /"log" is missing \(truncated data\?\)/],
		["notes of the wrong type", (j: Record<string, unknown>) => (j.notes = []), /at notes: expected an object, got a list/],
		[
			"an answer with a bad rating",
			(j: Record<string, unknown>) => {
				const log = j.log as Record<string, unknown[][]>;
				const first = Object.values(log)[0]?.[0] as unknown[];
				first[1] = 7;
			},
			/at log\["\w+"\]\[0\]\[1\]: expected a rating 1, 2, 3 or 4, got number 7/,
		],
		[
			"a card of unknown kind",
			(j: Record<string, unknown>) => {
				const note = (j.notes as Record<string, { c: unknown[][] }>)["Deck.md"];
				(note?.c[0] as unknown[])[1] = "z";
			},
			/at notes\["Deck\.md"\]\.c\[0\]\[1\]: expected a card kind/,
		],
		[
			"an invalid option",
			(j: Record<string, unknown>) => ((j.options as Record<string, unknown>).dayStartHour = 25),
			/options.*dayStartHour.*0 to 23/,
		],
		["a device number out of range", (j: Record<string, unknown>) => (j.devices = []), /expected a device number below 0/],
		[
			"a cached stability the scheduler refuses",
			(j: Record<string, unknown>) => ((Object.values(j.cache as Record<string, unknown[]>)[0] as unknown[])[2] = -1),
			/at cache\["[\w-]+"\]\[2\]: expected a stability of at least 0.001, got number -1/,
		],
		[
			"a cached difficulty out of range",
			(j: Record<string, unknown>) => ((Object.values(j.cache as Record<string, unknown[]>)[0] as unknown[])[3] = 11),
			/at cache\["[\w-]+"\]\[3\]: expected a difficulty from 1 to 10, got number 11/,
		],
	])("rejects %s, naming where the problem is", (_, change, message) => {
		expect(() => Collection.fromJSON(withChange(change))).toThrow(message);
	});

	it("gives back exactly what toJSON wrote", () => {
		const json = sampleJson();
		expect(Collection.fromJSON(json, { utcOffset: utc }).toJSON()).toEqual(json);
	});

	it("reads a JSON text as well as an object", () => {
		const json = sampleJson();
		expect(Collection.fromJSON(JSON.stringify(json), { utcOffset: utc }).toJSON()).toEqual(json);
	});

	it("keeps the options in the stored data, without device-local settings", () => {
		const collection = newCollection({ newPerDay: 7, desiredRetention: 0.85, learningSteps: [2, 20] });
		const json = collection.toJSON();
		expect(json.options).toMatchObject({ newPerDay: 7, desiredRetention: 0.85, learningSteps: [2, 20] });
		expect(JSON.stringify(json)).not.toContain("dev-a");
		expect(reload(collection).options()).toMatchObject({ newPerDay: 7, desiredRetention: 0.85, learningSteps: [2, 20] });
	});
});

describe("store migration", () => {
	const fixture = JSON.parse(readFileSync(join(__dirname, "../../fixtures/store/v1-store.json"), "utf8")) as unknown;

	it("reads a version-1 store with its cards, history, options and flags", () => {
		const collection = Collection.fromJSON(fixture, { deviceId: "phone", utcOffset: () => 60 });
		expect(collection.options().newPerDay).toBe(15);
		expect(collection.cards().map((c) => [c.id, c.front, c.state, c.reps, c.suspended])).toEqual([
			["hkz55dzu0m", "chat", "review", 2, false],
			["hkz55dzu0m-r", "cat", "new", 0, true],
			["0yzepfsx4k", "Where is the Louvre?", "review", 1, false],
		]);
		expect(collection.card("0yzepfsx4k")).toMatchObject({ due: 1749629580000, stability: 8.2956, difficulty: 1 });
		expect(collection.history("hkz55dzu0m").map((r) => [r.time, r.duration])).toEqual([
			[1748764860000, 4200],
			[1748765520000, 3100],
		]);
		expect(collection.orphans().map((o) => [o.id, o.front, o.path, o.reviews.length])).toEqual([
			["8bxf34bjnm", "Gone question?", "French/Old.md", 1],
		]);
		expect(collection.card("0yzepfsx4k")?.buried).toBe(true);
	});

	it("writes the current version, and reads every migrated note again once", () => {
		const collection = Collection.fromJSON(fixture, { utcOffset: () => 60 });
		expect(collection.toJSON().version).toBe(STORE_VERSION);
		expect(collection.isNoteUpToDate("French/Animals.md", 0, 0)).toBe(false);
		expect(Collection.fromJSON(collection.toJSON(), { utcOffset: () => 60 }).toJSON()).toEqual(collection.toJSON());
	});
});
