/**
 * The statistics entry point: every figure of the statistics view for the whole collection or one
 * deck subtree, from the cards, the review log and an instant. Cards are read once per figure and
 * the log once in all.
 */
import type { CardInfo, ReviewRecord } from "../types";
import { AnswerButtonSink, type ButtonPeriod, type ButtonUsage } from "./answer-buttons";
import { countCards, type CardCounts } from "./card-counts";
import { inDeckTree } from "../deck-path";
import { createDayClock, type DayOptions } from "./day-clock";
import { forecastDue, type DueForecast } from "./due-forecast";
import { FSRS6_DEFAULT_DECAY } from "./forgetting-curve";
import { memoryDistributions, type MemoryDistributions } from "./memory-distributions";
import { ReviewActivitySink } from "./review-activity";
import { reviewHeatmap, type ReviewHeatmap } from "./review-heatmap";
import { scanReviewLog } from "./review-log-scan";
import { reviewsPerDay, todaySummary, type ReviewsPerDay, type TodaySummary } from "./reviews-per-day";
import { TrueRetentionSink, type RetentionRow } from "./true-retention";

/** Where days start, and the forgetting curve's decay when the collection's parameters change it. */
export interface StatisticsOptions extends DayOptions {
	/** FSRS decay for retrievability; FSRS-6's default when absent. */
	decay?: number;
}

/** Every figure of the statistics view. */
export interface Statistics {
	/** The deck subtree covered; absent for the whole collection. */
	deck?: string;
	/** The instant the figures hold for, in epoch ms. */
	now: number;
	/** Local day number of `now` (days since 1970-01-01, each starting at the day start hour). */
	today: number;
	/** Today's answers, as Anki's "Today" panel. */
	todaySummary: TodaySummary;
	counts: CardCounts;
	forecast: DueForecast;
	heatmap: ReviewHeatmap;
	/** True retention, one row per period (today, yesterday, week, month, year, all). */
	retention: RetentionRow[];
	/** Answer-button usage over the past month, year, and all time. */
	buttons: Record<ButtonPeriod, ButtonUsage>;
	reviews: ReviewsPerDay;
	/** Stability, difficulty and retrievability histograms. */
	memory: MemoryDistributions;
}

/**
 * Computes every statistic at `now` (epoch ms) for the cards in the deck subtree `deck` (all cards
 * when absent) and their answers in `records`. Answers of cards not in `cards` count only for the
 * whole collection (their cards were deleted, their history was not).
 */
export function computeStatistics(
	cards: readonly CardInfo[],
	records: readonly ReviewRecord[],
	now: number,
	options: StatisticsOptions,
	deck?: string,
): Statistics {
	const clock = createDayClock(options);
	const today = clock.dayOf(now);
	const selected = deck === undefined ? cards : cards.filter((card) => inDeckTree(card.deck, deck));
	const include = deck === undefined ? undefined : new Set(selected.map((card) => card.id));

	const [retention, buttons, activitySink] = scanReviewLog(
		records,
		clock,
		today,
		() => [new TrueRetentionSink(), new AnswerButtonSink(), new ReviewActivitySink(today)] as const,
		include,
	);
	const activity = activitySink.result();

	return {
		...(deck === undefined ? {} : { deck }),
		now,
		today,
		todaySummary: todaySummary(activity),
		counts: countCards(selected),
		forecast: forecastDue(selected, clock, today),
		heatmap: reviewHeatmap(activity),
		retention: retention.rows(),
		buttons: buttons.usage(),
		reviews: reviewsPerDay(activity),
		memory: memoryDistributions(selected, now, options.decay ?? FSRS6_DEFAULT_DECAY),
	};
}
