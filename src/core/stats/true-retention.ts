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

/** Collects the table from a log scan. */
export class TrueRetentionSink implements ReviewSink {
	// [period][mature 0/1][failed 0 / passed 1]
	private readonly counts = new Float64Array(RETENTION_PERIODS.length * 4);

	add(review: ScannedReview): void {
		if (review.stateBefore !== "review" || !review.firstOfDay) return;
		const cell = (review.kind === "mature" ? 2 : 0) + (review.rating >= 2 ? 1 : 0);
		for (let p = 0; p < RETENTION_PERIODS.length; p++) {
			const range = RETENTION_PERIODS[p];
			if (range && review.ago >= range.from && review.ago <= range.to) tally(this.counts, p * 4 + cell);
		}
	}

	/** The table, one row per period in `RETENTION_PERIODS` order. */
	rows(): RetentionRow[] {
		return RETENTION_PERIODS.map(({ period }, p) => {
			const at = (cell: number): number => this.counts[p * 4 + cell] ?? 0;
			return {
				period,
				young: passRate(at(1), at(0)),
				mature: passRate(at(3), at(2)),
				total: passRate(at(1) + at(3), at(0) + at(2)),
			};
		});
	}
}
