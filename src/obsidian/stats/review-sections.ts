/** What was done: the calendar of the past year and the answers per day, by kind of card. */
import { formatLocalDate, type ReviewDay, type ReviewHeatmap, type ReviewsPerDay } from "../../core";
import { t } from "../i18n";
import { barChart } from "./bar-chart";
import { answers, answerUnit, days as dayCount, oneDecimal, shortDate, timeSpent } from "./format";
import { heatmapChart } from "./heatmap-chart";
import { rangeSwitch, section } from "./section";
import { series } from "./series";

/** The range the reviews chart shows. */
export type ReviewsRange = "month" | "year";

const values = (day: ReviewDay): number[] => [day.learning, day.relearning, day.young, day.mature];

/** The review calendar with today's count and the streaks. */
export function calendarSection(parent: HTMLElement, heatmap: ReviewHeatmap): void {
	const body = section(parent, t("stats.calendar"), "flashcard-review-stats-calendar");
	const caption = t("stats.calendarCaption", {
		answers: answers(heatmap.today),
		streak: dayCount(heatmap.streak),
		longest: dayCount(heatmap.longestStreak),
		days30: heatmap.daysStudiedLast30,
		days365: heatmap.daysStudied,
	});
	heatmapChart(body, heatmap, caption);
}

/** Answers per day (past month) or per week (past year), stacked by kind, switchable. */
export function reviewsSection(
	parent: HTMLElement,
	reviews: ReviewsPerDay,
	range: ReviewsRange,
	onRange: (range: ReviewsRange) => void,
): void {
	const body = section(parent, t("stats.reviews"), "flashcard-review-stats-reviews");
	const choices = [
		{ value: "month", label: t("stats.rangeMonth") },
		{ value: "year", label: t("stats.rangeYear") },
	] as const;
	rangeSwitch<ReviewsRange>(body, choices, range, onRange, (target, value) => {
		const days = value === "month" ? reviews.daily : reviews.weekly;
		const total = days.reduce((sum, d) => sum + d.total, 0);
		const time = timeSpent(days.reduce((sum, d) => sum + d.durationMs, 0));
		barChart(target, {
			title: value === "month" ? t("stats.answersPerDay") : t("stats.answersPerWeek"),
			series: series(["learning", "relearning", "young", "mature"]),
			bars: days.map((day) => ({
				label: value === "month" ? formatLocalDate(day.day) : t("stats.weekOf", { date: formatLocalDate(day.day) }),
				values: values(day),
			})),
			unit: answerUnit(),
			startLabel: value === "month" ? t("stats.daysAgo30") : t("stats.yearAgo"),
			endLabel: t("stats.today"),
			tick: (i) => shortDate(days[i]?.day ?? 0),
			caption:
				value === "month"
					? t("stats.reviewsCaptionMonth", { answers: answers(total), time, days: reviews.monthDaysStudied, average: oneDecimal(reviews.monthAverage) })
					: t("stats.reviewsCaption", { answers: answers(total), time }),
		});
	});
}
