import { Collection } from "../../../src/core";
import type { LocalCache, LocalFiles } from "../../../src/obsidian/data/local-cache";
import { FakeAdapter } from "../../__mocks__/obsidian";
import { DATA, DIR, answeredStore, instance, openLive } from "../support/data-file";
import { folderFiles, putStore, readStore } from "../support/folder-files";

const NOTE = Array.from({ length: 60 }, (_, i) => `## Question ${i} #card\nAnswer ${i}.\n`).join("\n");

/** A store of two devices that both answered every card of a note a few times. */
function twoDevices(): { laptop: Collection; phone: Collection } {
	const start = Date.now() - 30 * 86_400_000;
	const laptop = new Collection({ deviceId: "device-a" });
	const phone = new Collection({ deviceId: "device-b" });
	for (const device of [laptop, phone]) device.indexNote("Big.md", NOTE, new Date(start));
	laptop.cards().forEach((card, i) => {
		for (let k = 0; k < 3; k++) {
			laptop.answer(card.id, 3, new Date(start + k * 4 * 86_400_000 + i * 1000));
			phone.answer(card.id, 2, new Date(start + k * 4 * 86_400_000 + i * 1000 + 500));
		}
	});
	return { laptop, phone };
}

/** A cache kept in memory: what the plugin gave it last. */
function memoryCache(): LocalCache & { files: LocalFiles | null } {
	const cache = {
		files: null as LocalFiles | null,
		read: async () => cache.files,
		write: async (files: LocalFiles) => {
			cache.files = files;
		},
	};
	return cache;
}

/** Lets each step of work look 5 ms long (the slice budget is 12 ms), so that any load of more than a few steps takes several slices. */
function slowClock(): jest.SpyInstance {
	let now = 0;
	return jest.spyOn(performance, "now").mockImplementation(() => (now += 5));
}

describe("the store read at start-up", () => {
	afterEach(() => jest.restoreAllMocks());

	it("is read in slices that let the app run, and holds what reading it at once holds", async () => {
		const adapter = new FakeAdapter();
		const { laptop, phone } = twoDevices();
		putStore(adapter, laptop);
		putStore(adapter, phone);
		const once = readStore(folderFiles(adapter), "device-a");
		slowClock();
		let pauses = 0;
		const { file } = instance(adapter, {
			wait: async (ms) => {
				if (ms === 0) pauses++;
				await new Promise((resolve) => setTimeout(resolve, ms));
			},
		});
		const { data } = await openLive(file);
		expect(pauses).toBeGreaterThan(1);
		expect(data.collection.history()).toEqual(once.history());
		expect(data.collection.history()).toHaveLength(60 * 6);
		expect(data.collection.toFiles()).toEqual(once.toFiles());
	});

	it("says it is loading once reading has lasted over a second, and takes that down when it is read", async () => {
		const adapter = new FakeAdapter();
		const { laptop, phone } = twoDevices();
		putStore(adapter, laptop);
		putStore(adapter, phone);
		slowClock();
		// The data file's clock moves 200 ms at each reading (0 ms: reading takes no time).
		const open = async (stepMs: number) => {
			let clock = Date.now();
			const { file, progress } = instance(adapter, {}, "device-a", () => new Date((clock += stepMs)));
			const { data } = await openLive(file);
			return { progress, data };
		};
		const slow = await open(200);
		expect(slow.data.collection.history()).toHaveLength(60 * 6);
		expect(slow.progress.length).toBeGreaterThan(1);
		expect(slow.progress.slice(0, -1).every((message) => message === "Loading your flashcards…")).toBe(true);
		expect(slow.progress.at(-1)).toBeNull();
		expect((await open(0)).progress).toEqual([]);
	});

	it("reads the notes and states of its local cache in slices too, and gives the store the cache was made from", async () => {
		const adapter = new FakeAdapter();
		const { laptop, phone } = twoDevices();
		putStore(adapter, phone);
		const cache = memoryCache();
		const first = instance(adapter, { cache });
		const { data } = await openLive(first.file);
		// This device's notes, then the phone's answers merged in: what it saves and caches.
		data.collection.merge(laptop.toFiles());
		data.collection.indexNote("Big.md", NOTE, new Date());
		first.file.requestSave();
		await first.file.close();
		expect(Object.keys(cache.files ?? {}).length).toBeGreaterThan(1);

		slowClock();
		let pauses = 0;
		const second = instance(adapter, {
			cache,
			wait: async (ms) => {
				if (ms === 0) pauses++;
				await new Promise((resolve) => setTimeout(resolve, ms));
			},
		});
		const reopened = await openLive(second.file);
		expect(pauses).toBeGreaterThan(1);
		expect(reopened.data.collection.cards()).toEqual(data.collection.cards());
		expect(reopened.data.collection.history()).toEqual(data.collection.history());
	});

	it("restores the last good backup in slices when data.json is truncated, keeping the truncated file aside", async () => {
		const adapter = new FakeAdapter();
		const { laptop } = twoDevices();
		const stored = JSON.stringify(laptop.toJSON());
		adapter.writeSync(DATA, stored);
		const first = instance(adapter);
		await openLive(first.file);
		await first.file.close();
		adapter.writeSync(DATA, stored.slice(0, 100));

		slowClock();
		const second = instance(adapter);
		const { data } = await openLive(second.file);
		expect(data.collection.history()).toHaveLength(60 * 3);
		const copies = [...adapter.files.keys()].filter((path) => path.startsWith(`${DIR}/data.corrupt-`));
		expect(copies.map((path) => adapter.readSync(path))).toEqual([stored.slice(0, 100)]);
		expect(second.notices.at(-1)).toContain("restored from the backup");
		expect(second.file.readOnly).toBeNull();
	});

	it("never writes once the plugin closed while it was still reading", async () => {
		const adapter = new FakeAdapter();
		const { laptop, phone } = twoDevices();
		putStore(adapter, laptop);
		putStore(adapter, phone);
		const before = folderFiles(adapter);
		adapter.writes.length = 0;
		slowClock();
		let closing: Promise<void> | undefined;
		const opened = instance(adapter, {
			wait: async (ms) => {
				closing ??= opened.file.close();
				await new Promise((resolve) => setTimeout(resolve, ms));
			},
		});
		let settled = false;
		void opened.file.open().then(() => (settled = true));
		await new Promise((resolve) => setTimeout(resolve, 50));
		await closing;
		opened.file.requestSave();
		await opened.file.flush();
		expect(settled).toBe(false);
		expect(adapter.writes).toEqual([]);
		expect(folderFiles(adapter)).toEqual(before);
	});

	it("keeps a store that cannot be read read-only, after reading every part it could", async () => {
		const adapter = new FakeAdapter();
		adapter.writeSync(DATA, JSON.stringify(answeredStore("device-a", "A.md").toJSON()));
		adapter.writeSync(`${DIR}/log-device-b.json`, '{"format":"flashcard-review/store","version":9,"compatible":9,"device":"device-b"}');
		slowClock();
		const { file, notices } = instance(adapter);
		const { data } = await openLive(file);
		expect(data.collection.history()).toHaveLength(1);
		expect(data.collection.readOnlyParts()).toEqual(["log-device-b.json"]);
		expect(notices.at(-1)).toContain("log-device-b.json");
	});
});
