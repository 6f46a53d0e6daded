/**
 * The review calendar: one square per day of the past year, a column per week (Sunday on top), the
 * shade rising with the day's answers; each square's `<title>` gives the date and the exact count.
 */
import { formatLocalDate, localDate, type ReviewHeatmap } from "../../core";
import { plural } from "./format";

const CELL = 10;
const STEP = 12;
/** Shades above "none": a day's count is placed by its share of the busiest day. */
const LEVELS = 4;

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
	const svg = figure.createSvg("svg", {
		cls: "flashcard-review-heatmap-svg",
		attr: {
			viewBox: `0 0 ${weeks * STEP} ${7 * STEP}`,
			role: "img",
			"aria-label": `Review calendar of the past year: ${plural(total, "answer", "answers")}. ${caption}`,
		},
	});
	heatmap.counts.forEach((count, i) => {
		const slot = i + lead;
		const day = heatmap.firstDay + i;
		const cls = ["flashcard-review-heat", `flashcard-review-heat-${heatLevel(count, heatmap.max)}`];
		if (i === heatmap.counts.length - 1) cls.push("flashcard-review-heat-today");
		const rect = svg.createSvg("rect", {
			cls,
			attr: { x: Math.floor(slot / 7) * STEP, y: (slot % 7) * STEP, width: CELL, height: CELL, rx: 2, "data-count": count },
		});
		rect.createSvg("title").setText(`${formatLocalDate(day)}: ${plural(count, "answer", "answers")}`);
	});
	figure.createEl("figcaption", { cls: "flashcard-review-chart-caption", text: caption });
	return figure;
}
