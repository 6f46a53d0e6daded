import { Collection } from "../../../src/core";
import { Backups, generationsToKeep, localDay, type BackupInfo } from "../../../src/obsidian/data/backups";
import { PluginFolder } from "../../../src/obsidian/data/plugin-folder";
import { FakeAdapter } from "../../__mocks__/obsidian";

const DIR = ".obsidian/plugins/flashcard-review";

function info(date: string, answers = 10): BackupInfo {
	return { name: `backups/${date} (${answers} answers).json`, date, answers };
}

/** Every day from `first` to `last` (inclusive), as YYYY-MM-DD. */
function days(first: string, count: number): string[] {
	const start = new Date(`${first}T12:00:00`);
	return Array.from({ length: count }, (_, i) => localDay(new Date(start.getFullYear(), start.getMonth(), start.getDate() + i, 12)));
}

describe("backup generations", () => {
	it("keeps every day of the last week, one a week for a month before it, and nothing older", () => {
		const all = days("2025-01-01", 70).map((d) => info(d));
		const kept = [...generationsToKeep(all, "2025-03-11")].map((n) => n.slice(8, 18)).sort();
		expect(kept.filter((d) => d >= "2025-03-05")).toEqual(days("2025-03-05", 7));
		const older = kept.filter((d) => d < "2025-03-05");
		expect(older).toHaveLength(4);
		expect(older.every((d) => d >= "2025-02-04")).toBe(true);
	});

	it("never drops the generation with the most answers, however old", () => {
		const all = [info("2025-03-10", 5), info("2024-12-01", 900)];
		expect(generationsToKeep(all, "2025-03-10")).toEqual(new Set(all.map((b) => b.name)));
	});

	it("makes one a day, drops those no longer kept, and says when today's has fewer answers", async () => {
		const adapter = new FakeAdapter();
		const backups = new Backups(new PluginFolder(adapter, DIR));
		expect(await backups.daily("2025-01-01", () => ({ files: { "data.json": "{}" }, answers: 50 }))).toBeNull();
		expect(await backups.daily("2025-01-01", () => ({ files: { "data.json": "{}" }, answers: 99 }))).toBeNull();
		for (const day of days("2025-01-02", 60)) await backups.daily(day, () => ({ files: { "data.json": "{}" }, answers: 60 }));
		const fewer = await backups.daily("2025-03-04", () => ({ files: { "data.json": "{}" }, answers: 3 }));
		expect(fewer?.answers).toBe(60);
		const list = await backups.list();
		expect(list[0]?.date).toBe("2025-03-04");
		expect(list.length).toBeLessThanOrEqual(12);
		expect(list.some((b) => b.date === "2025-01-01")).toBe(false);
	});

	it("offers readable backups newest first, then the single backup earlier versions wrote", async () => {
		const adapter = new FakeAdapter();
		const folder = new PluginFolder(adapter, DIR);
		const backups = new Backups(folder);
		await backups.daily("2025-03-08", () => ({ files: { "data.json": "old" }, answers: 1 }));
		await backups.daily("2025-03-09", () => ({ files: { "data.json": "new" }, answers: 1 }));
		await folder.writeWhole("backups/2025-03-10 (1 answer).json", "{truncat");
		adapter.writeSync(`${DIR}/data.backup.json`, "legacy");
		const found = await backups.candidates();
		expect(found.map((c) => c.files["data.json"])).toEqual(["new", "old", "legacy"]);
		expect(found[0]?.path).toBe(`${DIR}/backups/2025-03-09 (1 answer).json`);
	});

	it("counts the answers of live cards and of cards whose note is gone", () => {
		const collection = new Collection({ deviceId: "a" });
		const now = new Date(2025, 2, 10, 9);
		collection.indexNote("A.md", "## A #card\nx\n", now);
		collection.indexNote("B.md", "## B #card\ny\n", now);
		for (const card of collection.cards()) collection.answer(card.id, 3, now);
		collection.deleteNote("B.md", new Date(2025, 2, 10, 10));
		expect(collection.cards()).toHaveLength(1);
		expect(collection.answerCount()).toBe(2);
	});
});
