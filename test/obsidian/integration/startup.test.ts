/**
 * @jest-environment jsdom
 */
import { COGNITO, demoApp, relaunch, resetRecorders, settle, startPlugin } from "../support/demo-vault";
import { folderFiles } from "../support/folder-files";

// The plugin keeps the notes' cards in its device-local cache: here in memory, on the fake clock.
jest.mock("../../../src/obsidian/data/local-cache", () => jest.requireActual("../support/memory-cache"));

describe("starting up", () => {
	beforeEach(() => {
		jest.useFakeTimers({ now: new Date("2025-03-10T09:00:00Z") });
		resetRecorders();
	});
	afterEach(() => jest.useRealTimers());

	it("reads no file when no note changed since the last run, and re-reads a changed note", async () => {
		const first = demoApp();
		const firstPlugin = await startPlugin(first);
		expect(first.vault.reads).toEqual([COGNITO]);
		firstPlugin.unload();
		await settle();

		const unchanged = relaunch(first);
		(await startPlugin(unchanged)).unload();
		expect(unchanged.vault.reads).toEqual([]);

		const edited = relaunch(first);
		const note = edited.vault.getFileByPath(COGNITO)!;
		note.stat = { ...note.stat, mtime: note.stat.mtime + 60_000 };
		(await startPlugin(edited)).unload();
		expect(edited.vault.reads).toEqual([COGNITO]);
	});

	it("reads the notes again on a device that has the synced folder but not the local cache", async () => {
		const first = demoApp();
		(await startPlugin(first)).unload();
		await settle();

		// The note texts stay on the device that read them: another device reads its own vault.
		const other = demoApp(folderFiles(first.vault.adapter));
		(await startPlugin(other)).unload();
		expect(other.vault.reads).toEqual([COGNITO]);
	});
});
