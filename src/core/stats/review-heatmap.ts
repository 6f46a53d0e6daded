/**
 * The review calendar of the past year, as the "Review heatmap" add-on users know: answers per day,
 * today's count, the current and longest streaks, and a gentler "days studied in the last 30".
 */
import type { ReviewActivity } from "./review-activity";

/** The heatmap of a deck subtree. */
export interface ReviewHeatmap {
	/** Local day number of the first cell, 364 days before today. */
	firstDay: number;
	/** Answers on each day from `firstDay` to today (365 entries). */
	counts: number[];
	/** Answers today. */
	today: number;
	/** The busiest day's answers (the top of the colour scale). */
	max: number;
	/** Consecutive days with answers ending today, or yesterday while today has none yet. */
	streak: number;
	/** Longest run of consecutive days with answers, over the whole log. */
	longestStreak: number;
	/** Days with answers among the 365. */
	daysStudied: number;
	/** Days with answers among the last 30, today included. */
	daysStudiedLast30: number;
}

/** The heatmap from the review activity. */
export function reviewHeatmap(activity: ReviewActivity): ReviewHeatmap {
	const counts = activity.days.map((d) => d.total);
	let max = 0;
	let daysStudied = 0;
	let daysStudiedLast30 = 0;
	counts.forEach((count, i) => {
		max = Math.max(max, count);
		if (count === 0) return;
		daysStudied++;
		if (i >= counts.length - 30) daysStudiedLast30++;
	});
	return {
		firstDay: activity.days[0]?.day ?? 0,
		counts,
		today: counts[counts.length - 1] ?? 0,
		max,
		streak: activity.streak,
		longestStreak: activity.longestStreak,
		daysStudied,
		daysStudiedLast30,
	};
}
