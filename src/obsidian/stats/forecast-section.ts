/** Future due: the coming month day by day, or the coming year week by week. */
import { dueBarTotal, formatLocalDate, type DueBar, type DueForecast } from "../../core";
import { t } from "../i18n";
import { barChart } from "./bar-chart";
import { cardUnit, count, oneDecimal, shortDate } from "./format";
import { rangeSwitch, section } from "./section";
import { series } from "./series";

/** The range the forecast shows. */
export type ForecastRange = "month" | "year";

const SERIES = ["learning", "young", "mature"] as const;

const values = (bar: DueBar): number[] => [bar.learning, bar.young, bar.mature];

/** The forecast from local day `today`, in the range `range`, switchable. */
export function forecastSection(
	parent: HTMLElement,
	forecast: DueForecast,
	today: number,
	range: ForecastRange,
	onRange: (range: ForecastRange) => void,
): void {
	const body = section(parent, t("stats.futureDue"), "flashcard-review-stats-forecast");
	const choices = [
		{ value: "month", label: t("stats.rangeMonth") },
		{ value: "year", label: t("stats.rangeYear") },
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
		title: t("stats.forecastMonth"),
		series: series(SERIES),
		bars: forecast.daily.map((bar, i) => ({ label: dayLabel(today, i), values: values(bar) })),
		unit: cardUnit(),
		startLabel: t("stats.today"),
		endLabel: t("stats.in30Days"),
		tick: (i) => shortDate(today + i),
		caption: t("stats.forecastMonthCaption", {
			today: count(totals[0] ?? 0),
			overdue: count(forecast.overdue),
			tomorrow: count(totals[1] ?? 0),
			month: count(sum),
			load: oneDecimal(forecast.dailyLoad),
		}),
	});
}

function yearChart(target: HTMLElement, forecast: DueForecast, today: number): void {
	const sum = forecast.weekly.reduce((a, bar) => a + dueBarTotal(bar), 0);
	barChart(target, {
		title: t("stats.forecastYear"),
		series: series(SERIES),
		bars: forecast.weekly.map((bar, w) => ({
			label: t("stats.weekOf", { date: formatLocalDate(today + w * 7) }),
			values: values(bar),
		})),
		unit: cardUnit(),
		startLabel: t("stats.thisWeek"),
		endLabel: t("stats.inAYear"),
		tick: (w) => shortDate(today + w * 7),
		caption: t("stats.forecastYearCaption", { year: count(sum), later: count(dueBarTotal(forecast.later)), load: oneDecimal(forecast.dailyLoad) }),
	});
}

function dayLabel(today: number, offset: number): string {
	const date = formatLocalDate(today + offset);
	if (offset === 0) return t("stats.dayWithDate", { day: t("stats.today"), date });
	if (offset === 1) return t("stats.dayWithDate", { day: t("stats.tomorrow"), date });
	return date;
}
