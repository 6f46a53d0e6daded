/** Future due: the coming month day by day, or the coming year week by week. */
import { dueBarTotal, formatLocalDate, type DueBar, type DueForecast } from "../../core";
import { barChart, type ChartSeries } from "./bar-chart";
import { count, oneDecimal, shortDate } from "./format";
import { rangeSwitch, section } from "./section";

/** The range the forecast shows. */
export type ForecastRange = "month" | "year";

const SERIES: readonly ChartSeries[] = [
	{ label: "Learning", cls: "flashcard-review-series-learning" },
	{ label: "Young", cls: "flashcard-review-series-young" },
	{ label: "Mature", cls: "flashcard-review-series-mature" },
];

const values = (bar: DueBar): number[] => [bar.learning, bar.young, bar.mature];

/** The forecast from local day `today`, in the range `range`, switchable. */
export function forecastSection(
	parent: HTMLElement,
	forecast: DueForecast,
	today: number,
	range: ForecastRange,
	onRange: (range: ForecastRange) => void,
): void {
	const body = section(parent, "Future due", "flashcard-review-stats-forecast");
	const choices = [
		{ value: "month", label: "1 month" },
		{ value: "year", label: "1 year" },
	] as const;
	rangeSwitch<ForecastRange>(body, choices, range, onRange, (target, value) => {
		if (value === "month") monthChart(target, forecast, today);
		else yearChart(target, forecast, today);
	});
}

function monthChart(target: HTMLElement, forecast: DueForecast, today: number): void {
	const totals = forecast.daily.map(dueBarTotal);
	const sum = totals.reduce((a, b) => a + b, 0);
	barChart(target, {
		title: "Due forecast, today and the next 30 days",
		series: SERIES,
		bars: forecast.daily.map((bar, i) => ({ label: dayLabel(today, i), values: values(bar) })),
		unit: ["card", "cards"],
		startLabel: "Today",
		endLabel: "In 30 days",
		tick: (i) => shortDate(today + i),
		caption:
			`Due today ${count(totals[0] ?? 0)} (overdue ${count(forecast.overdue)}), tomorrow ${count(totals[1] ?? 0)}, ` +
			`next 30 days ${count(sum)}. Daily load about ${oneDecimal(forecast.dailyLoad)} reviews a day.`,
	});
}

function yearChart(target: HTMLElement, forecast: DueForecast, today: number): void {
	const sum = forecast.weekly.reduce((a, bar) => a + dueBarTotal(bar), 0);
	barChart(target, {
		title: "Due forecast, the next 52 weeks",
		series: SERIES,
		bars: forecast.weekly.map((bar, w) => ({
			label: `Week of ${formatLocalDate(today + w * 7)}`,
			values: values(bar),
		})),
		unit: ["card", "cards"],
		startLabel: "This week",
		endLabel: "In a year",
		tick: (w) => shortDate(today + w * 7),
		caption: `Due within a year ${count(sum)}, later ${count(dueBarTotal(forecast.later))}. Daily load about ${oneDecimal(forecast.dailyLoad)} reviews a day.`,
	});
}

function dayLabel(today: number, offset: number): string {
	const date = formatLocalDate(today + offset);
	if (offset === 0) return `Today (${date})`;
	if (offset === 1) return `Tomorrow (${date})`;
	return date;
}
