import { Collection, CollectionDataError } from "../../../../src/core";
import { answerFront, at, card, cardByFront, indexCards, newCollection, reviewTimes, utc } from "../builders";

const q1 = card("What is a VPC?", "A private network inside AWS.");
const q2 = card("What is a subnet?", "A range of addresses inside a VPC.");

function load(files: Record<string, string>, deviceId = "dev-a", local?: Record<string, string>): Collection {
	return Collection.fromFiles(files, local ? { deviceId, utcOffset: utc, files: local } : { deviceId, utcOffset: utc });
}

/** A device's store after indexing q1 and q2 and answering q1 twice. */
function answered(device = "dev-a"): Collection {
	const c = newCollection({}, device);
	indexCards(c, "Net.md", [q1, q2]);
	answerFront(c, q1.front, 3, at(0, 1));
	answerFront(c, q1.front, 3, at(1, 0));
	return c;
}

describe("Collection.toFiles / fromFiles", () => {
	it("writes data.json, the device's writes and its answers in files of its own", () => {
		const files = answered().toFiles();
		expect(Object.keys(files).sort()).toEqual(["data.json", "log-dev-a.2026-03.json", "log-dev-a.json", "store-dev-a.json"]);
		expect(JSON.parse(files["data.json"] as string)).toMatchObject({ format: "flashcard-review/store", version: 4 });
		// The notes' texts are not synced: the vault holds them.
		expect(Object.values(files).join("")).not.toContain("private network");
	});

	it("reads back every answer, and with the local cache every card, as saved", () => {
		const a = answered();
		const files = a.toFiles();
		const local = a.toLocalFiles();
		const again = load(files, "dev-a", local);
		const id = cardByFront(a, q1.front).id;
		expect(reviewTimes(again, id)).toEqual(reviewTimes(a, id));
		expect(again.cards()).toEqual(a.cards());
		expect(again.toFiles()).toEqual(files);
		expect(again.toLocalFiles()).toEqual(local);
	});

	it("replays a card whose line another version wrote otherwise, when its part changed since the local cache", () => {
		const a = answered();
		const local = a.toLocalFiles();
		const b = load(a.toFiles(), "dev-a", local);
		answerFront(b, q1.front, 1, at(3, 0));
		const files = b.toFiles();
		const id = cardByFront(b, q1.front).id;
		const month = Object.keys(files).find((name) => /^log-dev-a\.\d{4}-\d{2}\.json$/.test(name)) as string;
		const part = JSON.parse(files[month] as string) as { log: string };
		// The same answers, with a device number this version would leave out (its own answers' device, 0).
		part.log = part.log
			.split("\n")
			.map((line) => (line.startsWith(`${id} `) ? line + (line.slice(line.lastIndexOf(" ")).includes(",") ? ",0" : ",,0") : line))
			.join("\n");
		const odd = { ...files, [month]: JSON.stringify(part) };
		// Read with the cache a saved before that answer: the card's cached state is out of date.
		const again = load(odd, "dev-a", local);
		expect(reviewTimes(again, id)).toEqual(reviewTimes(b, id));
		expect(cardByFront(again, q1.front)).toMatchObject({ reps: 3, due: cardByFront(b, q1.front).due, lapses: 1 });
	});

	it("without the local cache, keeps every answer and finds the cards again once the note is read", () => {
		const a = answered();
		const again = load(a.toFiles());
		expect(again.cards()).toEqual([]);
		indexCards(again, "Net.md", [q1, q2]);
		const id = cardByFront(a, q1.front).id;
		expect(reviewTimes(again, id)).toEqual(reviewTimes(a, id));
		expect(cardByFront(again, q1.front)).toMatchObject({ reps: 2, due: cardByFront(a, q1.front).due });
	});

	it("gives each device only its own files, so a merge of both folders holds both devices' answers", () => {
		const a = answered("dev-a");
		const b = Collection.fromFiles(a.toFiles(), { deviceId: "dev-b", utcOffset: utc, files: {} });
		indexCards(b, "Net.md", [q1, q2]);
		answerFront(b, q2.front, 4, at(1, 5));
		const fromB = b.toFiles();
		expect(Object.keys(fromB).filter((name) => name.includes("dev-a"))).toEqual([]);
		a.merge(fromB);
		expect(cardByFront(a, q2.front).reps).toBe(1);
		expect(cardByFront(a, q1.front).reps).toBe(2);
	});

	it("keeps answering when one part is corrupt, lists it and never writes it", () => {
		const a = answered();
		const files = { ...a.toFiles(), "log-dev-a.json": '{"format":"flashcard-review/store","version":4,"dev' };
		const again = load(files);
		expect(again.readOnlyParts()).toEqual(["log-dev-a.json"]);
		expect(Object.keys(again.toFiles())).not.toContain("log-dev-a.json");
	});

	it("throws CollectionDataError only when no part can be read", () => {
		expect(() => load({})).toThrow(CollectionDataError);
		expect(() => load({ "data.json": "{" })).toThrow(CollectionDataError);
		expect(() => load({ "main.js": "x", "data.json": "null" })).toThrow(CollectionDataError);
	});

	it("still accepts a single data.json object in merge", () => {
		const a = answered("dev-a");
		const b = newCollection({}, "dev-b");
		b.merge(a.toJSON());
		indexCards(b, "Net.md", [q1, q2]);
		expect(cardByFront(b, q1.front).reps).toBe(2);
	});
});

describe("merging files", () => {
	const device = (id: string, minute: number): Record<string, string> => {
		const c = newCollection({}, id);
		indexCards(c, "Net.md", [q1, q2]);
		answerFront(c, q1.front, 3, at(0, minute));
		answerFront(c, q2.front, 1, at(0, minute + 1));
		answerFront(c, q1.front, 4, at(1, minute));
		return c.toFiles();
	};
	const a = device("dev-a", 1);
	const b = device("dev-b", 2);
	const c = device("dev-c", 3);
	const view = (x: Collection) => {
		indexCards(x, "Net.md", [q1, q2]);
		return { history: x.history(), cards: x.cards() };
	};
	const mergedInOrder = (...folders: Record<string, string>[]): Collection => {
		const x = newCollection({}, "reader");
		for (const folder of folders) x.merge(folder);
		return x;
	};

	it("gives the same store in any order and grouping, and again when merged twice", () => {
		const expected = view(mergedInOrder(a, b, c));
		expect(view(mergedInOrder(c, b, a))).toEqual(expected);
		expect(view(mergedInOrder(b, a, c, a, b))).toEqual(expected);
		expect(view(Collection.fromFiles({ ...a, ...b, ...c }, { deviceId: "reader", utcOffset: utc }))).toEqual(expected);
		expect(expected.history).toHaveLength(9);
	});
});
