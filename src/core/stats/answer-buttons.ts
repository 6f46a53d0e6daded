/**
 * Answer-button usage, as Anki's "Answer buttons" graph: how often each button was pressed on
 * learning (and relearning), young and mature cards, with the share of answers that were not Again.
 */
import type { ReviewSink, ScannedReview } from "./review-log-scan";
import { tally } from "./tally";

/** The periods shown, each ending today. */
export type ButtonPeriod = "month" | "year" | "all";

/** Days covered by each period (today included). */
export const BUTTON_PERIOD_DAYS: Readonly<Record<ButtonPeriod, number>> = { month: 30, year: 365, all: Infinity };

/** The card groups the buttons are counted for; relearning counts as learning, as in Anki. */
export type ButtonGroup = "learning" | "young" | "mature";

/** Button presses of one group. */
export interface ButtonCounts {
	/** Presses of Again, Hard, Good, Easy, in that order. */
	counts: [number, number, number, number];
	total: number;
	/** Share of presses that were not Again, 0–1; null when there were none. */
	correct: number | null;
}

/** Button usage of one period, by group. */
export type ButtonUsage = Record<ButtonGroup, ButtonCounts>;

const PERIODS: readonly ButtonPeriod[] = ["month", "year", "all"];
const GROUPS: readonly ButtonGroup[] = ["learning", "young", "mature"];

/** Collects button usage from a log scan. */
export class AnswerButtonSink implements ReviewSink {
	// [period][group][rating − 1]
	private readonly counts = new Float64Array(PERIODS.length * GROUPS.length * 4);

	add(review: ScannedReview): void {
		const group = review.kind === "young" ? 1 : review.kind === "mature" ? 2 : 0;
		for (let p = 0; p < PERIODS.length; p++) {
			const period = PERIODS[p];
			if (period === undefined || review.ago >= BUTTON_PERIOD_DAYS[period]) continue;
			tally(this.counts, (p * GROUPS.length + group) * 4 + review.rating - 1);
		}
	}

	/** Usage by period and group. */
	usage(): Record<ButtonPeriod, ButtonUsage> {
		const usageOf = (p: number): ButtonUsage => {
			const groupCounts = (g: number): ButtonCounts => {
				const base = (p * GROUPS.length + g) * 4;
				const at = (i: number): number => this.counts[base + i] ?? 0;
				const total = at(0) + at(1) + at(2) + at(3);
				return { counts: [at(0), at(1), at(2), at(3)], total, correct: total > 0 ? (total - at(0)) / total : null };
			};
			return { learning: groupCounts(0), young: groupCounts(1), mature: groupCounts(2) };
		};
		return { month: usageOf(0), year: usageOf(1), all: usageOf(2) };
	}
}
