/**
 * True retention, as Anki's table: among the first answer of the day on cards in review state, the
 * share that was not Again, for young and mature cards over recent periods. It is the check that the
 * desired retention is being met.
 */
import type { ReviewSink, ScannedReview } from "./review-log-scan";
import { tally } from "./tally";

/** The periods of the table, each ending now. */
export type RetentionPeriod = "today" | "yesterday" | "week" | "month" | "year" | "all";

/** Every period in table order, with the days-ago range it covers (inclusive). */
export const RETENTION_PERIODS: readonly { period: RetentionPeriod; from: number; to: number }[] = [
	{ period: "today", from: 0, to: 0 },
	{ period: "yesterday", from: 1, to: 1 },
	{ period: "week", from: 0, to: 6 },
	{ period: "month", from: 0, to: 29 },
	{ period: "year", from: 0, to: 364 },
	{ period: "all", from: 0, to: Infinity },
];

/** Passed and failed answers behind one figure. */
export interface PassRate {
	/** Hard, Good or Easy. */
	passed: number;
	/** Again. */
	failed: number;
	/** Answers counted: passed + failed. */
	reviews: number;
	/** passed / reviews, 0–1; null when nothing was counted. */
	retention: number | null;
}

/** One row of the table. */
export interface RetentionRow {
	period: RetentionPeriod;
	/** Cards whose interval was under 21 days. */
	young: PassRate;
	/** Cards whose interval was 21 days or more. */
	mature: PassRate;
	/** Young and mature together. */
	total: PassRate;
}

/** Builds a pass rate from its counts. */
export function passRate(passed: number, failed: number): PassRate {
	const reviews = passed + failed;
	return { passed, failed, reviews, retention: reviews > 0 ? passed / reviews : null };
}

// Counts are kept per day ago for the past year, then all older days in one cell; periods are summed
// at the end, so each answer costs one increment.
const DAYS_KEPT = 365;

/** Collects the table from a log scan. */
export class TrueRetentionSink implements ReviewSink {
	// [days ago, older days last][young failed, young passed, mature failed, mature passed]
	private readonly counts = new Float64Array((DAYS_KEPT + 1) * 4);

	add(review: ScannedReview): void {
		if (review.stateBefore !== "review" || !review.firstOfDay) return;
		const cell = (review.kind === "mature" ? 2 : 0) + (review.rating >= 2 ? 1 : 0);
		tally(this.counts, Math.min(review.ago, DAYS_KEPT) * 4 + cell);
	}

	/** The table, one row per period in `RETENTION_PERIODS` order. */
	rows(): RetentionRow[] {
		return RETENTION_PERIODS.map(({ period, from, to }) => {
			const sums = new Float64Array(4);
			for (let ago = from; ago <= Math.min(to, DAYS_KEPT); ago++) {
				for (let cell = 0; cell < 4; cell++) tally(sums, cell, this.counts[ago * 4 + cell]);
			}
			const [youngFailed = 0, youngPassed = 0, matureFailed = 0, maturePassed = 0] = sums;
			return {
				period,
				young: passRate(youngPassed, youngFailed),
				mature: passRate(maturePassed, matureFailed),
				total: passRate(youngPassed + maturePassed, youngFailed + matureFailed),
			};
		});
	}
}
