import { PluginFolder, isPart } from "../../../src/obsidian/data/plugin-folder";
import { FakeAdapter } from "../../__mocks__/obsidian";

const DIR = ".obsidian/plugins/flashcard-review";

function folder(replaces: boolean): { plugin: PluginFolder; adapter: FakeAdapter } {
	const adapter = new FakeAdapter();
	adapter.renameReplaces = replaces;
	adapter.folders.add(DIR);
	return { plugin: new PluginFolder(adapter, DIR), adapter };
}

describe("the plugin folder", () => {
	it.each([
		{ adapter: "replaces the target on rename", replaces: true },
		{ adapter: "refuses to rename over a file", replaces: false },
	])("writes a file whole through a temporary file where the adapter $adapter", async ({ replaces }) => {
		const { plugin, adapter } = folder(replaces);
		await plugin.writeWhole("log-a.json", "first");
		await plugin.writeWhole("log-a.json", "second");
		expect(adapter.readSync(`${DIR}/log-a.json`)).toBe("second");
		expect(adapter.files.has(`${DIR}/log-a.json.tmp`)).toBe(false);
		expect(adapter.writes).toContain(`${DIR}/log-a.json.tmp`);
	});

	it("leaves the old text whole when the write of the new one fails", async () => {
		const { plugin, adapter } = folder(false);
		await plugin.writeWhole("log-a.json", "old");
		jest.spyOn(adapter, "write").mockRejectedValueOnce(new Error("disk full"));
		await expect(plugin.writeWhole("log-a.json", "new")).rejects.toThrow("disk full");
		expect(adapter.readSync(`${DIR}/log-a.json`)).toBe("old");
	});

	it("finds the store's parts and the writes cut short, and leaves the plugin's own files out", async () => {
		const { plugin, adapter } = folder(false);
		for (const name of ["main.js", "manifest.json", "styles.css", "data.json", "data.backup.json", "data.corrupt-2025-03-10-080509.json", ".hotreload", "log-a.json", "log-b.json.tmp"]) {
			adapter.writeSync(`${DIR}/${name}`, name);
		}
		await plugin.writeWhole("backups/2025-03-10 (0 answers).json", "{}");
		await plugin.writeWhole("parts/cards.json", "cards");
		const scan = await plugin.scan();
		expect(scan.parts).toEqual({ "log-a.json": "log-a.json", "parts/cards.json": "cards" });
		expect(scan.pending).toEqual({ "log-b.json": "log-b.json.tmp" });
	});

	it("reads a part again only when its size or time changed since it was last read or written", async () => {
		const { plugin, adapter } = folder(false);
		adapter.writeSync(`${DIR}/log-a.json`, "a", 1000);
		await plugin.writeWhole("log-b.json", "b");
		const read = jest.spyOn(adapter, "read");
		expect((await plugin.scan()).parts).toEqual({ "log-a.json": "a", "log-b.json": "b" });
		expect(read.mock.calls.map(([path]) => path)).toEqual([`${DIR}/log-a.json`]);
		read.mockClear();
		await plugin.scan();
		expect(read).not.toHaveBeenCalled();
		adapter.writeSync(`${DIR}/log-b.json`, "from sync", 5000);
		expect((await plugin.scan()).parts["log-b.json"]).toBe("from sync");
		expect(read.mock.calls.map(([path]) => path)).toEqual([`${DIR}/log-b.json`]);
	});

	it("changes its signature when a part changes on disk, and only then", async () => {
		const { plugin, adapter } = folder(false);
		adapter.writeSync(`${DIR}/log-a.json`, "a", 1000);
		const before = await plugin.signature();
		adapter.writeSync(`${DIR}/main.js`, "code", 2000);
		expect(await plugin.signature()).toBe(before);
		adapter.writeSync(`${DIR}/log-a.json`, "ab", 3000);
		expect(await plugin.signature()).not.toBe(before);
	});

	it.each([
		["data.json", false],
		["log-a.json", true],
		["sub/part.txt", true],
		["sub/.hidden", false],
		["backups/x.json", false],
		["x.json.tmp", false],
	])("tells whether %s is a part of the store", (name, expected) => {
		expect(isPart(name)).toBe(expected);
	});
});
