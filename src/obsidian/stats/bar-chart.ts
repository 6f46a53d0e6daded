/**
 * A stacked bar chart in plain SVG, drawn with Obsidian's DOM helpers: it stretches to the pane's
 * width (the bars scale, the text stays in HTML around them). A value axis (0, half, maximum) sits
 * in its own column left of the bars, so no label ever covers a bar; date or bucket ticks run under
 * them. Each bar carries its exact numbers in a `<title>` tooltip, and a table under the chart
 * lists them all without hovering; the figure has an aria-label and a caption for readers.
 */
import { formatNumber, t } from "../i18n";

/** One stacked layer, bottom first: its name and the plugin class that colours it. */
export interface ChartSeries {
	label: string;
	cls: string;
}

/** What a chart's values count, in the app's language. */
export interface ChartUnit {
	amount(value: number): string;
	column: string;
}

/** One bar: what it stands for (`2024-05-16`) and one value per series. */
export interface ChartBar {
	label: string;
	values: readonly number[];
}

/** Everything a bar chart shows. */
export interface BarChartSpec {
	/** What the chart shows, read first by screen readers (`Due forecast, next 30 days`). */
	title: string;
	series: readonly ChartSeries[];
	bars: readonly ChartBar[];
	/** What the values count: a number with its word (`3 cards`), and the word alone, as a column head. */
	unit: ChartUnit;
	/** Axis labels under the first and the last bar. */
	startLabel: string;
	endLabel: string;
	/** A short label for the bar at `index` (a date), for the ticks between the first and the last. */
	tick?: (index: number) => string;
	/** Sentence under the chart with the figures that matter. */
	caption: string;
}

const BAR_WIDTH = 10;
const BAR_GAP = 2;
const HEIGHT = 100;
/** Ticks between the first and the last bar (when the chart has room for them: see styles.css). */
const INNER_TICKS = 3;

/** Draws the chart into `parent` and returns its figure. */
export function barChart(parent: HTMLElement, spec: BarChartSpec): HTMLElement {
	const figure = parent.createEl("figure", { cls: "flashcard-review-chart" });
	const totals = spec.bars.map((bar) => bar.values.reduce((sum, v) => sum + v, 0));
	const max = Math.max(0, ...totals);
	const plot = figure.createDiv({ cls: "flashcard-review-chart-plot" });
	const values = plot.createDiv({ cls: "flashcard-review-chart-values", attr: { "aria-hidden": "true" } });
	for (const value of [max, max / 2, 0]) values.createSpan({ text: max > 0 || value === 0 ? formatNumber(value) : "" });
	const width = spec.bars.length * (BAR_WIDTH + BAR_GAP);
	const svg = plot.createSvg("svg", {
		cls: "flashcard-review-chart-svg",
		attr: { viewBox: `0 0 ${width} ${HEIGHT}`, preserveAspectRatio: "none", role: "img", "aria-label": `${spec.title}. ${spec.caption}` },
	});
	for (const y of [0, HEIGHT / 2]) svg.createSvg("line", { cls: "flashcard-review-chart-grid", attr: { x1: 0, x2: width, y1: y, y2: y } });
	spec.bars.forEach((bar, i) => drawBar(svg, spec, bar, totals[i] ?? 0, max, i));
	drawTicks(plot, spec);
	if (spec.series.length > 1) legend(figure, spec.series, spec.bars);
	figure.createEl("figcaption", { cls: "flashcard-review-chart-caption", text: spec.caption });
	numbers(figure, spec, totals);
	return figure;
}

/** The first and last labels at the ends, and evenly spaced ticks between, placed under their bars. */
function drawTicks(plot: HTMLElement, spec: BarChartSpec): void {
	const axis = plot.createDiv({ cls: "flashcard-review-chart-axis", attr: { "aria-hidden": "true" } });
	const count = spec.bars.length;
	const ticks: { at: number; text: string; cls: string }[] = [{ at: 0, text: spec.startLabel, cls: "is-start" }];
	if (spec.tick && count > INNER_TICKS + 1) {
		for (let k = 1; k <= INNER_TICKS; k++) {
			const index = Math.round((k * (count - 1)) / (INNER_TICKS + 1));
			ticks.push({ at: (index + 0.5) / count, text: spec.tick(index), cls: "is-inner" });
		}
	}
	ticks.push({ at: 1, text: spec.endLabel, cls: "is-end" });
	for (const tick of ticks) {
		const el = axis.createSpan({ cls: ["flashcard-review-chart-tick", tick.cls], text: tick.text });
		// The only inline style: a tick's place along the axis is data, not design.
		if (tick.cls === "is-inner") el.setCssProps({ "--flashcard-review-tick-at": `${(tick.at * 100).toFixed(2)}%` });
	}
}

function drawBar(svg: SVGSVGElement, spec: BarChartSpec, bar: ChartBar, total: number, max: number, index: number): void {
	const x = index * (BAR_WIDTH + BAR_GAP);
	const group = svg.createSvg("g", { cls: "flashcard-review-chart-bar", attr: { "data-total": total } });
	group.createSvg("title").setText(barTitle(spec, bar, total));
	// A full-height transparent rect so that every bar, even an empty one, shows its tooltip.
	group.createSvg("rect", { cls: "flashcard-review-chart-hit", attr: { x, y: 0, width: BAR_WIDTH + BAR_GAP, height: HEIGHT } });
	let top = HEIGHT;
	spec.series.forEach((series, s) => {
		const value = bar.values[s] ?? 0;
		if (value <= 0 || max <= 0) return;
		const height = (value / max) * HEIGHT;
		top -= height;
		group.createSvg("rect", { cls: ["flashcard-review-chart-segment", series.cls], attr: { x, y: top, width: BAR_WIDTH, height } });
	});
}

function barTitle(spec: BarChartSpec, bar: ChartBar, total: number): string {
	const head = `${bar.label}: ${spec.unit.amount(total)}`;
	if (spec.series.length < 2 || total === 0) return head;
	const parts = spec.series.map((series, s) => `${series.label} ${formatNumber(bar.values[s] ?? 0)}`);
	return `${head} (${parts.join(", ")})`;
}

function legend(figure: HTMLElement, series: readonly ChartSeries[], bars: readonly ChartBar[]): void {
	const list = figure.createEl("ul", { cls: "flashcard-review-chart-legend" });
	series.forEach((entry, s) => {
		const sum = bars.reduce((total, bar) => total + (bar.values[s] ?? 0), 0);
		const item = list.createEl("li");
		item.createSpan({ cls: ["flashcard-review-swatch", entry.cls] });
		item.appendText(`${entry.label} ${formatNumber(sum)}`);
	});
}

/** Every bar that has something, as a table, folded under the chart: the exact numbers without hovering. */
function numbers(figure: HTMLElement, spec: BarChartSpec, totals: readonly number[]): void {
	const rows = spec.bars.map((bar, i) => ({ bar, total: totals[i] ?? 0 })).filter((row) => row.total > 0);
	if (rows.length === 0) return;
	const details = figure.createEl("details", { cls: "flashcard-review-chart-numbers" });
	details.createEl("summary", { text: t("stats.numbers") });
	const table = details.createEl("table", { cls: "flashcard-review-stats-table" });
	const head = table.createEl("thead").createEl("tr");
	head.createEl("th", { text: spec.title, attr: { scope: "col" } });
	if (spec.series.length > 1) for (const series of spec.series) head.createEl("th", { text: series.label, attr: { scope: "col" } });
	head.createEl("th", { text: spec.unit.column, attr: { scope: "col" } });
	const body = table.createEl("tbody");
	for (const { bar, total } of rows) {
		const tr = body.createEl("tr");
		tr.createEl("th", { text: bar.label, attr: { scope: "row" } });
		if (spec.series.length > 1) spec.series.forEach((_, s) => tr.createEl("td", { text: formatNumber(bar.values[s] ?? 0) }));
		tr.createEl("td", { text: formatNumber(total) });
	}
}
