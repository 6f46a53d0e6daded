import { isIgnored, parseFolderList, readShellSettings } from "../../../src/obsidian/settings/shell-settings";

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
