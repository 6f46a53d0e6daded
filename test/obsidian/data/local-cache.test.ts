import "fake-indexeddb/auto";
import { createStore, get, set, del, keys } from "idb-keyval";
import { indexedDbCache } from "../../../src/obsidian/data/local-cache";

/** The database a vault's cache lives in, to look at it from outside. */
const databaseOf = (vaultKey: string) => createStore(`flashcard-review-cache-${vaultKey}`, "local");

describe("the device-local cache", () => {
	afterEach(() => jest.restoreAllMocks());

	it("gives back what this plugin version wrote for this vault", async () => {
		await indexedDbCache("vault-1", "1.0.0").write({ "cache.txt": "lines", "notes.0.json": "{}" });
		expect(await indexedDbCache("vault-1", "1.0.0").read()).toEqual({ "cache.txt": "lines", "notes.0.json": "{}" });
	});

	it("gives nothing to another vault or another plugin version, which rebuild it", async () => {
		await indexedDbCache("vault-2", "1.0.0").write({ "cache.txt": "lines" });
		expect(await indexedDbCache("vault-3", "1.0.0").read()).toBeNull();
		expect(await indexedDbCache("vault-2", "1.1.0").read()).toBeNull();
	});

	it("writes again only the files whose text changed since it read or wrote them", async () => {
		await indexedDbCache("vault-4", "1.0.0").write({ "states.txt": "a", "notes.0.json": "big", "notes.1.json": "bigger" });
		const cache = indexedDbCache("vault-4", "1.0.0");
		await cache.read();
		const put = jest.spyOn(IDBObjectStore.prototype, "put");
		await cache.write({ "states.txt": "b", "notes.0.json": "big", "notes.1.json": "bigger" });
		await cache.write({ "states.txt": "c", "notes.0.json": "big", "notes.1.json": "bigger, edited" });
		const written = put.mock.calls.map(([, key]) => String(key));
		expect(written).toEqual(["file:states.txt", "manifest", "file:states.txt", "file:notes.1.json", "manifest"]);
		expect(await indexedDbCache("vault-4", "1.0.0").read()).toEqual({ "states.txt": "c", "notes.0.json": "big", "notes.1.json": "bigger, edited" });
	});

	it("drops the records of files it no longer writes, and an earlier version's single record", async () => {
		const db = databaseOf("vault-5");
		await set("files", { version: "0.9.0", files: { "cache.txt": "old" } }, db);
		await indexedDbCache("vault-5", "1.0.0").write({ "states.txt": "a", "notes.0.json": "x", "notes.1.json": "y" });
		// Another instance, which never read them, writes fewer files.
		await indexedDbCache("vault-5", "1.0.0").write({ "states.txt": "b", "notes.0.json": "x" });
		expect((await keys(db)).map(String).sort()).toEqual(["file:notes.0.json", "file:states.txt", "manifest"]);
		expect(await indexedDbCache("vault-5", "1.0.0").read()).toEqual({ "states.txt": "b", "notes.0.json": "x" });
	});

	it("reads nothing when a file the manifest names is missing (the cache is rebuilt, never half used)", async () => {
		const db = databaseOf("vault-6");
		await indexedDbCache("vault-6", "1.0.0").write({ "states.txt": "a", "notes.0.json": "x" });
		expect(await get("manifest", db)).toEqual({ version: "1.0.0", names: ["states.txt", "notes.0.json"] });
		await del("file:notes.0.json", db);
		expect(await indexedDbCache("vault-6", "1.0.0").read()).toBeNull();
	});
});
