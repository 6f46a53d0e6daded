/**
 * The review calendar: one square per day of the past year, a column per week (Sunday on top), the
 * shade rising with the day's answers; each square's `<title>` gives the date and the exact count.
 * Month names run along the top and weekday names down the left. The squares keep a readable size:
 * a narrow pane scrolls the calendar sideways, starting at today (the right end).
 */
import { formatLocalDate, localDate, type ReviewHeatmap } from "../../core";
import { language, t } from "../i18n";
import { answers } from "./format";

const CELL = 10;
const STEP = 12;
/** Room for the weekday names (left) and the month names (top), in the SVG's units. */
const LEFT = 24;
const TOP = 12;
/** Shades above "none": a day's count is placed by its share of the busiest day. */
const LEVELS = 4;
/** Weekdays named down the side (Sunday is 0), every other one as on most calendars. */
const NAMED_WEEKDAYS = [1, 3, 5];

/** The shade (0–4) of a day with `count` answers when the busiest day had `max`. */
export function heatLevel(count: number, max: number): number {
	if (count <= 0 || max <= 0) return 0;
	return Math.min(LEVELS, Math.ceil((count / max) * LEVELS));
}

/** Draws the calendar into `parent` and returns its figure. */
export function heatmapChart(parent: HTMLElement, heatmap: ReviewHeatmap, caption: string): HTMLElement {
	const figure = parent.createEl("figure", { cls: ["flashcard-review-chart", "flashcard-review-heatmap"] });
	const lead = localDate(heatmap.firstDay).weekday;
	const weeks = Math.ceil((heatmap.counts.length + lead) / 7);
	const total = heatmap.counts.reduce((sum, n) => sum + n, 0);
	const label = t("stats.calendarLabel", { answers: answers(total), caption });
	// Focusable because it may scroll: a keyboard can then move along it with the arrow keys.
	const scroller = figure.createDiv({ cls: "flashcard-review-heatmap-scroll", attr: { tabindex: 0, role: "group", "aria-label": label } });
	const svg = scroller.createSvg("svg", {
		cls: "flashcard-review-heatmap-svg",
		attr: { viewBox: `0 0 ${LEFT + weeks * STEP} ${TOP + 7 * STEP}`, role: "img", "aria-label": label },
	});
	const weekday = new Intl.DateTimeFormat(language(), { weekday: "short", timeZone: "UTC" });
	// 7 January 2024 was a Sunday.
	for (const w of NAMED_WEEKDAYS) text(svg, weekday.format(new Date(Date.UTC(2024, 0, 7 + w))), 0, TOP + w * STEP + CELL - 1);
	const month = new Intl.DateTimeFormat(language(), { month: "short", timeZone: "UTC" });
	heatmap.counts.forEach((count, i) => {
		const slot = i + lead;
		const day = heatmap.firstDay + i;
		const date = localDate(day);
		const x = LEFT + Math.floor(slot / 7) * STEP;
		// A month's name over the week its first day falls in (none for a month cut off at the start).
		if (date.day === 1 && x + 3 * STEP < LEFT + weeks * STEP) text(svg, month.format(new Date(Date.UTC(date.year, date.month - 1, 1))), x, TOP - 3);
		const cls = ["flashcard-review-heat", `flashcard-review-heat-${heatLevel(count, heatmap.max)}`];
		if (i === heatmap.counts.length - 1) cls.push("flashcard-review-heat-today");
		const rect = svg.createSvg("rect", { cls, attr: { x, y: TOP + (slot % 7) * STEP, width: CELL, height: CELL, rx: 2, "data-count": count } });
		rect.createSvg("title").setText(t("stats.dayCount", { date: formatLocalDate(day), answers: answers(count) }));
	});
	figure.createEl("figcaption", { cls: "flashcard-review-chart-caption", text: caption });
	return figure;
}

function text(svg: SVGSVGElement, content: string, x: number, y: number): void {
	svg.createSvg("text", { cls: "flashcard-review-heat-label", attr: { x, y, "aria-hidden": "true" } }).setText(content);
}
