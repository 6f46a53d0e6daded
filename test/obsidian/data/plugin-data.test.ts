import { joinPluginData, splitPluginData } from "../../../src/obsidian/data/plugin-data";

describe("plugin data", () => {
	it("keeps the shell settings beside the collection's data and splits them back", () => {
		const joined = joinPluginData({ version: 1, cards: {} }, { ignoredFolders: ["T"], reviewLocation: "sidebar" });
		expect(splitPluginData(JSON.parse(JSON.stringify(joined)))).toEqual({ store: { version: 1, cards: {} }, shell: { ignoredFolders: ["T"], reviewLocation: "sidebar" } });
	});

	it("passes data that is not an object to the collection untouched, so it can refuse it", () => {
		expect(splitPluginData("garbage").store).toBe("garbage");
	});
});
