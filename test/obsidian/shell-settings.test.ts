import { joinPluginData, splitPluginData } from "../../src/obsidian/plugin-data";
import { isIgnored, parseFolderList, readShellSettings } from "../../src/obsidian/shell-settings";

describe("shell settings", () => {
	it("reads ignored folders one per line or comma-separated, normalised", () => {
		expect(parseFolderList("Templates\n/Archive/, Templates ,\n\n")).toEqual({ ok: true, value: ["Templates", "Archive"] });
	});

	it.each(["/", "../outside"])("refuses the folder %s", (text) => {
		expect(parseFolderList(text).ok).toBe(false);
	});

	it.each([
		{ path: "Templates/Card.md", ignored: true },
		{ path: "Templates", ignored: true },
		{ path: "TemplatesX/Card.md", ignored: false },
		{ path: "Notes/Templates/Card.md", ignored: false },
	])("ignores $path: $ignored", ({ path, ignored }) => {
		expect(isIgnored(path, ["Templates"])).toBe(ignored);
	});

	it("falls back to defaults for missing or malformed fields", () => {
		expect(readShellSettings({ ignoredFolders: ["a", 3], reviewLocation: "moon" })).toEqual({ ignoredFolders: ["a"], reviewLocation: "tab" });
		expect(readShellSettings(null)).toEqual({ ignoredFolders: [], reviewLocation: "tab" });
	});
});

describe("plugin data", () => {
	it("keeps the shell settings beside the collection's data and splits them back", () => {
		const joined = joinPluginData({ version: 1, cards: {} }, { ignoredFolders: ["T"], reviewLocation: "sidebar" });
		expect(splitPluginData(JSON.parse(JSON.stringify(joined)))).toEqual({ store: { version: 1, cards: {} }, shell: { ignoredFolders: ["T"], reviewLocation: "sidebar" } });
	});

	it("passes data that is not an object to the collection untouched, so it can refuse it", () => {
		expect(splitPluginData("garbage").store).toBe("garbage");
	});
});
