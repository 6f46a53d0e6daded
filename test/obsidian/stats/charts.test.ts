/**
 * @jest-environment jsdom
 */
import { barChart } from "../../../src/obsidian/stats/bar-chart";
import { heatmapChart } from "../../../src/obsidian/stats/heatmap-chart";
import { answerUnit } from "../../../src/obsidian/stats/format";
import { useLanguage } from "../../../src/obsidian/i18n";
import { dayOfDate, type ReviewHeatmap } from "../../../src/core";

/** A calendar from `firstDay` with these daily counts (the streak figures are not drawn here). */
const calendar = (firstDay: number, counts: number[]): ReviewHeatmap => ({
	firstDay,
	counts,
	max: Math.max(0, ...counts),
	today: firstDay + counts.length - 1,
	streak: 0,
	longestStreak: 0,
	daysStudied: 0,
	daysStudiedLast30: 0,
});

const texts = (root: Element, selector: string): string[] => [...root.querySelectorAll(selector)].map((el) => el.textContent ?? "");

function chart(): HTMLElement {
	const parent = createDiv();
	barChart(parent, {
		title: "Answers per day",
		series: [
			{ label: "Learning", cls: "a" },
			{ label: "Young", cls: "b" },
		],
		bars: Array.from({ length: 30 }, (_, i) => ({ label: `Day ${i}`, values: i === 0 ? [7, 3] : i === 20 ? [1, 0] : [0, 0] })),
		unit: answerUnit(),
		startLabel: "30 days ago",
		endLabel: "Today",
		tick: (i) => `D${i}`,
		caption: "11 answers.",
	});
	return parent;
}

describe("bar charts", () => {
	it("puts the value axis in a column of its own, so that the first bar's label never covers it", () => {
		const root = chart();
		const plot = root.querySelector(".flashcard-review-chart-plot");
		const values = plot?.querySelector(".flashcard-review-chart-values");
		expect(texts(values!, "span")).toEqual(["10", "5", "0"]);
		// Beside the bars, not inside them.
		expect(values?.parentElement).toBe(plot);
		expect(plot?.querySelector("svg")?.contains(values ?? null)).toBe(false);
		expect(plot?.querySelectorAll("line.flashcard-review-chart-grid")).toHaveLength(2);
	});

	it("labels the axis at both ends and at three ticks between them", () => {
		const root = chart();
		expect(texts(root, ".flashcard-review-chart-tick")).toEqual(["30 days ago", "D7", "D15", "D22", "Today"]);
	});

	it("lists the exact numbers of every bar that has any in a table, without hovering", () => {
		const root = chart();
		const rows = [...root.querySelectorAll(".flashcard-review-chart-numbers tbody tr")].map((tr) => texts(tr, "th, td"));
		expect(rows).toEqual([
			["Day 0", "7", "3", "10"],
			["Day 20", "1", "0", "1"],
		]);
		expect(texts(root, ".flashcard-review-chart-numbers thead th")).toEqual(["Answers per day", "Learning", "Young", "answers"]);
	});
});

describe("the review calendar", () => {
	afterEach(() => useLanguage("en"));

	it("names the months along the top and every other weekday down the side, in the app's language", () => {
		useLanguage("en");
		const first = dayOfDate(2024, 3, 11);
		const counts = Array.from({ length: 365 }, (_, i) => (i % 10 === 0 ? 2 : 0));
		const root = createDiv();
		heatmapChart(root, calendar(first, counts), "Busiest day 2 answers.");
		const labels = texts(root, ".flashcard-review-heat-label");
		expect(labels.slice(0, 3)).toEqual(["Mon", "Wed", "Fri"]);
		expect(labels.slice(3)).toEqual(["Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan", "Feb"]);
		useLanguage("de");
		const german = createDiv();
		heatmapChart(german, calendar(first, counts), "");
		expect(texts(german, ".flashcard-review-heat-label").slice(0, 4)).toEqual(["Mo", "Mi", "Fr", "Apr"]);
	});

	it("keeps its squares readable in a narrow pane: it scrolls, and the keyboard can reach it", () => {
		const root = createDiv();
		heatmapChart(root, calendar(dayOfDate(2024, 3, 11), [1, 0, 3]), "");
		const scroller = root.querySelector(".flashcard-review-heatmap-scroll");
		expect(scroller?.getAttribute("tabindex")).toBe("0");
		expect(scroller?.getAttribute("aria-label")).toMatch(/^Review calendar of the past year: 4 answers\./);
	});
});
