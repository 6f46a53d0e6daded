import { FakeAdapter } from "../../__mocks__/obsidian";
import { useLanguage } from "../../../src/obsidian/i18n";
import { DATA, DIR, answerNote, answeredStore, answersOnDisk, gate, instance, openLive } from "../support/data-file";

/** Faults a sync tool or a crash can cause, each of which once lost or locked answers. */
describe("the data files under hostile but possible faults", () => {
	beforeEach(() => jest.useFakeTimers({ now: new Date(2025, 2, 10, 8, 5, 9) }));
	afterEach(() => jest.useRealTimers());

	it("writes data.json again when a sync tool deleted it while the plugin runs", async () => {
		const adapter = new FakeAdapter();
		adapter.writeSync(DATA, JSON.stringify(answeredStore("device-a", "A.md").toJSON()));
		const { file } = instance(adapter);
		const { data, apply } = await openLive(file);
		adapter.files.delete(DATA);
		await file.reload(data.collection, apply);
		expect(answersOnDisk(adapter)).toBe(1);

		adapter.files.delete(DATA);
		// No change reported this time: the next save still puts the whole store back.
		answerNote(data.collection, "B.md");
		file.requestSave();
		await file.flush();
		expect(answersOnDisk(adapter)).toBe(2);
	});

	it("after a restart without data.json, restores the last backup and says so instead of starting empty", async () => {
		const adapter = new FakeAdapter();
		adapter.writeSync(DATA, JSON.stringify(answeredStore("device-a", "A.md", "B.md").toJSON()));
		const first = instance(adapter);
		await openLive(first.file);
		await first.file.close();
		adapter.files.delete(DATA);

		const second = instance(adapter);
		const { data } = await openLive(second.file);
		expect(data.collection.history()).toHaveLength(2);
		expect(second.notices.at(-1)).toMatch(/data\.json\) was missing\. It was restored from the backup of 2025-03-10 \(.*backups\/2025-03-10 \(2 answers\)\.json\)/);
		expect(second.file.readOnly).toBeNull();
		await jest.advanceTimersByTimeAsync(2000);
		expect(answersOnDisk(adapter)).toBe(2);
	});

	it("says in the app's language that data.json was missing and which backup it was restored from", async () => {
		const adapter = new FakeAdapter();
		adapter.writeSync(DATA, JSON.stringify(answeredStore("device-a", "A.md").toJSON()));
		const first = instance(adapter);
		await openLive(first.file);
		await first.file.close();
		adapter.files.delete(DATA);
		useLanguage("de");
		try {
			const second = instance(adapter);
			await openLive(second.file);
			expect(second.notices.at(-1)).toMatch(/^Deine Karteikarten-Datendatei \(data\.json\) fehlte\. Die Daten wurden aus der Sicherung vom 2025-03-10 \(.*\) wiederhergestellt;/);
		} finally {
			useLanguage("en");
		}
	});

	it("restores the last good backup when data.json is truncated, and names the copy it kept", async () => {
		const adapter = new FakeAdapter();
		const stored = JSON.stringify(answeredStore("device-a", "A.md").toJSON());
		adapter.writeSync(DATA, stored);
		const first = instance(adapter);
		await openLive(first.file);
		await first.file.close();
		adapter.writeSync(DATA, stored.slice(0, stored.length / 2));

		const second = instance(adapter);
		const { data } = await openLive(second.file);
		expect(data.collection.history()).toHaveLength(1);
		const copy = `${DIR}/data.corrupt-2025-03-10-080509.json`;
		expect(adapter.readSync(copy)).toBe(stored.slice(0, stored.length / 2));
		expect(second.notices.at(-1)).toContain(`could not be read`);
		expect(second.notices.at(-1)).toContain(`The file was kept as ${copy}.`);
		expect(second.notices.at(-1)).toContain("restored from the backup of 2025-03-10");
		await jest.advanceTimersByTimeAsync(2000);
		expect(answersOnDisk(adapter)).toBe(1);
	});

	it("reads the single backup earlier versions wrote when there is no other", async () => {
		const adapter = new FakeAdapter();
		adapter.writeSync(`${DIR}/data.backup.json`, JSON.stringify(answeredStore("device-a", "A.md").toJSON()));
		adapter.writeSync(DATA, "{trunc");
		const { file, notices } = instance(adapter);
		const { data } = await openLive(file);
		expect(data.collection.history()).toHaveLength(1);
		expect(notices.at(-1)).toContain(`${DIR}/data.backup.json`);
	});

	it("looks at an unreadable file again only when it changes, so it is not copied aside over and over", async () => {
		const adapter = new FakeAdapter();
		adapter.writeSync(DATA, "{trunc");
		const { file, notices } = instance(adapter);
		const { data, apply } = await openLive(file);
		expect(file.readOnly).not.toBeNull();
		expect(await file.changedOnDisk()).toBe(false);
		adapter.writeSync(DATA, "{still trunc", Date.now() + 1000);
		expect(await file.changedOnDisk()).toBe(true);
		await Promise.all([file.reload(data.collection, apply), jest.advanceTimersByTimeAsync(1000)]);
		expect(await file.changedOnDisk()).toBe(false);
		expect([...adapter.files.keys()].filter((p) => p.includes("data.corrupt-"))).toHaveLength(2);
		expect(notices).toHaveLength(2);
	});

	it("keeps the session's answers in a readable file when the save is torn", async () => {
		const adapter = new FakeAdapter();
		adapter.writeSync(DATA, JSON.stringify(answeredStore("device-a", "A.md").toJSON()));
		// saveData is not promised atomic: half the text reaches the disk, then the app stops.
		const torn = instance(adapter, {
			saveData: (data) => {
				const text = JSON.stringify(data);
				adapter.writeSync(DATA, text.slice(0, text.length / 2));
				return new Promise<void>(() => undefined);
			},
		});
		const { data } = await openLive(torn.file);
		answerNote(data.collection, "B.md");
		torn.file.requestSave();
		void torn.file.flush();
		await jest.advanceTimersByTimeAsync(10);

		const next = instance(adapter);
		const reopened = await openLive(next.file);
		expect(reopened.data.collection.history()).toHaveLength(2);
		expect(next.notices.at(-1)).toContain("the last save, which had not finished");
	});

	it("leaves out a temporary file cut short beside a whole data.json, without alarm, and removes it at the next save", async () => {
		const adapter = new FakeAdapter();
		const stored = JSON.stringify(answeredStore("device-a", "A.md").toJSON());
		adapter.writeSync(DATA, stored);
		adapter.writeSync(`${DATA}.tmp`, stored.slice(0, 40));
		const { file, notices } = instance(adapter);
		const { data } = await openLive(file);
		expect(data.collection.history()).toHaveLength(1);
		expect(notices).toEqual([]);
		answerNote(data.collection, "B.md");
		file.requestSave();
		await file.flush();
		expect(adapter.files.has(`${DATA}.tmp`)).toBe(false);
		expect(answersOnDisk(adapter)).toBe(2);
	});

	it("never writes after close, even when a sync merge that was reading finishes later", async () => {
		const adapter = new FakeAdapter();
		adapter.writeSync(DATA, JSON.stringify(answeredStore("device-a", "A.md").toJSON()));
		const reading = gate();
		let slow = false;
		const old = instance(adapter, {
			loadData: async () => {
				if (slow) await reading.promise;
				return JSON.parse(adapter.readSync(DATA)) as unknown;
			},
		});
		const { data, apply } = await openLive(old.file);
		await old.file.flush();
		answerNote(data.collection, "B.md");
		old.file.requestSave();
		// Another device's answer arrives; while it is being read, the plugin unloads.
		const theirs = answeredStore("device-b", "A.md", "C.md");
		theirs.merge(JSON.parse(adapter.readSync(DATA)) as unknown);
		adapter.writeSync(DATA, JSON.stringify(theirs.toJSON()));
		slow = true;
		const merging = old.file.reload(data.collection, apply);
		await old.file.close();
		adapter.writes.length = 0;
		reading.open();
		await merging;
		await jest.advanceTimersByTimeAsync(5000);
		expect(adapter.writes.filter((p) => p === DATA)).toEqual([]);

		// The next instance finds this device's answer as well as the other device's.
		const next = instance(adapter);
		const reopened = await openLive(next.file);
		const devices = reopened.data.collection.history().map((r) => r.device).sort();
		expect(devices).toEqual(["device-a", "device-a", "device-b", "device-b"]);
	});

	it("takes in the last answers an unloading instance left in temporary files after the next one started", async () => {
		const adapter = new FakeAdapter();
		adapter.writeSync(DATA, JSON.stringify(answeredStore("device-a", "A.md").toJSON()));
		const next = instance(adapter);
		const { data, apply } = await openLive(next.file);
		await next.file.flush();
		// What the previous instance kept on its way out lands only now.
		adapter.writeSync(`${DATA}.tmp`, JSON.stringify(answeredStore("device-a", "A.md", "B.md").toJSON()), Date.now() + 1000);
		expect(await next.file.changedOnDisk()).toBe(true);
		await next.file.reload(data.collection, apply);
		expect(data.collection.history()).toHaveLength(2);
		expect(answersOnDisk(adapter)).toBe(2);
		expect(adapter.files.has(`${DATA}.tmp`)).toBe(false);
	});

	it("does not take its own half-written save for a damaged synced file", async () => {
		const adapter = new FakeAdapter();
		adapter.writeSync(DATA, JSON.stringify(answeredStore("device-a", "A.md").toJSON()));
		const halfway = gate();
		const { file, notices } = instance(adapter, {
			saveData: async (data) => {
				const text = JSON.stringify(data);
				adapter.writeSync(DATA, text.slice(0, 10));
				await halfway.promise;
				adapter.writeSync(DATA, text);
			},
		});
		const { data, apply } = await openLive(file);
		answerNote(data.collection, "B.md");
		file.requestSave();
		const saving = file.flush();
		await jest.advanceTimersByTimeAsync(10);
		// Obsidian reports the change while the file is half written.
		const reloading = file.reload(data.collection, apply);
		await jest.advanceTimersByTimeAsync(10);
		halfway.open();
		await Promise.all([saving, reloading, jest.advanceTimersByTimeAsync(3000)]);
		expect([...adapter.files.keys()].filter((p) => p.includes("data.corrupt-"))).toEqual([]);
		expect(notices).toEqual([]);
		expect(answersOnDisk(adapter)).toBe(2);
	});
});

describe("backups of a store that lost answers", () => {
	afterEach(() => jest.useRealTimers());

	it("says so when today's backup has fewer answers than the last, and keeps the richer one", async () => {
		jest.useFakeTimers({ now: new Date(2025, 2, 10, 8, 0) });
		const adapter = new FakeAdapter();
		adapter.writeSync(DATA, JSON.stringify(answeredStore("device-a", "A.md", "B.md").toJSON()));
		const first = instance(adapter);
		await openLive(first.file);
		await first.file.close();

		// A valid store that lost an answer replaces data.json; the plugin starts again weeks later.
		adapter.writeSync(DATA, JSON.stringify(answeredStore("device-a", "A.md").toJSON()));
		jest.setSystemTime(new Date(2025, 4, 1, 8, 0));
		const later = instance(adapter);
		await openLive(later.file);
		await later.file.flush();
		expect(later.notices.at(-1)).toBe(`Today's backup of your flashcards holds fewer answers than the one of 2025-03-10 (2); that one is kept in ${DIR}/backups/2025-03-10 (2 answers).json.`);
		expect(adapter.files.has(`${DIR}/backups/2025-03-10 (2 answers).json`)).toBe(true);
		expect(adapter.files.has(`${DIR}/backups/2025-05-01 (1 answer).json`)).toBe(true);
	});
});
