import { Collection } from "../../../src/core";
import type { LocalCache, LocalFiles } from "../../../src/obsidian/data/local-cache";
import { useLanguage } from "../../../src/obsidian/i18n";
import { FakeAdapter } from "../../__mocks__/obsidian";
import { DATA, DIR, answerNote, answeredStore, instance, openLive } from "../support/data-file";
import { diskFilesOf, folderFiles, putFiles } from "../support/folder-files";

/**
 * The store as several files (layout 4 writes per-device parts beside data.json); beside the real ones,
 * a collection whose toFiles adds two stand-in parts with texts easy to check: `log-a.json` follows the
 * answers, `log-b.json` never changes.
 */
function withParts(frozen: string[] = []): void {
	const toFiles = Collection.prototype.toFiles;
	jest.spyOn(Collection.prototype, "toFiles").mockImplementation(function (this: Collection) {
		return { ...toFiles.call(this), "log-a.json": `answers ${this.history().length}`, "log-b.json": "mine" };
	});
	jest.spyOn(Collection.prototype, "readOnlyParts").mockReturnValue(frozen);
}

function memoryCache(): LocalCache & { files: LocalFiles | null } {
	const cache = { files: null as LocalFiles | null, read: async () => cache.files, write: async (files: LocalFiles) => void (cache.files = files) };
	return cache;
}

/** The folder device-a wrote after answering a card of A.md, with `parts` beside (or over) its files. */
function folderWith(parts: Record<string, string>): FakeAdapter {
	const adapter = new FakeAdapter();
	putFiles(adapter, { ...diskFilesOf(answeredStore("device-a", "A.md")), ...parts });
	adapter.writes.length = 0;
	return adapter;
}

describe("the store's parts beside data.json", () => {
	beforeEach(() => jest.useFakeTimers({ now: new Date(2025, 2, 10, 8, 5, 9) }));
	afterEach(() => {
		jest.restoreAllMocks();
		jest.useRealTimers();
	});

	it("hands every part to the store on load, and writes only the files whose text changed", async () => {
		withParts();
		const fromFiles = jest.spyOn(Collection, "fromFilesInSteps");
		const adapter = folderWith({ "log-a.json": "answers 1", "log-b.json": "mine" });
		const { file } = instance(adapter);
		const folder = Object.keys(folderFiles(adapter)).sort();
		expect(folder).toEqual(expect.arrayContaining(["data.json", "log-a.json", "log-b.json", "store-device-a.json"]));
		const { data } = await openLive(file);
		expect(Object.keys(fromFiles.mock.calls[0]![0]).sort()).toEqual(folder);
		await file.flush();
		adapter.writes.length = 0;
		answerNote(data.collection, "B.md");
		file.requestSave();
		await file.flush();
		expect(adapter.readSync(`${DIR}/log-a.json`)).toBe("answers 2");
		// The answer goes to this month's part; data.json (options) and the unchanged parts are not written.
		expect(adapter.writes.filter((p) => !p.endsWith(".tmp"))).toEqual([`${DIR}/log-device-a.2025-03.json`, `${DIR}/log-a.json`]);
	});

	it("says to update the plugin in the app's language, with the parts it keeps", async () => {
		withParts(["log-a.json", "log-b.json"]);
		useLanguage("de");
		try {
			const { file, notices } = instance(folderWith({ "log-a.json": "answers 1", "log-b.json": "written by version 9" }));
			await openLive(file);
			expect(notices).toEqual([
				"Deine Karteikarten wurden auf einem anderen Gerät aktualisiert: aktualisiere das Plugin. Du kannst weiterlernen; bis dahin werden log-a.json, log-b.json auf diesem Gerät nicht gespeichert.",
			]);
		} finally {
			useLanguage("en");
		}
	});

	it("never writes a part a newer version wrote, says to update the plugin, and keeps saving the rest", async () => {
		withParts(["log-b.json"]);
		const adapter = folderWith({ "log-a.json": "answers 1", "log-b.json": "written by version 9" });
		const { file, notices } = instance(adapter);
		const { data } = await openLive(file);
		expect(notices).toHaveLength(1);
		expect(notices[0]).toMatch(/updated on another device: update the plugin\. Reviewing goes on; until then log-b\.json is not saved/);
		answerNote(data.collection, "B.md");
		file.requestSave();
		await file.flush();
		expect(adapter.readSync(`${DIR}/log-b.json`)).toBe("written by version 9");
		expect(adapter.readSync(`${DIR}/log-a.json`)).toBe("answers 2");
		expect(file.readOnly).toBeNull();
	});

	it("takes in a part whose write was cut short before its rename, then removes the temporary file", async () => {
		withParts();
		const merge = jest.spyOn(Collection.prototype, "merge");
		const adapter = folderWith({ "log-a.json": "answers 1", "log-b.json": "mine", "log-b.json.tmp": "newer" });
		const { file } = instance(adapter);
		await openLive(file);
		expect(merge.mock.calls.map(([files]) => (files as Record<string, string>)["log-b.json"])).toEqual(["newer"]);
		await jest.advanceTimersByTimeAsync(2000);
		expect(adapter.files.has(`${DIR}/log-b.json.tmp`)).toBe(false);
	});

	it("keeps the device caches in the local cache, not in the synced folder, and gives them back on load", async () => {
		jest.spyOn(Collection.prototype, "toLocalFilesInSteps").mockImplementation(function* () {
			yield;
			return { "schedule.cache": "lines" };
		});
		const fromFiles = jest.spyOn(Collection, "fromFilesInSteps");
		const cache = memoryCache();
		const adapter = folderWith({});
		const { file } = instance(adapter, { cache });
		const { data } = await openLive(file);
		answerNote(data.collection, "B.md");
		file.requestSave();
		await file.flush();
		expect(cache.files).toEqual({ "schedule.cache": "lines" });
		expect([...adapter.files.keys()].some((p) => p.includes("schedule"))).toBe(false);
		await openLive(instance(adapter, { cache }).file);
		expect(fromFiles.mock.calls.at(-1)![1].files).toEqual({ "schedule.cache": "lines" });
	});

	it("notices a part that sync changed on disk, which Obsidian does not report", async () => {
		withParts();
		const adapter = folderWith({ "log-a.json": "answers 1", "log-b.json": "mine" });
		const { file } = instance(adapter);
		const { data, apply } = await openLive(file);
		await file.flush();
		expect(await file.changedOnDisk()).toBe(false);
		adapter.writeSync(`${DIR}/log-b.json`, "from the phone", Date.now() + 60_000);
		expect(await file.changedOnDisk()).toBe(true);
		await file.reload(data.collection, apply);
		expect(await file.changedOnDisk()).toBe(false);
	});
});

describe("a backup restored beside newer parts", () => {
	beforeEach(() => jest.useFakeTimers({ now: new Date(2025, 2, 10, 8, 5, 9) }));
	afterEach(() => {
		jest.restoreAllMocks();
		jest.useRealTimers();
	});

	it("merges the parts on disk into the backup and never writes the backup's older parts over them", async () => {
		withParts();
		const merge = jest.spyOn(Collection.prototype, "merge");
		const adapter = folderWith({ "log-a.json": "answers 1", "log-b.json": "mine" });
		const first = instance(adapter);
		await openLive(first.file);
		await first.file.close();
		// Another device's part moves on; then data.json is damaged.
		adapter.writeSync(`${DIR}/log-b.json`, "mine");
		adapter.writeSync(DATA, "{trunc");
		adapter.writes.length = 0;
		const second = instance(adapter);
		await openLive(second.file);
		expect(second.notices.at(-1)).toContain("restored from the backup of 2025-03-10");
		expect(merge.mock.calls.some(([files]) => (files as Record<string, string>)["log-a.json"] === "answers 1")).toBe(true);
		await jest.advanceTimersByTimeAsync(2000);
		expect(adapter.writes.filter((p) => p.endsWith("log-b.json"))).toEqual([]);
		expect(adapter.writes).toContain(DATA);
	});
});
