/** How well cards are remembered: the true retention table and the answer buttons used. */
import type { ButtonCounts, ButtonGroup, ButtonPeriod, ButtonUsage, PassRate, RetentionPeriod, RetentionRow } from "../../core";
import { t, type MessageKey } from "../i18n";
import { barChart } from "./bar-chart";
import { answerUnit, count, percent } from "./format";
import { rangeSwitch, section } from "./section";
import { series, seriesName } from "./series";

const PERIOD_LABELS: Readonly<Record<RetentionPeriod, MessageKey>> = {
	today: "stats.today",
	yesterday: "stats.yesterday",
	week: "stats.last7",
	month: "stats.last30",
	year: "stats.last365",
	all: "stats.allTime",
};

/** True retention: the share of review answers that were not Again, with the answers behind it. */
export function retentionSection(parent: HTMLElement, rows: readonly RetentionRow[]): void {
	const body = section(parent, t("stats.retention"), "flashcard-review-stats-retention");
	body.createEl("p", { cls: "flashcard-review-stats-note", text: t("stats.retentionNote") });
	const table = body.createEl("table", { cls: "flashcard-review-stats-table" });
	const head = table.createEl("thead").createEl("tr");
	for (const label of [t("stats.period"), seriesName("young"), seriesName("mature"), t("stats.total")]) head.createEl("th", { text: label, attr: { scope: "col" } });
	const tbody = table.createEl("tbody");
	for (const row of rows) {
		const tr = tbody.createEl("tr", { attr: { "data-period": row.period } });
		tr.createEl("th", { text: t(PERIOD_LABELS[row.period]), attr: { scope: "row" } });
		for (const rate of [row.young, row.mature, row.total]) rateCell(tr, rate);
	}
}

function rateCell(tr: HTMLElement, rate: PassRate): void {
	const td = tr.createEl("td", { title: t("stats.passedFailed", { passed: rate.passed, failed: rate.failed }) });
	td.createSpan({ cls: "flashcard-review-rate", text: percent(rate.retention) });
	td.createSpan({ cls: "flashcard-review-rate-count", text: ` (${count(rate.reviews)})` });
}

const BUTTONS = ["again", "hard", "good", "easy"] as const;
const GROUPS: readonly ButtonGroup[] = ["learning", "young", "mature"];

/** Answer buttons pressed on learning, young and mature cards, over a switchable period. */
export function buttonsSection(
	parent: HTMLElement,
	usage: Record<ButtonPeriod, ButtonUsage>,
	period: ButtonPeriod,
	onPeriod: (period: ButtonPeriod) => void,
): void {
	const body = section(parent, t("stats.buttons"), "flashcard-review-stats-buttons");
	const choices = [
		{ value: "month", label: t("stats.rangeMonth") },
		{ value: "year", label: t("stats.rangeYear") },
		{ value: "all", label: t("stats.rangeAll") },
	] as const;
	rangeSwitch<ButtonPeriod>(body, choices, period, onPeriod, (target, value) => {
		const groups = usage[value];
		const buttons = series(BUTTONS);
		const bars = GROUPS.flatMap((group) =>
			buttons.map((button, b) => ({
				label: t("stats.groupButton", { group: seriesName(group), button: button.label }),
				values: buttons.map((_, s) => (s === b ? (groups[group].counts[b] ?? 0) : 0)),
			})),
		);
		const caption = GROUPS.map((group) => t("stats.groupCorrect", { group: seriesName(group), correct: percent(groups[group].correct), total: count(groups[group].total) })).join(". ");
		barChart(target, {
			title: t("stats.buttonsTitle"),
			series: buttons,
			bars,
			unit: answerUnit(),
			startLabel: seriesName("learning"),
			endLabel: seriesName("mature"),
			caption: `${caption}.`,
		});
		buttonsTable(target, groups);
	});
}

function buttonsTable(target: HTMLElement, groups: ButtonUsage): void {
	const table = target.createEl("table", { cls: "flashcard-review-stats-table" });
	const head = table.createEl("thead").createEl("tr");
	for (const label of ["", ...BUTTONS.map(seriesName), t("stats.correct")]) head.createEl("th", { text: label, attr: { scope: "col" } });
	const tbody = table.createEl("tbody");
	for (const group of GROUPS) {
		const counts: ButtonCounts = groups[group];
		const tr = tbody.createEl("tr", { attr: { "data-group": group } });
		tr.createEl("th", { text: seriesName(group), attr: { scope: "row" } });
		for (const n of counts.counts) tr.createEl("td", { text: count(n) });
		tr.createEl("td", { text: percent(counts.correct) });
	}
}
