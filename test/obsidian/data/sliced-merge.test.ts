import { Collection } from "../../../src/core";
import type { LoadedData } from "../../../src/obsidian/data/persistence";
import { FakeAdapter } from "../../__mocks__/obsidian";
import { answerNote, answersOnDisk, instance, openLive } from "../support/data-file";
import { putStore } from "../support/folder-files";

const BIG = Array.from({ length: 400 }, (_, i) => `## Question ${i} #card\nAnswer ${i}.\n`).join("\n");

/** The phone's store: every card of the big note answered `times` times. */
function phoneStore(start: number, times: number): Collection {
	const phone = new Collection({ deviceId: "device-b" });
	phone.indexNote("Big.md", BIG, new Date(start));
	phone.cards().forEach((card, i) => {
		for (let k = 0; k < times; k++) phone.answer(card.id, 3, new Date(start + k * 5 * 86_400_000 + i * 1000));
	});
	return phone;
}

/**
 * The phone's answers (every card twice) synced to a laptop that has indexed the big note, each step of
 * work looking 5 ms long (the slice budget is 12 ms: the merge takes many slices) and the data file's
 * clock moving `stepMs` at each reading. Gives the merged collection and the progress shown.
 */
async function mergeWithClock(stepMs: number) {
	let ms = 0;
	jest.spyOn(performance, "now").mockImplementation(() => (ms += 5));
	const adapter = new FakeAdapter();
	const start = Date.now() - 30 * 86_400_000;
	const mine = new Collection({ deviceId: "device-a" });
	mine.indexNote("Big.md", BIG, new Date(start));
	putStore(adapter, mine);
	let clock = Date.now();
	const { file, progress } = instance(adapter, {}, "device-a", () => new Date((clock += stepMs)));
	const opened = await openLive(file);
	putStore(adapter, phoneStore(start, 2));
	await file.reload(opened.data.collection, opened.apply);
	return { collection: opened.data.collection, progress };
}

describe("a sync that brings another device's whole history", () => {
	afterEach(() => jest.restoreAllMocks());

	it("is merged in slices: answers given and sync events arriving meanwhile are all kept and saved", async () => {
		const adapter = new FakeAdapter();
		const start = Date.now() - 30 * 86_400_000;
		const mine = new Collection({ deviceId: "device-a" });
		mine.indexNote("Big.md", BIG, new Date(start));
		putStore(adapter, mine);
		// The phone answered every card of the note a few times.
		const phone = phoneStore(start, 4);
		let opened: { data: LoadedData; apply: (data: LoadedData) => void } | undefined;
		let meanwhile: Promise<void> | undefined;
		const { file } = instance(adapter, {
			// Between two slices of the merge: an answer here, and one more answer synced from the phone.
			wait: async (ms) => {
				if (ms === 0 && opened && !meanwhile) {
					answerNote(opened.data.collection, "Mine.md");
					phone.answer(phone.cards()[0]?.id as string, 1, new Date());
					putStore(adapter, phone);
					meanwhile = file.reload(opened.data.collection, opened.apply);
				}
				await new Promise((resolve) => setTimeout(resolve, ms));
			},
		});
		opened = await openLive(file);
		putStore(adapter, phone);
		await file.reload(opened.data.collection, opened.apply);
		expect(meanwhile).toBeDefined();
		await meanwhile;
		const history = opened.data.collection.history();
		expect(history.filter((r) => r.device === "device-b")).toHaveLength(400 * 4 + 1);
		expect(history.filter((r) => r.device === "device-a")).toHaveLength(1);
		await file.flush();
		expect(answersOnDisk(adapter)).toBe(400 * 4 + 2);
	});

	it("says how many cards it has merged once it has lasted over a second, and takes that down at the end", async () => {
		// 200 ms at each reading of the clock: the second second of merging comes soon.
		const { collection, progress } = await mergeWithClock(200);
		expect(collection.history()).toHaveLength(400 * 2);
		const messages = progress.filter((m): m is string => m !== null);
		expect(messages.length).toBeGreaterThan(1);
		expect(messages[0]).toMatch(/^Merging reviews synced from another device: \d+ \/ 400 cards/);
		expect(progress.at(-1)).toBeNull();
	});

	it("says nothing while it lasts under a second", async () => {
		const { collection, progress } = await mergeWithClock(0);
		expect(collection.history()).toHaveLength(400 * 2);
		expect(progress).toEqual([]);
	});
});
