/**
 * One pass over the review log for every log-based figure: each answer is dated in local days,
 * classified (learning, relearning, young, mature) and handed to the sinks, without per-card scans.
 */
import type { CardState, Rating, ReviewRecord } from "../types";
import { reviewKind, type ReviewKind } from "./card-maturity";
import type { DayClock } from "./day-clock";

/** One answer as the statistics read it. The scan reuses one object: sinks must copy what they keep. */
export interface ScannedReview {
	/** Local day number of the answer. */
	day: number;
	/** Days before today (0 today, 1 yesterday); never negative. */
	ago: number;
	rating: Rating;
	stateBefore: CardState;
	kind: ReviewKind;
	/** The card's first answer of that local day (true retention counts only these). */
	firstOfDay: boolean;
	/** Time spent answering, in ms; 0 when unknown. */
	durationMs: number;
}

/** Something a scan feeds, such as the retention table. */
export interface ReviewSink {
	add(review: ScannedReview): void;
}

/** The log in answer order: usually the log itself, sorted (a copy) only when it is not. */
export function inAnswerOrder(records: readonly ReviewRecord[]): readonly ReviewRecord[] {
	for (let i = 1; i < records.length; i++) {
		if ((records[i]?.time ?? 0) < (records[i - 1]?.time ?? 0)) {
			return [...records].sort((a, b) => a.time - b.time);
		}
	}
	return records;
}

/**
 * Feeds every answer up to the end of `today` to the sinks, in time order. `include`, when given,
 * limits the scan to those cards (a deck subtree); answers after today (a skewed clock) are skipped.
 */
export function scanReviewLog(
	records: readonly ReviewRecord[],
	clock: DayClock,
	today: number,
	sinks: readonly ReviewSink[],
	include?: ReadonlySet<string>,
): void {
	const ordered = inAnswerOrder(records);
	const end = clock.startOf(today + 1);
	// Per card: the interval its previous answer gave and the day of that answer.
	const slots = new Map<string, number>();
	const lastInterval: number[] = [];
	const lastDay: number[] = [];
	const review: ScannedReview = {
		day: 0,
		ago: 0,
		rating: 1,
		stateBefore: "new",
		kind: "learning",
		firstOfDay: true,
		durationMs: 0,
	};
	for (const record of ordered) {
		if (record.time >= end) break;
		if (include !== undefined && !include.has(record.card)) continue;
		let slot = slots.get(record.card);
		if (slot === undefined) {
			slot = lastInterval.length;
			slots.set(record.card, slot);
			// An unknown previous interval (a log that starts mid-history) is read from the elapsed days.
			lastInterval.push(record.elapsedDays);
			lastDay.push(Number.NaN);
		}
		const day = clock.dayOf(record.time);
		review.day = day;
		review.ago = today - day;
		review.rating = record.rating;
		review.stateBefore = record.stateBefore;
		review.kind = reviewKind(record.stateBefore, lastInterval[slot] ?? 0);
		review.firstOfDay = lastDay[slot] !== day;
		review.durationMs = record.duration ?? 0;
		lastInterval[slot] = record.scheduledDays;
		lastDay[slot] = day;
		for (const sink of sinks) sink.add(review);
	}
}
