/**
 * @jest-environment jsdom
 */
import { COGNITO, DATA_PATH, demoApp, resetRecorders, settle, startPlugin } from "../support/demo-vault";

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
		const data = first.vault.adapter.readSync(DATA_PATH);

		const unchanged = demoApp(data);
		(await startPlugin(unchanged)).unload();
		expect(unchanged.vault.reads).toEqual([]);

		const edited = demoApp(data);
		const note = edited.vault.getFileByPath(COGNITO)!;
		note.stat = { ...note.stat, mtime: note.stat.mtime + 60_000 };
		(await startPlugin(edited)).unload();
		expect(edited.vault.reads).toEqual([COGNITO]);
	});
});
