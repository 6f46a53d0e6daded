/** The statistics that open the view: today's work and how many cards are in each state. */
import type { CardCounts, TodaySummary } from "../../core";
import { formatNumber, language, t } from "../i18n";
import { count, percent, timeSpent } from "./format";
import { section } from "./section";
import { seriesClass, seriesName, type SeriesId } from "./series";

/** Anki's "Today" panel. */
export function todaySection(parent: HTMLElement, today: TodaySummary): void {
	const body = section(parent, t("stats.today"), "flashcard-review-stats-today");
	if (today.total === 0) {
		body.createEl("p", { cls: "flashcard-review-stats-empty", text: t("stats.todayNone") });
		return;
	}
	body.createEl("p", {
		cls: "flashcard-review-stats-lead",
		text: t("stats.todayStudied", { count: today.total, time: timeSpent(today.durationMs) }),
	});
	const list = body.createEl("ul", { cls: "flashcard-review-stats-facts" });
	list.createEl("li", { text: t("stats.todayAgain", { again: count(today.again), correct: percent(today.correct) }) });
	list.createEl("li", {
		text: t("stats.todayKinds", { learning: count(today.learning), review: count(today.young + today.mature), relearning: count(today.relearning) }),
	});
}

const COUNT_ROWS: readonly (keyof CardCounts & SeriesId)[] = ["new", "learning", "relearning", "young", "mature", "suspended", "buried"];

/** Card counts: one stacked strip and the table of exact counts. */
export function cardCountsSection(parent: HTMLElement, counts: CardCounts): void {
	const body = section(parent, t("stats.cardCounts"), "flashcard-review-stats-counts");
	const summary = COUNT_ROWS.map((row) => `${seriesName(row).toLocaleLowerCase(language())} ${count(counts[row])}`).join(", ");
	const svg = body.createSvg("svg", {
		cls: "flashcard-review-strip",
		attr: { viewBox: "0 0 100 6", preserveAspectRatio: "none", role: "img", "aria-label": t("stats.cardCountsLabel", { summary }) },
	});
	let x = 0;
	for (const row of COUNT_ROWS) {
		const share = counts.total > 0 ? (counts[row] / counts.total) * 100 : 0;
		if (share <= 0) continue;
		const rect = svg.createSvg("rect", { cls: seriesClass(row), attr: { x, y: 0, width: share, height: 6 } });
		rect.createSvg("title").setText(`${seriesName(row)}: ${formatNumber(counts[row])} (${percent(share / 100)})`);
		x += share;
	}
	const table = body.createEl("table", { cls: "flashcard-review-stats-table" });
	const tbody = table.createEl("tbody");
	for (const row of COUNT_ROWS) {
		const tr = tbody.createEl("tr");
		const name = tr.createEl("th", { attr: { scope: "row" } });
		name.createSpan({ cls: ["flashcard-review-swatch", seriesClass(row)] });
		name.appendText(seriesName(row));
		tr.createEl("td", { text: count(counts[row]) });
	}
	const leeches = tbody.createEl("tr", { cls: "flashcard-review-stats-leeches" });
	leeches.createEl("th", { text: t("stats.leeches"), attr: { scope: "row" } });
	leeches.createEl("td", { text: count(counts.leeches) });
	const total = tbody.createEl("tr", { cls: "flashcard-review-stats-total" });
	total.createEl("th", { text: t("stats.total"), attr: { scope: "row" } });
	total.createEl("td", { text: count(counts.total) });
}
