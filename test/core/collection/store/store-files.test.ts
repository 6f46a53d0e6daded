import { Collection, CollectionDataError } from "../../../../src/core";

const NOW = new Date(2025, 2, 10, 9, 0);

function answered(deviceId: string, note: string): Collection {
	const collection = new Collection({ deviceId });
	collection.indexNote(note, "## Q #card\nA\n", NOW);
	collection.answer(collection.cards()[0]!.id, 3, NOW);
	return collection;
}

describe("the store as files of the plugin folder", () => {
	it("reads back what it writes, data.json first", () => {
		const files = answered("a", "Q.md").toFiles();
		expect(Object.keys(files)).toContain("data.json");
		const loaded = Collection.fromFiles(files, { deviceId: "a" });
		expect(loaded.toFiles()).toEqual(files);
		expect(loaded.history()).toHaveLength(1);
	});

	it("keeps no device cache and no read-only part in this layout", () => {
		const collection = answered("a", "Q.md");
		expect(collection.toLocalFiles()).toEqual({});
		expect(collection.readOnlyParts()).toEqual([]);
	});

	it("merges another device's files as it merges its data.json", () => {
		const mine = answered("a", "Q.md");
		mine.merge(answered("b", "R.md").toFiles());
		expect(new Set(mine.history().map((r) => r.device))).toEqual(new Set(["a", "b"]));
	});

	it.each([
		{ description: "no data.json", files: {} as Record<string, string> },
		{ description: "a data.json that is not JSON", files: { "data.json": "{half" } as Record<string, string> },
	])("refuses $description with a CollectionDataError", ({ files }) => {
		expect(() => Collection.fromFiles(files, { deviceId: "a" })).toThrow(CollectionDataError);
	});
});
