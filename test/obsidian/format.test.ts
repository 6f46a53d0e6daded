import { formatDue, formatInterval } from "../../src/obsidian/format";
import { formatNumber, formatPercent, t, useLanguage } from "../../src/obsidian/i18n";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const NBSP = "\u00a0";

describe("formatInterval", () => {
	afterEach(() => useLanguage("en"));

	it.each([
		{ ms: -5 * MINUTE, label: "<1m" },
		{ ms: 0, label: "<1m" },
		{ ms: 30 * SECOND, label: "<1m" },
		{ ms: MINUTE, label: "1m" },
		{ ms: 6 * MINUTE, label: "6m" },
		{ ms: 10 * MINUTE, label: "10m" },
		{ ms: 15 * MINUTE, label: "15m" },
		{ ms: 59 * MINUTE + 50 * SECOND, label: "1h" },
		{ ms: HOUR, label: "1h" },
		{ ms: 5 * HOUR + 20 * MINUTE, label: "5h" },
		{ ms: 23 * HOUR + 45 * MINUTE, label: "1d" },
		{ ms: DAY, label: "1d" },
		{ ms: 12 * DAY, label: "12d" },
		{ ms: 30 * DAY, label: "30d" },
		{ ms: 31 * DAY, label: "1mo" },
		{ ms: 45 * DAY, label: "1.5mo" },
		{ ms: 97 * DAY, label: "3.2mo" },
		{ ms: 340 * DAY, label: "11.2mo" },
		{ ms: 364 * DAY, label: "1y" },
		{ ms: 365 * DAY, label: "1y" },
		{ ms: 548 * DAY, label: "1.5y" },
		{ ms: 36500 * DAY, label: "100y" },
	])("shows $ms ms as $label", ({ ms, label }) => {
		useLanguage("en");
		expect(formatInterval(ms)).toBe(label);
	});

	it("writes German units and a decimal comma, the number kept with its unit", () => {
		useLanguage("de");
		expect([30 * SECOND, 10 * MINUTE, 5 * HOUR, 12 * DAY, 45 * DAY, 548 * DAY].map(formatInterval)).toEqual(
			[`<1${NBSP}Min.`, `10${NBSP}Min.`, `5${NBSP}Std.`, `12${NBSP}Tg.`, `1,5${NBSP}Mon.`, `1,5${NBSP}J.`],
		);
		expect(formatDue(45 * DAY, 0)).toBe(`in 1,5${NBSP}Mon.`);
	});
});

describe("numbers in the app's language", () => {
	afterEach(() => useLanguage("en"));

	it("writes decimals with a point in English and a comma in German", () => {
		useLanguage("en");
		expect([formatNumber(0.4072, { decimals: 4, fixed: true }), formatNumber(3.25, { decimals: 1 }), formatPercent(0.925), formatPercent(0.0345, 2)]).toEqual(["0.4072", "3.3", "92.5%", "3.45%"]);
		useLanguage("de");
		expect([formatNumber(0.4072, { decimals: 4, fixed: true }), formatNumber(3.25, { decimals: 1 }), formatPercent(0.925), formatPercent(0.0345, 2)]).toEqual(["0,4072", "3,3", `92,5${NBSP}%`, `3,45${NBSP}%`]);
	});

	it("keeps counts without thousands separators unless asked, as before", () => {
		useLanguage("de");
		expect(formatNumber(12345)).toBe("12345");
		expect(formatNumber(12345, { grouping: true })).toBe("12.345");
	});

	it("fills a numeric placeholder in the language's digits", () => {
		useLanguage("de");
		expect(t("input.between", { min: 0.7, max: 0.99 })).toBe("Gib eine Zahl von 0,7 bis 0,99 ein.");
		useLanguage("en");
		expect(t("input.between", { min: 0.7, max: 0.99 })).toBe("Enter a number from 0.7 to 0.99.");
	});
});
