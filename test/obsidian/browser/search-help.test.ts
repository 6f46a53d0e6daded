import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSearch } from "../../../src/core";
import { SEARCH_HELP } from "../../../src/obsidian/browser/search-help";

describe("the search help", () => {
	const readme = readFileSync(join(__dirname, "../../../README.md"), "utf8");

	it.each(SEARCH_HELP.map(([example, meaning]) => ({ example, meaning })))("is in the README and parses: $example", ({ example, meaning }) => {
		expect(readme).toContain(`| \`${example}\` | ${meaning} |`);
		for (const query of example.split(/ {2}/)) expect(() => parseSearch(query)).not.toThrow();
	});
});
