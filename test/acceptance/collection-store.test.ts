// Acceptance checks of the card store's data contract (DESIGN.md §3): loading, saving, indexing, cards().
import { Collection, CollectionDataError, type CardInfo } from "../../src/core";
import { at, byFront, lines, store, viaJson, withYaml } from "./support";

const MONDAY = at("2025-03-10T09:00:00Z");

const NETWORKING = withYaml(
	["cards-deck: Cloud::Networking", "tags: [aws]"],
	"# VPC", // 4
	"## What is a subnet? #card #aws/vpc", // 5
	"A range of IP addresses.",
	"",
	"## NAT gateway #card-reverse", // 8
	"Lets private instances reach the internet.",
	"",
	"A ==route table== holds ==routes==. #card", // 11
);

const STORAGE = lines("What is S3? #card", "Object storage.", "", "What is EBS? #card", "Block storage.");

function indexed(): Collection {
	const collection = store();
	collection.indexNote("Cloud/Networking.md", NETWORKING, MONDAY);
	collection.indexNote("Cloud/Storage.md", STORAGE, MONDAY);
	return collection;
}

describe("an empty store", () => {
	it("has no cards, no orphans and an empty queue", () => {
		const collection = new Collection();
		expect(collection.cards()).toEqual([]);
		expect(collection.orphans()).toEqual([]);
		expect(collection.queue(MONDAY)).toEqual({ counts: { new: 0, learn: 0, due: 0 }, cards: [] });
		expect(collection.undo()).toBe(false);
	});

	it("saves as plain JSON that loads back", () => {
		const json = new Collection().toJSON();
		expect(viaJson(json)).toEqual(json);
		expect(Collection.fromJSON(viaJson(json)).cards()).toEqual([]);
	});
});

describe("fromJSON and merge refuse bad data", () => {
	const good = (): Record<string, unknown> => viaJson(indexed().toJSON()) as Record<string, unknown>;

	it.each([
		{ name: "null", data: null },
		{ name: "undefined", data: undefined },
		{ name: "a number", data: 42 },
		{ name: "a string", data: "{}" },
		{ name: "an array", data: [] },
		{ name: "an empty object", data: {} },
		{ name: "another plugin's settings", data: { newPerDay: 20, theme: "dark" } },
		{ name: "a newer version", data: { ...good(), version: 999 } },
		{ name: "a truncated store", data: { ...good(), notes: undefined } },
		{ name: "notes of the wrong type", data: { ...good(), notes: "Cloud/Networking.md" } },
		{ name: "options of the wrong type", data: { ...good(), options: { newPerDay: "twenty" } } },
	])("fromJSON throws CollectionDataError on $name", ({ data }) => {
		expect(() => Collection.fromJSON(data)).toThrow(CollectionDataError);
	});

	it("throws an Error subclass that a shell can catch as Error", () => {
		let caught: unknown;
		try {
			Collection.fromJSON(null);
		} catch (error) {
			caught = error;
		}
		expect(caught).toBeInstanceOf(Error);
		expect(caught).toBeInstanceOf(CollectionDataError);
	});

	it("merge throws CollectionDataError on bad data and leaves the store as it was", () => {
		const collection = indexed();
		const before = collection.toJSON();
		for (const data of [null, {}, "x", { ...good(), version: 999 }]) {
			expect(() => collection.merge(data)).toThrow(CollectionDataError);
		}
		expect(collection.toJSON()).toEqual(before);
	});
});

describe("fromJSON on damaged data (any single value changed)", () => {
	type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

	/** A store with every kind of content: cards of each kind, answers, lapses, a burial, a suspension, an orphan. */
	function richData(): Json {
		const collection = store({ deviceId: "laptop" });
		collection.indexNote("Cloud/Networking.md", NETWORKING, MONDAY);
		collection.indexNote("Cloud/Storage.md", STORAGE, MONDAY);
		for (const card of collection.cards()) collection.answer(card.id, 3, at("2025-03-10T09:01:00Z"));
		const cards = collection.cards();
		collection.answer((cards[0] as CardInfo).id, 1, at("2025-03-10T09:20:00Z"));
		collection.bury((cards[1] as CardInfo).id, at("2025-03-10T09:21:00Z"));
		collection.suspend((cards[2] as CardInfo).id, true, at("2025-03-10T09:22:00Z"));
		collection.indexNote("Cloud/Storage.md", lines("What is EBS? #card", "Block storage."), at("2025-03-10T09:23:00Z"));
		return viaJson(collection.toJSON()) as Json;
	}

	function paths(value: Json, path: (string | number)[] = []): (string | number)[][] {
		if (value === null || typeof value !== "object") return [path];
		const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
		return [path, ...keys.flatMap((key) => paths((value as Record<string | number, Json>)[key] as Json, [...path, key]))];
	}

	it("either refuses it with CollectionDataError or loads a store that works", () => {
		const data = richData();
		const problems: string[] = [];
		for (const path of paths(data).filter((p) => p.length > 0)) {
			for (const replacement of [undefined, null, -1, "x", 1e-9, 11, []]) {
				const damaged = viaJson(data) as Record<string | number, unknown>;
				let parent = damaged;
				for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
				parent[path[path.length - 1] as string | number] = replacement;
				try {
					const loaded = Collection.fromJSON(viaJson(damaged), { utcOffset: () => 0 });
					const later = at("2025-03-11T09:00:00Z");
					loaded.queue(later);
					loaded.orphans();
					for (const card of loaded.cards()) loaded.preview(card.id, later);
					for (const card of loaded.cards()) loaded.answer(card.id, 3, later);
					Collection.fromJSON(viaJson(loaded.toJSON())).merge(viaJson(damaged));
				} catch (error) {
					if (!(error instanceof CollectionDataError)) problems.push(`${path.join(".")} = ${JSON.stringify(replacement)}: ${String(error)}`);
				}
			}
		}
		expect(problems).toEqual([]);
	});
});

describe("toJSON", () => {
	it("is plain JSON that round-trips cards, history and state", () => {
		const collection = indexed();
		const subnet = byFront(collection.cards(), "What is a subnet?");
		collection.answer(subnet.id, 3, at("2025-03-10T09:05:00Z"));
		collection.suspend(byFront(collection.cards(), "What is S3?").id, true, at("2025-03-10T09:06:00Z"));
		const json = collection.toJSON();
		expect(viaJson(json)).toEqual(json);
		const loaded = Collection.fromJSON(viaJson(json), { deviceId: "laptop", utcOffset: () => 0 });
		expect(loaded.cards()).toEqual(collection.cards());
		expect(loaded.toJSON()).toEqual(json);
	});

	it("carries the options, so a store loaded elsewhere keeps its limits, steps and card word", () => {
		const collection = store({ newPerDay: 2, learningSteps: [3], cardTag: "flashcard" });
		const json = viaJson(collection.toJSON());
		const loaded = Collection.fromJSON(json, { utcOffset: () => 0 });
		loaded.indexNote("n.md", lines("Q1 #flashcard", "A1", "", "Q2 #flashcard", "A2", "", "Q3 #flashcard", "A3", "", "Q4 #card", "A4"), MONDAY);
		expect(loaded.cards().map((card) => card.front)).toEqual(["Q1", "Q2", "Q3"]);
		const queue = loaded.queue(MONDAY);
		expect(queue.counts.new).toBe(2);
		const first = queue.cards[0] as CardInfo;
		expect(loaded.preview(first.id, MONDAY)[1]).toBe(MONDAY.getTime() + 3 * 60_000);
	});

	it("never holds the local device id as the store's own identity", () => {
		const data = viaJson(indexed().toJSON());
		const phone = Collection.fromJSON(data, { deviceId: "phone-4f1c9a" });
		expect(JSON.stringify(phone.toJSON())).not.toContain("phone-4f1c9a");
		const fresh = new Collection({ deviceId: "tablet-77aa" });
		fresh.indexNote("Cloud/Storage.md", STORAGE, MONDAY);
		expect(JSON.stringify(fresh.toJSON())).not.toContain("tablet-77aa");
	});

	it("names the answering device only with its answers", () => {
		const phone = Collection.fromJSON(viaJson(indexed().toJSON()), { deviceId: "phone-4f1c9a" });
		phone.answer(byFront(phone.cards(), "What is S3?").id, 3, at("2025-03-10T09:05:00Z"));
		const loadedElsewhere = Collection.fromJSON(viaJson(phone.toJSON()), { deviceId: "laptop-1" });
		expect(JSON.stringify(loadedElsewhere.toJSON())).toContain("phone-4f1c9a");
		expect(JSON.stringify(loadedElsewhere.toJSON())).not.toContain("laptop-1");
	});
});

describe("indexNote and cards()", () => {
	const collection = indexed();
	const cards = collection.cards();

	it("lists every reviewable card in note and document order: two per reversed entry, one per cloze number", () => {
		expect(cards.map((card) => [card.path, card.kind, card.front])).toEqual([
			["Cloud/Networking.md", "basic", "What is a subnet?"],
			["Cloud/Networking.md", "reversed", "NAT gateway"],
			["Cloud/Networking.md", "reversed", "Lets private instances reach the internet."],
			["Cloud/Networking.md", "cloze", "A ==route table== holds ==routes==."],
			["Cloud/Networking.md", "cloze", "A ==route table== holds ==routes==."],
			["Cloud/Storage.md", "basic", "What is S3?"],
			["Cloud/Storage.md", "basic", "What is EBS?"],
		]);
	});

	it("gives every card a distinct id, and siblings one shared noteCardId", () => {
		expect(new Set(cards.map((card) => card.id)).size).toBe(cards.length);
		const noteCards = cards.map((card) => card.noteCardId);
		expect(noteCards[1]).toBe(noteCards[2]);
		expect(noteCards[3]).toBe(noteCards[4]);
		expect(new Set(noteCards).size).toBe(5);
		for (const card of cards) expect(card.id).not.toBe("");
	});

	it("fills every CardInfo field of a new card", () => {
		const subnet = cards[0] as CardInfo;
		expect(subnet).toMatchObject({
			kind: "basic",
			path: "Cloud/Networking.md",
			line: 5,
			front: "What is a subnet?",
			back: "A range of IP addresses.",
			context: ["VPC"],
			deck: "Cloud::Networking",
			state: "new",
			reps: 0,
			lapses: 0,
			suspended: false,
			buried: false,
			leech: false,
		});
		expect(subnet.tags).toEqual(expect.arrayContaining(["aws", "aws/vpc"]));
		expect(Number.isFinite(subnet.due)).toBe(true);
		expect(typeof subnet.id).toBe("string");
		expect(typeof subnet.noteCardId).toBe("string");
	});

	it("shows the back→front side of a reversed card with the note card's back as its front", () => {
		const [forward, backward] = [cards[1], cards[2]] as [CardInfo, CardInfo];
		expect([forward.front, forward.back]).toEqual(["NAT gateway", "Lets private instances reach the internet."]);
		expect([backward.front, backward.back]).toEqual(["Lets private instances reach the internet.", "NAT gateway"]);
		expect(backward.line).toBe(8);
		expect(backward.id).not.toBe(forward.id);
	});

	it("gives a cloze card its markup and the number it asks", () => {
		const clozes = cards.filter((card) => card.kind === "cloze");
		expect(clozes.map((card) => card.cloze)).toEqual([1, 2]);
		expect(clozes.map((card) => card.line)).toEqual([11, 11]);
	});

	it("reads the folder deck of a note without a deck key", () => {
		expect(byFront(cards, "What is S3?").deck).toBe("Cloud");
	});

	it("mints the same ids on two devices that index the same note", () => {
		expect(indexed().cards().map((card) => card.id)).toEqual(cards.map((card) => card.id));
		const other = new Collection({ deviceId: "phone" });
		other.indexNote("Cloud/Storage.md", STORAGE, at("2025-04-01T00:00:00Z"));
		other.indexNote("Cloud/Networking.md", NETWORKING, at("2025-04-01T00:00:00Z"));
		expect(other.cards().map((card) => card.id).sort()).toEqual(cards.map((card) => card.id).sort());
	});

	it("lists notes in the same order whatever order they were indexed in", () => {
		const other = store();
		other.indexNote("Cloud/Storage.md", STORAGE, MONDAY);
		other.indexNote("Cloud/Networking.md", NETWORKING, MONDAY);
		expect(other.cards().map((card) => card.id)).toEqual(cards.map((card) => card.id));
	});

	it("returns the note's warnings and its changes", () => {
		const fresh = store();
		const changes = fresh.indexNote("Bad.md", lines("Q #card", "", "## R #card", "A"), MONDAY);
		expect(changes.warnings.map((warning) => warning.line)).toEqual([0]);
		expect(fresh.cards().map((card) => card.front)).toEqual(["R"]);
	});

	it("updates a card's text, line and deck when the note changes, keeping its id", () => {
		const collection2 = indexed();
		const before = byFront(collection2.cards(), "What is S3?");
		collection2.indexNote(
			"Cloud/Storage.md",
			withYaml(["cards-deck: Storage"], "Intro.", "", "What is S3? #card #s3", "Simple Storage Service."),
			at("2025-03-11T09:00:00Z"),
		);
		const after = byFront(collection2.cards(), "What is S3?");
		expect(after).toMatchObject({ id: before.id, back: "Simple Storage Service.", line: 5, deck: "Storage" });
		expect(after.tags).toContain("s3");
		expect(collection2.cards().some((card) => card.front === "What is EBS?")).toBe(false);
	});

	it("never lets a caller's change to a returned card reach the saved data", () => {
		const collection2 = indexed();
		const before = JSON.stringify(collection2.toJSON());
		const attempt = (change: () => unknown): void => {
			try {
				change();
			} catch {
				// Refusing the change (frozen data) is as good as ignoring it.
			}
		};
		for (const info of [...collection2.cards(), ...collection2.queue(MONDAY).cards]) {
			attempt(() => info.tags.push("shown"));
			attempt(() => info.tags.sort());
			attempt(() => info.context.push("breadcrumb"));
			attempt(() => (info.front = "changed"));
		}
		expect(JSON.stringify(collection2.toJSON())).toBe(before);
		expect(byFront(collection2.cards(), "What is S3?")).toMatchObject({ context: [], tags: [] });
		expect(collection2.cards().map((card) => card.front)).not.toContain("changed");
	});

	it("forgets a note's cards when the note is emptied", () => {
		const collection2 = indexed();
		collection2.indexNote("Cloud/Storage.md", "", MONDAY);
		expect(collection2.cards().filter((card) => card.path === "Cloud/Storage.md")).toEqual([]);
	});
});
