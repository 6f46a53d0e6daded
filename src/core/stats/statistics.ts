/**
 * The statistics entry point: every figure of the statistics view for the whole collection or one
 * deck subtree, from the cards, the review log and an instant. Cards are read once per figure and
 * the log once in all.
 */
import type { CardInfo, ReviewRecord } from "../types";
import { AnswerButtonSink, type ButtonPeriod, type ButtonUsage } from "./answer-buttons";
import { CardCountSink, type CardCounts } from "./card-counts";
import { inDeckTree } from "../deck-path";
import { createDayClock, type DayClock, type DayOptions } from "./day-clock";
import { DueForecastSink, type DueForecast } from "./due-forecast";
import { FSRS6_DEFAULT_DECAY } from "./forgetting-curve";
import { MemorySink, type MemoryDistributions } from "./memory-distributions";
import { ReviewActivitySink } from "./review-activity";
import { reviewHeatmap, type ReviewHeatmap } from "./review-heatmap";
import { LogScan } from "./review-log-scan";
import type { ReviewTrail } from "./review-trail";
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
 * Every statistic, computed in steps: the review log is fed in pieces (each card's answers in order;
 * cards in any order, and a card's later answers may come in a later piece), then the figures are read
 * with the cards as they are. Gives exactly what `computeStatistics` gives for the whole log, so a view
 * can read a large log in slices that yield to the UI, and add the answers given since.
 */
export class StatisticsScan {
	readonly today: number;
	private readonly clock: DayClock;
	private readonly sinks: [TrueRetentionSink, AnswerButtonSink, ReviewActivitySink];
	private readonly scan: LogScan;

	/** `deckCards`: the ids of the cards in the deck subtree, when a deck is given. */
	constructor(
		readonly now: number,
		private readonly options: StatisticsOptions,
		readonly deck?: string,
		deckCards?: ReadonlySet<string>,
	) {
		this.clock = createDayClock(options);
		this.today = this.clock.dayOf(now);
		this.sinks = [new TrueRetentionSink(), new AnswerButtonSink(), new ReviewActivitySink(this.today)];
		this.scan = new LogScan(this.clock, this.today, this.sinks, deck === undefined ? undefined : (deckCards ?? new Set()));
	}

	/** Feeds `records[from, to)`; false (and the scan unusable) when a card's answers go back to an earlier day. */
	add(records: readonly ReviewRecord[], from?: number, to?: number): boolean {
		return this.scan.add(records, from, to);
	}

	/** Feeds one card's answers from `from` on (the answers given since, when the earlier ones were fed); false as `add`. */
	addTrail(trail: ReviewTrail, from?: number): boolean {
		return this.scan.addTrail(trail, from);
	}

	/** Whether every answer fed so far was in its card's order (else start again from a sorted log). */
	get usable(): boolean {
		return this.scan.inOrder;
	}

	/** Every figure from the answers fed so far and `cards` (every live card; the deck is selected here). */
	result(cards: readonly CardInfo[]): Statistics {
		const steps = this.resultInSteps(cards);
		for (;;) {
			const step = steps.next();
			if (step.done) return step.value;
		}
	}

	/**
	 * `result`, yielding the number of cards read every `every` cards, so that a caller can spread the
	 * card figures of a large collection over slices.
	 */
	*resultInSteps(cards: readonly CardInfo[], every = 4096): Generator<number, Statistics> {
		const { deck, now, today, clock, options } = this;
		const counts = new CardCountSink();
		const forecast = new DueForecastSink(clock, today);
		const memory = new MemorySink(now, options.decay ?? FSRS6_DEFAULT_DECAY);
		for (let i = 0; i < cards.length; i++) {
			const card = cards[i] as CardInfo;
			if (deck === undefined || inDeckTree(card.deck, deck)) {
				counts.add(card);
				forecast.add(card);
				memory.add(card);
			}
			if (i % every === every - 1) yield i + 1;
		}
		const [retention, buttons, activitySink] = this.sinks;
		const activity = activitySink.result();
		return {
			...(deck === undefined ? {} : { deck }),
			now,
			today,
			todaySummary: todaySummary(activity),
			counts: counts.result(),
			forecast: forecast.result(),
			heatmap: reviewHeatmap(activity),
			retention: retention.rows(),
			buttons: buttons.usage(),
			reviews: reviewsPerDay(activity),
			memory: memory.result(),
		};
	}
}

/** The ids of the cards in a deck subtree, as `StatisticsScan` takes them. */
export function deckCardIds(cards: readonly CardInfo[], deck: string): Set<string> {
	return new Set(cards.filter((card) => inDeckTree(card.deck, deck)).map((card) => card.id));
}

/**
 * Computes every statistic at `now` (epoch ms) for the cards in the deck subtree `deck` (all cards
 * when absent) and their answers in `records`. Answers of cards not in `cards` count only for the
 * whole collection (their cards were deleted, their history was not). A log whose cards' answers are
 * out of order is read again sorted (a copy).
 */
export function computeStatistics(
	cards: readonly CardInfo[],
	records: readonly ReviewRecord[],
	now: number,
	options: StatisticsOptions,
	deck?: string,
): Statistics {
	const include = deck === undefined ? undefined : deckCardIds(cards, deck);
	let scan = new StatisticsScan(now, options, deck, include);
	if (!scan.add(records)) {
		scan = new StatisticsScan(now, options, deck, include);
		scan.add([...records].sort((a, b) => a.time - b.time));
	}
	return scan.result(cards);
}
