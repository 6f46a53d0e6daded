/**
 * @jest-environment jsdom
 */
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

	it("needs no slice for a small collection", () => {
		expect(new LiveCollection(collectionOf(3)).prepare(NOW)).toBeUndefined();
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
