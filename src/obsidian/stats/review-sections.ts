/** What was done: the calendar of the past year and the answers per day, by kind of card. */
import { formatLocalDate, type ReviewDay, type ReviewHeatmap, type ReviewsPerDay } from "../../core";
import { barChart, type ChartSeries } from "./bar-chart";
import { oneDecimal, plural, shortDate, timeSpent } from "./format";
import { heatmapChart } from "./heatmap-chart";
import { rangeSwitch, section } from "./section";

/** The range the reviews chart shows. */
export type ReviewsRange = "month" | "year";

const SERIES: readonly ChartSeries[] = [
	{ label: "Learning", cls: "flashcard-review-series-learning" },
	{ label: "Relearning", cls: "flashcard-review-series-relearning" },
	{ label: "Young", cls: "flashcard-review-series-young" },
	{ label: "Mature", cls: "flashcard-review-series-mature" },
];

const values = (day: ReviewDay): number[] => [day.learning, day.relearning, day.young, day.mature];

/** The review calendar with today's count and the streaks. */
export function calendarSection(parent: HTMLElement, heatmap: ReviewHeatmap): void {
	const body = section(parent, "Calendar", "flashcard-review-stats-calendar");
	const caption =
		`Today ${plural(heatmap.today, "answer", "answers")}. Current streak ${plural(heatmap.streak, "day", "days")}, ` +
		`longest ${plural(heatmap.longestStreak, "day", "days")}. Studied on ${heatmap.daysStudiedLast30} of the last 30 days ` +
		`and ${heatmap.daysStudied} of the last 365.`;
	heatmapChart(body, heatmap, caption);
}

/** Answers per day (past month) or per week (past year), stacked by kind, switchable. */
export function reviewsSection(
	parent: HTMLElement,
	reviews: ReviewsPerDay,
	range: ReviewsRange,
	onRange: (range: ReviewsRange) => void,
): void {
	const body = section(parent, "Reviews", "flashcard-review-stats-reviews");
	const choices = [
		{ value: "month", label: "1 month" },
		{ value: "year", label: "1 year" },
	] as const;
	rangeSwitch<ReviewsRange>(body, choices, range, onRange, (target, value) => {
		const days = value === "month" ? reviews.daily : reviews.weekly;
		const total = days.reduce((sum, d) => sum + d.total, 0);
		const time = days.reduce((sum, d) => sum + d.durationMs, 0);
		const studied = value === "month" ? `, on ${reviews.monthDaysStudied} of 30 days (${oneDecimal(reviews.monthAverage)} a day)` : "";
		barChart(target, {
			title: value === "month" ? "Answers per day, the past 30 days" : "Answers per week, the past 52 weeks",
			series: SERIES,
			bars: days.map((day) => ({
				label: value === "month" ? formatLocalDate(day.day) : `Week of ${formatLocalDate(day.day)}`,
				values: values(day),
			})),
			unit: ["answer", "answers"],
			startLabel: value === "month" ? "30 days ago" : "A year ago",
			endLabel: "Today",
			tick: (i) => shortDate(days[i]?.day ?? 0),
			caption: `${plural(total, "answer", "answers")} in ${timeSpent(time)}${studied}.`,
		});
	});
}
