/** How well cards are remembered: the true retention table and the answer buttons used. */
import type { ButtonCounts, ButtonGroup, ButtonPeriod, ButtonUsage, PassRate, RetentionPeriod, RetentionRow } from "../../core";
import { barChart, type ChartSeries } from "./bar-chart";
import { count, percent } from "./format";
import { rangeSwitch, section } from "./section";

const PERIOD_LABELS: Readonly<Record<RetentionPeriod, string>> = {
	today: "Today",
	yesterday: "Yesterday",
	week: "Last 7 days",
	month: "Last 30 days",
	year: "Last 365 days",
	all: "All time",
};

/** True retention: the share of review answers that were not Again, with the answers behind it. */
export function retentionSection(parent: HTMLElement, rows: readonly RetentionRow[]): void {
	const body = section(parent, "True retention", "flashcard-review-stats-retention");
	body.createEl("p", {
		cls: "flashcard-review-stats-note",
		text: "Share of reviews passed (any button but the first), counting the first answer of the day on review cards; answers in brackets.",
	});
	const table = body.createEl("table", { cls: "flashcard-review-stats-table" });
	const head = table.createEl("thead").createEl("tr");
	for (const label of ["Period", "Young", "Mature", "Total"]) head.createEl("th", { text: label, attr: { scope: "col" } });
	const tbody = table.createEl("tbody");
	for (const row of rows) {
		const tr = tbody.createEl("tr", { attr: { "data-period": row.period } });
		tr.createEl("th", { text: PERIOD_LABELS[row.period], attr: { scope: "row" } });
		for (const rate of [row.young, row.mature, row.total]) rateCell(tr, rate);
	}
}

function rateCell(tr: HTMLElement, rate: PassRate): void {
	const td = tr.createEl("td", { title: `${rate.passed} passed, ${rate.failed} failed` });
	td.createSpan({ cls: "flashcard-review-rate", text: percent(rate.retention) });
	td.createSpan({ cls: "flashcard-review-rate-count", text: ` (${count(rate.reviews)})` });
}

const BUTTONS: readonly ChartSeries[] = [
	{ label: "Again", cls: "flashcard-review-series-again" },
	{ label: "Hard", cls: "flashcard-review-series-hard" },
	{ label: "Good", cls: "flashcard-review-series-good" },
	{ label: "Easy", cls: "flashcard-review-series-easy" },
];
const GROUPS: readonly { key: ButtonGroup; label: string }[] = [
	{ key: "learning", label: "Learning" },
	{ key: "young", label: "Young" },
	{ key: "mature", label: "Mature" },
];

/** Answer buttons pressed on learning, young and mature cards, over a switchable period. */
export function buttonsSection(
	parent: HTMLElement,
	usage: Record<ButtonPeriod, ButtonUsage>,
	period: ButtonPeriod,
	onPeriod: (period: ButtonPeriod) => void,
): void {
	const body = section(parent, "Answer buttons", "flashcard-review-stats-buttons");
	const choices = [
		{ value: "month", label: "1 month" },
		{ value: "year", label: "1 year" },
		{ value: "all", label: "All" },
	] as const;
	rangeSwitch<ButtonPeriod>(body, choices, period, onPeriod, (target, value) => {
		const groups = usage[value];
		const bars = GROUPS.flatMap(({ key, label }) =>
			BUTTONS.map((button, b) => ({
				label: `${label}, ${button.label}`,
				values: BUTTONS.map((_, s) => (s === b ? (groups[key].counts[b] ?? 0) : 0)),
			})),
		);
		const caption = GROUPS.map(({ key, label }) => `${label}: ${percent(groups[key].correct)} correct of ${count(groups[key].total)}`).join(". ");
		barChart(target, {
			title: "Answer buttons by card group",
			series: BUTTONS,
			bars,
			unit: ["answer", "answers"],
			startLabel: "Learning",
			endLabel: "Mature",
			caption: `${caption}.`,
		});
		buttonsTable(target, groups);
	});
}

function buttonsTable(target: HTMLElement, groups: ButtonUsage): void {
	const table = target.createEl("table", { cls: "flashcard-review-stats-table" });
	const head = table.createEl("thead").createEl("tr");
	for (const label of ["", ...BUTTONS.map((b) => b.label), "Correct"]) head.createEl("th", { text: label, attr: { scope: "col" } });
	const tbody = table.createEl("tbody");
	for (const { key, label } of GROUPS) {
		const counts: ButtonCounts = groups[key];
		const tr = tbody.createEl("tr", { attr: { "data-group": key } });
		tr.createEl("th", { text: label, attr: { scope: "row" } });
		for (const n of counts.counts) tr.createEl("td", { text: count(n) });
		tr.createEl("td", { text: percent(counts.correct) });
	}
}
