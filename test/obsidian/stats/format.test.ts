import { useLanguage } from "../../../src/obsidian/i18n";
import { cards, count, days, oneDecimal, percent, timeSpent } from "../../../src/obsidian/stats/format";
import { heatLevel } from "../../../src/obsidian/stats/heatmap-chart";

describe("statistics formatting", () => {
	it.each([
		{ ms: 4_400, shown: "4 s" },
		{ ms: 59_400, shown: "59 s" },
		{ ms: 12 * 60_000, shown: "12 min" },
		{ ms: 65 * 60_000, shown: "1 h 05 min" },
		{ ms: 135 * 60_000, shown: "2 h 15 min" },
	])("prints $ms ms spent as $shown", ({ ms, shown }) => {
		expect(timeSpent(ms)).toBe(shown);
	});

	it("prints shares, counts and decimals briefly", () => {
		expect([percent(0.9251), percent(1), percent(null)]).toEqual(["92.5%", "100.0%", "—"]);
		expect([count(2.6), oneDecimal(3.04), oneDecimal(12)]).toEqual(["3", "3", "12"]);
		expect([cards(1), cards(0), days(2)]).toEqual(["1 card", "0 cards", "2 days"]);
	});

	it("prints them in German with a decimal comma and German unit words", () => {
		useLanguage("de");
		try {
			expect([percent(0.9251), oneDecimal(3.46), count(2.6)]).toEqual(["92,5\u00a0%", "3,5", "3"]);
			expect([cards(1), cards(0), days(1), days(2)]).toEqual(["1 Karte", "0 Karten", "1 Tag", "2 Tage"]);
		} finally {
			useLanguage("en");
		}
	});
});

describe("heatLevel", () => {
	it.each([
		{ count: 0, max: 10, level: 0 },
		{ count: 1, max: 10, level: 1 },
		{ count: 3, max: 10, level: 2 },
		{ count: 6, max: 10, level: 3 },
		{ count: 10, max: 10, level: 4 },
		{ count: 1, max: 1, level: 4 },
	])("shades a day with $count answers of a busiest $max at level $level", ({ count: n, max, level }) => {
		expect(heatLevel(n, max)).toBe(level);
	});
});
