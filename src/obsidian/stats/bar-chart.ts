/**
 * A stacked bar chart in plain SVG, drawn with Obsidian's DOM helpers: it stretches to the pane's
 * width (the bars scale, the text stays in HTML around them), each bar carries its exact numbers in
 * a `<title>` tooltip, and the figure has an aria-label and a caption for readers.
 */
import { plural } from "./format";

/** One stacked layer, bottom first: its name and the plugin class that colours it. */
export interface ChartSeries {
	label: string;
	cls: string;
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
	/** What the values count, singular then plural (`["card", "cards"]`). */
	unit: readonly [string, string];
	/** Axis labels under the first and the last bar. */
	startLabel: string;
	endLabel: string;
	/** Sentence under the chart with the figures that matter. */
	caption: string;
}

const BAR_WIDTH = 10;
const BAR_GAP = 2;
const HEIGHT = 100;

/** Draws the chart into `parent` and returns its figure. */
export function barChart(parent: HTMLElement, spec: BarChartSpec): HTMLElement {
	const figure = parent.createEl("figure", { cls: "flashcard-review-chart" });
	const totals = spec.bars.map((bar) => bar.values.reduce((sum, v) => sum + v, 0));
	const max = Math.max(0, ...totals);
	const plot = figure.createDiv({ cls: "flashcard-review-chart-plot" });
	plot.createSpan({ cls: "flashcard-review-chart-max", text: String(max) });
	const width = spec.bars.length * (BAR_WIDTH + BAR_GAP);
	const svg = plot.createSvg("svg", {
		cls: "flashcard-review-chart-svg",
		attr: {
			viewBox: `0 0 ${width} ${HEIGHT}`,
			preserveAspectRatio: "none",
			role: "img",
			"aria-label": `${spec.title}. ${spec.caption}`,
		},
	});
	spec.bars.forEach((bar, i) => drawBar(svg, spec, bar, totals[i] ?? 0, max, i));
	const axis = figure.createDiv({ cls: "flashcard-review-chart-axis" });
	axis.createSpan({ text: spec.startLabel });
	axis.createSpan({ text: spec.endLabel });
	if (spec.series.length > 1) legend(figure, spec.series, spec.bars);
	figure.createEl("figcaption", { cls: "flashcard-review-chart-caption", text: spec.caption });
	return figure;
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
	const head = `${bar.label}: ${plural(total, spec.unit[0], spec.unit[1])}`;
	if (spec.series.length < 2 || total === 0) return head;
	const parts = spec.series.map((series, s) => `${series.label} ${bar.values[s] ?? 0}`);
	return `${head} (${parts.join(", ")})`;
}

function legend(figure: HTMLElement, series: readonly ChartSeries[], bars: readonly ChartBar[]): void {
	const list = figure.createEl("ul", { cls: "flashcard-review-chart-legend" });
	series.forEach((entry, s) => {
		const sum = bars.reduce((total, bar) => total + (bar.values[s] ?? 0), 0);
		const item = list.createEl("li");
		item.createSpan({ cls: ["flashcard-review-swatch", entry.cls] });
		item.appendText(`${entry.label} ${sum}`);
	});
}
