/**
 * Reviews per day, as Anki's "Reviews" graph (past month by day, past year by week, stacked by kind),
 * and the "Today" summary: answers, time, Again presses and the share answered correctly.
 */
import { sumReviewDays, type ReviewActivity, type ReviewDay } from "./review-activity";

/** Days in the daily chart (today included). */
export const REVIEW_CHART_DAYS = 30;
/** Weeks in the weekly chart. */
export const REVIEW_CHART_WEEKS = 52;

/** The reviews charts of a deck subtree. */
export interface ReviewsPerDay {
	/** The past 30 days, oldest first, today last. */
	daily: ReviewDay[];
	/** The past 52 weeks, oldest first; the last one ends today. */
	weekly: ReviewDay[];
	/** Answers over the 30 days. */
	monthTotal: number;
	/** Days with answers among the 30. */
	monthDaysStudied: number;
	/** Answers a day over the 30 days. */
	monthAverage: number;
}

/** Today's figures, as Anki's "Today" panel. */
export interface TodaySummary extends ReviewDay {
	/** Again presses. */
	again: number;
	/** Share of today's answers that were not Again, 0–1; null before the first answer. */
	correct: number | null;
}

/** The reviews charts from the review activity. */
export function reviewsPerDay(activity: ReviewActivity): ReviewsPerDay {
	const { days } = activity;
	const daily = days.slice(-REVIEW_CHART_DAYS);
	const weekly: ReviewDay[] = [];
	for (let w = REVIEW_CHART_WEEKS - 1; w >= 0; w--) {
		const end = days.length - w * 7;
		const week = days.slice(Math.max(0, end - 7), end);
		weekly.push(sumReviewDays(week, week[0]?.day ?? 0));
	}
	const monthTotal = daily.reduce((sum, d) => sum + d.total, 0);
	return {
		daily,
		weekly,
		monthTotal,
		monthDaysStudied: daily.filter((d) => d.total > 0).length,
		monthAverage: monthTotal / REVIEW_CHART_DAYS,
	};
}

/** Today's summary from the review activity. */
export function todaySummary(activity: ReviewActivity): TodaySummary {
	const today = activity.days[activity.days.length - 1] ?? sumReviewDays([], 0);
	const again = activity.againToday;
	return { ...today, again, correct: today.total > 0 ? (today.total - again) / today.total : null };
}
