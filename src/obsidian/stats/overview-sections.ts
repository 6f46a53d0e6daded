/** The statistics that open the view: today's work and how many cards are in each state. */
import type { CardCounts, TodaySummary } from "../../core";
import { count, percent, plural, timeSpent } from "./format";
import { section } from "./section";

/** Anki's "Today" panel. */
export function todaySection(parent: HTMLElement, today: TodaySummary): void {
	const body = section(parent, "Today", "flashcard-review-stats-today");
	if (today.total === 0) {
		body.createEl("p", { cls: "flashcard-review-stats-empty", text: "No cards have been studied today." });
		return;
	}
	body.createEl("p", {
		cls: "flashcard-review-stats-lead",
		text: `Studied ${plural(today.total, "card", "cards")} in ${timeSpent(today.durationMs)} today.`,
	});
	const list = body.createEl("ul", { cls: "flashcard-review-stats-facts" });
	list.createEl("li", { text: `Again: ${count(today.again)} (correct ${percent(today.correct)})` });
	list.createEl("li", {
		text: `Learning ${count(today.learning)}, review ${count(today.young + today.mature)}, relearning ${count(today.relearning)}`,
	});
}

const COUNT_ROWS: readonly { key: keyof CardCounts; label: string; cls: string }[] = [
	{ key: "new", label: "New", cls: "flashcard-review-series-new" },
	{ key: "learning", label: "Learning", cls: "flashcard-review-series-learning" },
	{ key: "relearning", label: "Relearning", cls: "flashcard-review-series-relearning" },
	{ key: "young", label: "Young", cls: "flashcard-review-series-young" },
	{ key: "mature", label: "Mature", cls: "flashcard-review-series-mature" },
	{ key: "suspended", label: "Suspended", cls: "flashcard-review-series-suspended" },
	{ key: "buried", label: "Buried", cls: "flashcard-review-series-buried" },
];

/** Card counts: one stacked strip and the table of exact counts. */
export function cardCountsSection(parent: HTMLElement, counts: CardCounts): void {
	const body = section(parent, "Card counts", "flashcard-review-stats-counts");
	const summary = COUNT_ROWS.map((row) => `${row.label.toLowerCase()} ${counts[row.key]}`).join(", ");
	const svg = body.createSvg("svg", {
		cls: "flashcard-review-strip",
		attr: { viewBox: "0 0 100 6", preserveAspectRatio: "none", role: "img", "aria-label": `Card counts: ${summary}` },
	});
	let x = 0;
	for (const row of COUNT_ROWS) {
		const share = counts.total > 0 ? (counts[row.key] / counts.total) * 100 : 0;
		if (share <= 0) continue;
		const rect = svg.createSvg("rect", { cls: row.cls, attr: { x, y: 0, width: share, height: 6 } });
		rect.createSvg("title").setText(`${row.label}: ${counts[row.key]} (${percent(share / 100)})`);
		x += share;
	}
	const table = body.createEl("table", { cls: "flashcard-review-stats-table" });
	const tbody = table.createEl("tbody");
	for (const row of COUNT_ROWS) {
		const tr = tbody.createEl("tr");
		const name = tr.createEl("th", { attr: { scope: "row" } });
		name.createSpan({ cls: ["flashcard-review-swatch", row.cls] });
		name.appendText(row.label);
		tr.createEl("td", { text: count(counts[row.key]) });
	}
	const leeches = tbody.createEl("tr", { cls: "flashcard-review-stats-leeches" });
	leeches.createEl("th", { text: "Leeches", attr: { scope: "row" } });
	leeches.createEl("td", { text: count(counts.leeches) });
	const total = tbody.createEl("tr", { cls: "flashcard-review-stats-total" });
	total.createEl("th", { text: "Total", attr: { scope: "row" } });
	total.createEl("td", { text: count(counts.total) });
}
