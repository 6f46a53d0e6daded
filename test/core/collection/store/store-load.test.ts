import { readFileSync } from "fs";
import { join } from "path";
import { Collection, CollectionDataError, STORE_VERSION } from "../../../../src/core";
import { answerFront, at, card, indexCards, newCollection, reload, utc } from "../builders";

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
			(j: Record<string, unknown>) => (j.log = (j.log as string).replace(/^(\S+ \d+),\d/, "$1,7")),
			/at log\["\w+"\]\[0\]\[1\]: expected a rating 1, 2, 3 or 4, got "7"/,
		],
		[
			"answers out of time order",
			(j: Record<string, unknown>) => (j.log = (j.log as string).replace(/^(\S+ \d+,\d)/, "$1 0,3")),
			/at log\["\w+"\]\[1\]: expected answers in time order without repeats, got "0,3"/,
		],
		[
			"a line ending in a space",
			(j: Record<string, unknown>) => (j.log = (j.log as string).replace(/\n/, " \n")),
			/at log\["\w+"\]\[\d\]\[0\]: expected a whole number ≥ 0, got ""/,
		],
		[
			"log lines out of order",
			(j: Record<string, unknown>) => (j.log = (j.log as string).split("\n").reverse().join("\n")),
			/at log line 2: expected card ids in order, each once/,
		],
		[
			"a device number beyond the device table",
			(j: Record<string, unknown>) => (j.log = (j.log as string).replace(/^(\S+ \d+,\d)/, "$1,,5")),
			/at log\["\w+"\]\[0\]\[3\]: expected a device number below 1, got "5"/,
		],
		["a log that is not a text", (j: Record<string, unknown>) => (j.log = {}), /at log: expected a text of answers, a line per card, got an object/],
		[
			"a cached state with a bad state code",
			(j: Record<string, unknown>) => (j.cache = (j.cache as string).replace(/^(\S+ )\d/, "$17")),
			/at cache\["\w+"\]\[0\]: expected a state code 0–3, got "7"/,
		],
		[
			"a cached state with a field too many",
			(j: Record<string, unknown>) => (j.cache = (j.cache as string).replace(/\n|$/, ",9\n")),
			/at cache\["\w+"\]: expected a schedule state,due,stability,difficulty,scheduledDays,step,lapses, got "[\d.,]+,9"/,
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
			(j: Record<string, unknown>) => (j.cache = (j.cache as string).replace(/^(\S+ \d+,\d+,)[^,]+/, "$1-1")),
			/at cache\["[\w-]+"\]\[2\]: expected a stability of at least 0.001, got "-1"/,
		],
		[
			"a cached stability too small to count",
			(j: Record<string, unknown>) => (j.cache = (j.cache as string).replace(/^(\S+ \d+,\d+,)[^,]+/, "$10.0009")),
			/at cache\["[\w-]+"\]\[2\]: expected a stability of at least 0.001, got "0.0009"/,
		],
		[
			"a cached difficulty out of range",
			(j: Record<string, unknown>) => (j.cache = (j.cache as string).replace(/^(\S+ \d+,\d+,[^,]+,)[^,]+/, "$111")),
			/at cache\["[\w-]+"\]\[3\]: expected a difficulty from 1 to 10, got "11"/,
		],
		[
			"a cached difficulty just above the range",
			(j: Record<string, unknown>) => (j.cache = (j.cache as string).replace(/^(\S+ \d+,\d+,[^,]+,)[^,]+/, "$110.000001")),
			/at cache\["[\w-]+"\]\[3\]: expected a difficulty from 1 to 10, got "10.000001"/,
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
	const fixture = JSON.parse(readFileSync(join(__dirname, "../../../fixtures/store/v1-store.json"), "utf8")) as unknown;
	const v2Fixture = (): Record<string, unknown> => JSON.parse(readFileSync(join(__dirname, "../../../fixtures/store/v2-store.json"), "utf8")) as Record<string, unknown>;
	/** What version 2 itself reported for its fixture (cards, replayed history, orphans), saved with it. */
	const v2Replayed = JSON.parse(readFileSync(join(__dirname, "../../../fixtures/store/v2-store-replayed.json"), "utf8")) as Record<string, unknown>;
	const berlinSummer = (): number => 120;

	it("reads a version-2 store with the cards, history and orphans version 2 had", () => {
		const collection = Collection.fromJSON(v2Fixture(), { deviceId: "laptop", utcOffset: berlinSummer });
		expect(collection.cards().map((c) => [c.id, c.front, c.state, c.reps, c.lapses, c.due, c.suspended])).toEqual(v2Replayed.cards);
		expect(collection.history().map((r) => [r.card, r.time, r.rating, r.device, r.offset, r.duration ?? null, r.state, r.due])).toEqual(v2Replayed.history);
		expect(collection.orphans().map((o) => [o.id, o.front, o.reviews.length])).toEqual(v2Replayed.orphans);
	});

	it.each([
		[
			"an answer with a bad rating",
			(j: Record<string, unknown>) => ((Object.values(j.log as Record<string, unknown[][]>)[0]?.[0] as unknown[])[1] = 7),
			/at log\["\w+"\]\[0\]\[1\]: expected a rating 1, 2, 3 or 4, got number 7/,
		],
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
	])("names a bad value of a version-2 store in its own terms: %s", (_, change, message) => {
		const json = v2Fixture();
		change(json);
		expect(() => Collection.fromJSON(json)).toThrow(message);
	});

	it("writes a version-2 store as the current version, which reads back the same", () => {
		const collection = Collection.fromJSON(v2Fixture(), { deviceId: "laptop", utcOffset: berlinSummer });
		const json = collection.toJSON();
		expect(json.version).toBe(STORE_VERSION);
		const again = Collection.fromJSON(JSON.parse(JSON.stringify(json)), { deviceId: "laptop", utcOffset: berlinSummer });
		expect(again.toJSON()).toEqual(json);
		expect(again.history()).toEqual(collection.history());
		// Indexed by an older parser: read once more, since the newer one may find cards it missed.
		expect(collection.isNoteUpToDate("Geo.md", 1749196800000, 183)).toBe(false);
		collection.indexNote("Geo.md", "Q #card\nA", new Date(1749196800000), { mtime: 1749196800000, size: 183 });
		expect(collection.isNoteUpToDate("Geo.md", 1749196800000, 183)).toBe(true);
	});

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

describe("saving a loaded store", () => {
	/** A store of three cards with answers from two devices, saved and parsed again. */
	function savedStore(): Record<string, unknown> {
		const collection = newCollection();
		indexCards(collection, "Deck.md", [card("One?", "The first answer."), card("Two?", "The second answer."), card("Three?", "The third answer.")]);
		answerFront(collection, "One?", 3, at(0, 1));
		answerFront(collection, "Two?", 1, at(0, 2));
		answerFront(collection, "Three?", 4, at(0, 3));
		const phone = Collection.fromJSON(collection.toJSON(), { deviceId: "dev-b", utcOffset: utc });
		answerFront(phone, "One?", 3, at(2, 0));
		collection.merge(phone.toJSON());
		return JSON.parse(JSON.stringify(collection.toJSON())) as Record<string, unknown>;
	}
	const lines = (text: unknown): string[] => String(text).split("\n");

	it("writes back the texts it read when nothing changed", () => {
		const json = savedStore();
		const saved = Collection.fromJSON(json, { deviceId: "dev-a", utcOffset: utc }).toJSON();
		expect([saved.log, saved.cache]).toEqual([json.log, json.cache]);
	});

	it("rewrites only the lines of the card answered since loading", () => {
		const json = savedStore();
		const collection = Collection.fromJSON(json, { deviceId: "dev-a", utcOffset: utc });
		const id = answerFront(collection, "Two?", 3, at(3, 0));
		const saved = collection.toJSON();
		const changed = (before: unknown, after: unknown): string[] => lines(after).filter((line) => !lines(before).includes(line));
		expect(changed(json.log, saved.log).map((line) => line.split(" ")[0])).toEqual([id]);
		expect(changed(json.cache, saved.cache).map((line) => line.split(" ")[0])).toEqual([id]);
		expect(lines(saved.log)).toHaveLength(lines(json.log).length);
	});

	it("writes lines read in another form the way this version writes them, with the same answers", () => {
		const json = savedStore();
		const [first = "", ...rest] = lines(json.log);
		// The same answers, with leading zeros and a device written though it did not change.
		const [id = "", answer = "", ...more] = first.split(" ");
		const [gap, rating, ...fields] = answer.split(",");
		const odd = `${id} 00${gap},${rating},${fields.length > 0 ? fields.join(",") : ",0"}${more.map((a) => ` ${a}`).join("")}`;
		const collection = Collection.fromJSON({ ...json, log: [odd, ...rest].join("\n") }, { deviceId: "dev-a", utcOffset: utc });
		expect(collection.toJSON().log).toBe(json.log);
	});
});

describe("reminder cards in the store", () => {
	it("are stored, scheduled and read back", () => {
		const now = new Date("2026-03-01T12:00:00Z");
		const collection = new Collection();
		collection.indexNote("n.md", "Keep it simple. #card-reminder\n\nQ #card\nA", now);
		const reminder = collection.cards().find((card) => card.kind === "reminder");
		expect(reminder).toEqual(expect.objectContaining({ front: "Keep it simple.", back: "", state: "new" }));
		collection.answer(reminder?.id ?? "", 3, now);
		const again = Collection.fromJSON(JSON.parse(JSON.stringify(collection.toJSON())));
		expect(again.cards().map((card) => [card.kind, card.front, card.reps])).toEqual([
			["reminder", "Keep it simple.", 1],
			["basic", "Q", 0],
		]);
	});
});
