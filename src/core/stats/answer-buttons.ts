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

const GROUPS: readonly ButtonGroup[] = ["learning", "young", "mature"];
// Answers are counted in disjoint age bands (past month, rest of the year, older) and the periods,
// which nest, are summed from them at the end: each answer costs one increment.
const BANDS = 3;
const CELLS_PER_BAND = GROUPS.length * 4;

/** Collects button usage from a log scan. */
export class AnswerButtonSink implements ReviewSink {
	// [band][group][rating − 1]
	private readonly counts = new Float64Array(BANDS * CELLS_PER_BAND);

	add(review: ScannedReview): void {
		const band = review.ago < BUTTON_PERIOD_DAYS.month ? 0 : review.ago < BUTTON_PERIOD_DAYS.year ? 1 : 2;
		const group = review.kind === "young" ? 1 : review.kind === "mature" ? 2 : 0;
		tally(this.counts, band * CELLS_PER_BAND + group * 4 + review.rating - 1);
	}

	/** Usage by period and group. */
	usage(): Record<ButtonPeriod, ButtonUsage> {
		// A period is the sum of the bands up to `lastBand`.
		const usageOf = (lastBand: number): ButtonUsage => {
			const groupCounts = (g: number): ButtonCounts => {
				const at = (rating: number): number => {
					let sum = 0;
					for (let band = 0; band <= lastBand; band++) sum += this.counts[band * CELLS_PER_BAND + g * 4 + rating] ?? 0;
					return sum;
				};
				const counts: [number, number, number, number] = [at(0), at(1), at(2), at(3)];
				const total = counts[0] + counts[1] + counts[2] + counts[3];
				return { counts, total, correct: total > 0 ? (total - counts[0]) / total : null };
			};
			return { learning: groupCounts(0), young: groupCounts(1), mature: groupCounts(2) };
		};
		return { month: usageOf(0), year: usageOf(1), all: usageOf(2) };
	}
}
