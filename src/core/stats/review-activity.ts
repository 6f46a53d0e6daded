/**
 * Reviews done on each of the past days, by kind, with the time spent, and the run of consecutive
 * days studied: the data behind the heatmap, the "reviews per day" chart and today's summary.
 */
import type { ReviewKind } from "./card-maturity";
import type { ReviewSink, ScannedReview } from "./review-log-scan";
import { tally } from "./tally";

/** Days kept per day: the past year, today included. */
export const ACTIVITY_DAYS = 365;

/** Answers given on one local day (or summed over a week), by the card's state before the answer. */
export interface ReviewDay {
	/** Local day number (of the first day, for a sum). */
	day: number;
	learning: number;
	relearning: number;
	young: number;
	mature: number;
	/** All answers of the day. */
	total: number;
	/** Time spent answering, in ms (answers with an unknown duration add nothing). */
	durationMs: number;
}

/** What the scan of the log gives the review charts. */
export interface ReviewActivity {
	/** The past 365 local days, oldest first, today last. */
	days: ReviewDay[];
	/** Again presses today. */
	againToday: number;
	/** Consecutive days with answers ending today, or yesterday while today has none yet. */
	streak: number;
	/** Longest run of consecutive days with answers in the whole log. */
	longestStreak: number;
}

// Per day: one count per kind, in this order, then the duration.
const KIND_COLUMN: Readonly<Record<ReviewKind, number>> = { learning: 0, relearning: 1, young: 2, mature: 3 };
const DURATION_COLUMN = 4;
const STRIDE = 5;

/** Collects review activity from a log scan. */
export class ReviewActivitySink implements ReviewSink {
	private readonly perDay = new Float64Array(ACTIVITY_DAYS * STRIDE);
	// Whether anything was answered, by days ago, over the whole log (for the streaks).
	private studied = new Uint8Array(ACTIVITY_DAYS);
	private againToday = 0;

	constructor(private readonly today: number) {}

	add(review: ScannedReview): void {
		if (review.ago >= this.studied.length) this.growStudied(review.ago);
		this.studied[review.ago] = 1;
		if (review.ago >= ACTIVITY_DAYS) return;
		const base = (ACTIVITY_DAYS - 1 - review.ago) * STRIDE;
		tally(this.perDay, base + KIND_COLUMN[review.kind]);
		tally(this.perDay, base + DURATION_COLUMN, review.durationMs);
		if (review.ago === 0 && review.rating === 1) this.againToday++;
	}

	/** The activity collected so far. */
	result(): ReviewActivity {
		const days: ReviewDay[] = [];
		for (let i = 0; i < ACTIVITY_DAYS; i++) {
			const at = (k: number): number => this.perDay[i * STRIDE + k] ?? 0;
			const [learning, relearning, young, mature] = [at(0), at(1), at(2), at(3)];
			days.push({
				day: this.today - (ACTIVITY_DAYS - 1 - i),
				learning,
				relearning,
				young,
				mature,
				total: learning + relearning + young + mature,
				durationMs: at(DURATION_COLUMN),
			});
		}
		return { days, againToday: this.againToday, ...this.streaks() };
	}

	private streaks(): { streak: number; longestStreak: number } {
		const { studied } = this;
		// Today without answers yet does not break the streak: the day is not over.
		let streak = 0;
		for (let ago = studied[0] ? 0 : 1; studied[ago] === 1; ago++) streak++;
		let longestStreak = 0;
		let run = 0;
		for (const day of studied) {
			run = day ? run + 1 : 0;
			longestStreak = Math.max(longestStreak, run);
		}
		return { streak, longestStreak };
	}

	private growStudied(ago: number): void {
		let length = this.studied.length;
		while (length <= ago) length *= 2;
		const grown = new Uint8Array(length);
		grown.set(this.studied);
		this.studied = grown;
	}
}

/** The sum of several days, dated by the first. */
export function sumReviewDays(days: readonly ReviewDay[], day: number): ReviewDay {
	const sum: ReviewDay = { day, learning: 0, relearning: 0, young: 0, mature: 0, total: 0, durationMs: 0 };
	for (const d of days) {
		sum.learning += d.learning;
		sum.relearning += d.relearning;
		sum.young += d.young;
		sum.mature += d.mature;
		sum.total += d.total;
		sum.durationMs += d.durationMs;
	}
	return sum;
}
