import { Collection } from "../../../src/core";
import { timestamp } from "../../../src/obsidian/data/backups";
import type { DataFileIo } from "../../../src/obsidian/data/data-io";
import { PluginDataFile } from "../../../src/obsidian/data/persistence";
import { NO_CACHE } from "../../../src/obsidian/data/local-cache";
import { DEFAULT_SHELL_SETTINGS } from "../../../src/obsidian/settings/shell-settings";
import { FakeAdapter } from "../../__mocks__/obsidian";
import { answerNote, answersOnDisk } from "../support/data-file";
import { diskFilesOf, putFiles, putStore, readStore, storeOnDisk, type FolderFiles } from "../support/folder-files";

const DIR = ".obsidian/plugins/flashcard-review";
const DATA = `${DIR}/data.json`;

/**
 * A data file over an in-memory adapter whose loadData/saveData behave like Obsidian's, its folder
 * holding `initial` as data.json or the files given. `saves` counts writes of data.json; `written`
 * names the files of the folder written since it was last asked (backups left out).
 */
function dataFile(initial?: string | FolderFiles, io: Partial<DataFileIo> = {}): { file: PluginDataFile; adapter: FakeAdapter; notices: string[]; saves: () => number; written: () => string[] } {
	const adapter = new FakeAdapter();
	if (typeof initial === "string") adapter.writeSync(DATA, initial);
	else if (initial !== undefined) putFiles(adapter, initial);
	adapter.writes.length = 0;
	let seen = 0;
	const written = (): string[] => {
		const fresh = adapter.writes.slice(seen);
		seen = adapter.writes.length;
		return fresh.filter((p) => !p.endsWith(".tmp") && !p.startsWith(`${DIR}/backups/`)).map((p) => p.slice(DIR.length + 1));
	};
	const notices: string[] = [];
	const fullIo: DataFileIo = {
		loadData: async () => (adapter.files.has(DATA) ? (JSON.parse(adapter.readSync(DATA)) as unknown) : null),
		saveData: async (data) => adapter.writeSync(DATA, JSON.stringify(data)),
		adapter,
		dir: DIR,
		cache: NO_CACHE,
		wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
		...io,
	};
	const file = new PluginDataFile(fullIo, "device-a", () => new Date(), { notify: (m) => notices.push(m), progress: () => undefined }, 2000);
	return { file, adapter, notices, saves: () => adapter.writes.filter((p) => p === DATA).length, written };
}

describe("PluginDataFile", () => {
	beforeEach(() => jest.useFakeTimers({ now: new Date(2025, 2, 10, 8, 5, 9) }));
	afterEach(() => jest.useRealTimers());

	it("starts an empty store when there is no data.json yet", async () => {
		const { file } = dataFile();
		const { collection, shell } = await file.open();
		expect(collection.cards()).toEqual([]);
		expect(shell).toEqual(DEFAULT_SHELL_SETTINGS);
		expect(file.readOnly).toBeNull();
	});

	it("writes once per delay however many changes come, at once on flush, and not when nothing changed", async () => {
		const { file, written } = dataFile();
		const { collection, shell } = await file.open();
		file.attach(() => ({ collection, shell }));
		file.requestSave();
		file.requestSave();
		await jest.advanceTimersByTimeAsync(1900);
		expect(written()).toEqual([]);
		await jest.advanceTimersByTimeAsync(200);
		const first = written();
		expect(first).toContain("data.json");
		expect(new Set(first).size).toBe(first.length);
		answerNote(collection, "Q.md");
		file.requestSave();
		await file.flush();
		const second = written();
		expect(second).toContain("log-device-a.2025-03.json");
		expect(new Set(second).size).toBe(second.length);
		file.requestSave();
		await file.flush();
		expect(written()).toEqual([]);
		await jest.advanceTimersByTimeAsync(5000);
		expect(written()).toEqual([]);
	});

	it("keeps the change pending and says so when saving fails", async () => {
		const notices: string[] = [];
		const collection = new Collection({ deviceId: "device-a" });
		const shell = DEFAULT_SHELL_SETTINGS;
		let fail = true;
		const failing = new PluginDataFile(
			{ loadData: async () => null, saveData: async () => { if (fail) throw new Error("disk full"); }, adapter: new FakeAdapter(), dir: DIR, cache: NO_CACHE, wait: async () => undefined },
			"device-a",
			() => new Date(),
			{ notify: (m) => notices.push(m), progress: () => undefined },
		);
		failing.attach(() => ({ collection, shell }));
		failing.requestSave();
		await failing.flush();
		expect(notices.at(-1)).toMatch(/could not be saved: disk full/);
		fail = false;
		const before = notices.length;
		await failing.flush();
		expect(notices.length).toBe(before);
	});

	it("names the copy of an unreadable file with the local date and time", () => {
		expect(timestamp(new Date(2025, 2, 10, 8, 5, 9))).toBe("2025-03-10-080509");
	});

	it("keeps a second unreadable file beside the first one instead of replacing it", async () => {
		const { file, adapter } = dataFile("{oops");
		adapter.writeSync(`${DIR}/data.corrupt-2025-03-10-080509.json`, "older");
		await file.open();
		expect(adapter.readSync(`${DIR}/data.corrupt-2025-03-10-080509.json`)).toBe("older");
		expect(adapter.readSync(`${DIR}/data.corrupt-2025-03-10-080509-2.json`)).toBe("{oops");
	});

	it("sets an unreadable synced file aside and keeps this device's data", async () => {
		const start = new Collection({ deviceId: "device-a" });
		answerNote(start, "Q.md");
		const { file, adapter, notices } = dataFile(diskFilesOf(start));
		const { collection, shell } = await file.open();
		file.attach(() => ({ collection, shell }));
		adapter.writeSync(DATA, "{half a fi");
		await Promise.all([file.reload(collection, () => undefined), jest.advanceTimersByTimeAsync(1000)]);
		// Read again a second later (another program may have been writing it), then set aside.
		expect(adapter.readSync(`${DIR}/data.corrupt-2025-03-10-080510.json`)).toBe("{half a fi");
		expect(notices.at(-1)).toMatch(/could not be read/);
		// Memory was saved over it: data.json reads again, and the folder still holds the answer.
		expect(() => readStore({ "data.json": adapter.readSync(DATA) })).not.toThrow();
		expect(answersOnDisk(adapter)).toBe(1);
	});

	it("leaves read-only mode when a readable file arrives, keeping the session's reviews", async () => {
		const { file, adapter } = dataFile("not json");
		const opened = await file.open();
		expect(file.readOnly).not.toBeNull();
		let current = opened.collection;
		file.attach(() => ({ collection: current, shell: opened.shell }));
		current.indexNote("Q.md", "## Q #card\nA\n", new Date());
		current.answer(current.cards()[0]!.id, 3, new Date());

		putStore(adapter, new Collection({ deviceId: "device-b" }));
		await file.reload(current, (data) => (current = data.collection));
		expect(file.readOnly).toBeNull();
		expect(answersOnDisk(adapter)).toBe(1);
		// The notes read this session stay in memory (they are not in the synced files).
		expect(current.cards().map((card) => [card.path, card.reps])).toEqual([["Q.md", 1]]);
	});

	it("never writes over a data.json that exists but was read as nothing", async () => {
		const stored = JSON.stringify(new Collection({ deviceId: "device-b" }).toJSON());
		const { file, adapter, notices, saves } = dataFile(stored, { loadData: async () => null });
		const { collection, shell } = await file.open();
		file.attach(() => ({ collection, shell }));
		file.requestSave();
		await file.flush();
		expect(saves()).toBe(0);
		expect(file.readOnly).not.toBeNull();
		expect(adapter.readSync(DATA)).toBe(stored);
		expect(adapter.readSync(`${DIR}/data.corrupt-2025-03-10-080509.json`)).toBe(stored);
		expect(notices.at(-1)).toMatch(/could not be read/);
	});

	it("keeps its files in the plugin folder however the folder path is spelled", async () => {
		const { file, adapter } = dataFile("{oops", { dir: `/${DIR}//` });
		await file.open();
		expect(adapter.readSync(`${DIR}/data.corrupt-2025-03-10-080509.json`)).toBe("{oops");
	});

	it("makes one backup generation a day from what loaded, named with its day and answer count", async () => {
		const stored = new Collection({ deviceId: "device-a" });
		stored.indexNote("Q.md", "## Q #card\nA\n", new Date());
		stored.answer(stored.cards()[0]!.id, 3, new Date());
		const { file, adapter } = dataFile(JSON.stringify(stored.toJSON()));
		await file.open();
		await file.flush();
		const backup = `${DIR}/backups/2025-03-10 (1 answer).json`;
		const saved = JSON.parse(adapter.readSync(backup)) as { files: Record<string, string> };
		expect(Collection.fromFiles(saved.files, { deviceId: "x" }).history()).toHaveLength(1);
		await file.open();
		await file.flush();
		expect(adapter.writes.filter((p) => p.startsWith(`${DIR}/backups/`) && p.endsWith(".json"))).toHaveLength(1);
	});

	it("writes nothing more once closed: a late change after unload cannot overwrite the file", async () => {
		const { file, saves } = dataFile();
		const { collection, shell } = await file.open();
		file.attach(() => ({ collection, shell }));
		file.requestSave();
		await file.close();
		expect(saves()).toBe(1);
		file.requestSave();
		await jest.advanceTimersByTimeAsync(5000);
		await file.flush();
		expect(saves()).toBe(1);
	});

	it("does not write back a synced file that already holds everything in memory", async () => {
		const { file, adapter, written } = dataFile(diskFilesOf(new Collection({ deviceId: "device-a" })));
		const { collection, shell } = await file.open();
		file.attach(() => ({ collection, shell }));
		collection.indexNote("Q.md", "## Q #card\nA\n", new Date());
		// Another device reads the synced folder and its own copy of the note, answers, and its files arrive.
		const other = storeOnDisk(adapter, "device-b");
		answerNote(other, "Q.md");
		putStore(adapter, other);
		written();
		await file.reload(collection, () => undefined);
		await jest.advanceTimersByTimeAsync(5000);
		expect(collection.history()).toHaveLength(1);
		expect(written()).toEqual([]);
	});
});
