/**
 * The statistics of a large collection without a frozen app: each card's replayed answers are kept
 * between drawings (packed, see `ReviewTrail`), a drawing reads only the cards that changed since and
 * adds their new answers to the figures it has, and the first reading (every card replayed once) runs
 * in slices that yield to the UI, reporting its progress. The figures are those `computeStatistics`
 * gives (property-tested in the core: a scan fed in pieces equals the one-shot scan).
 */
import { createDayClock, deckCardIds, sameTrailAnswer, StatisticsScan, trailLength, type CardInfo, type ReviewTrail, type Statistics, type StatisticsOptions } from "../../core";
import { runInSlices, SLICE_MS, type SliceProgress, type Sliced } from "../slices";

/** What the feed reads: the live cards, one card's replayed answers, the day options, the clock. */
export interface FeedSource {
	cards(): readonly CardInfo[];
	/** One card's replayed answers, oldest first. */
	trail(cardId: string): ReviewTrail;
	options(): StatisticsOptions;
	now(): number;
}

/** Called while a long reading runs: cards read so far, of how many. */
export type FeedProgress = (done: number, total: number) => void;

/** The scan being kept, what it covers, and the answers of each card it has. */
interface KeptScan {
	key: string;
	scan: StatisticsScan;
	fed: Map<string, ReviewTrail>;
}

export class StatisticsFeed {
	private readonly trails = new Map<string, ReviewTrail>();
	/** Notes whose cards' answers may have changed (null: any card's). */
	private changedPaths: Set<string> | null = new Set();
	private kept: KeptScan | null = null;
	private generation = 0;

	/** `sliceMs`: how long a slice of reading may last before the UI gets a turn. */
	constructor(
		private readonly source: FeedSource,
		private readonly sliceMs = SLICE_MS,
	) {}

	/** The answers of the cards in these notes may have changed (null: of any card). */
	changed(paths: readonly string[] | null): void {
		if (paths === null) this.changedPaths = null;
		else if (this.changedPaths) for (const path of paths) this.changedPaths.add(path);
	}

	/**
	 * Every figure for `deck` (all decks when absent): at once when little changed, else a promise
	 * settled after slices that yield to the UI. A newer call makes an older one give up (it never settles).
	 */
	statistics(deck: string | undefined, progress?: FeedProgress): Sliced<Statistics> {
		const run = ++this.generation;
		return runInSlices(this.steps(deck), () => run === this.generation, progress && ((at) => progress(at.done, at.total)), this.sliceMs);
	}

	private takeChanged(): Set<string> | null {
		const dirty = this.changedPaths;
		this.changedPaths = new Set();
		return dirty;
	}

	private trailOf(card: CardInfo, dirty: ReadonlySet<string> | null): ReviewTrail {
		let trail = this.trails.get(card.id);
		if (!trail || dirty === null || dirty.has(card.path)) {
			trail = this.source.trail(card.id);
			this.trails.set(card.id, trail);
		}
		return trail;
	}

	private *steps(deck: string | undefined): Generator<SliceProgress, Statistics> {
		const { source } = this;
		const cards = source.cards();
		const now = source.now();
		const options = source.options();
		const key = `${deck ?? ""}\u0000${createDayClock(options).dayOf(now)}\u0000${options.dayStartHour}\u0000${options.decay ?? ""}`;
		const fresh = (): KeptScan => this.freshScan(key, cards, deck, now, options);
		let kept = this.kept?.key === key ? this.kept : fresh();
		// Changes that come while this runs are kept for the next drawing; if it gives up, so are these.
		const dirty = this.takeChanged();
		let finished = false;
		try {
			for (let pass = 0; ; pass++) {
				const seen = new Set<string>();
				let restart = false;
				for (let i = 0; i < cards.length && !restart; i++) {
					const card = cards[i] as CardInfo;
					seen.add(card.id);
					const trail = this.trailOf(card, dirty);
					const fed = kept.fed.get(card.id);
					// An answer undone, a card reset, a merge that brought earlier answers: every card again.
					restart = fed !== undefined && !extendsFed(trail, fed);
					if (!restart) {
						kept.scan.addTrail(trail, fed === undefined ? 0 : trailLength(fed));
						kept.fed.set(card.id, trail);
					}
					// After every card: before the replay code is optimised, 16 cards took up to 20 ms, and the
					// runner looks at the time only here.
					yield { done: i + 1, total: cards.length };
				}
				// A card that left the collection takes its answers out of the figures too.
				restart ||= kept.fed.size > seen.size;
				if (!restart || pass > 0) {
					// Every card read has its trail kept: more trails than cards means some left.
					if (this.trails.size > seen.size) for (const id of this.trails.keys()) if (!seen.has(id)) this.trails.delete(id);
					break;
				}
				kept = fresh();
			}
			finished = true;
		} finally {
			if (!finished) this.changed(dirty === null ? null : [...dirty]);
		}
		// Each card's answers come in replay order, which is time order: the scan never refuses them.
		if (!kept.scan.usable) throw new Error("Statistics: a card's answers are not in time order.");
		this.kept = kept;
		// The card figures (counts, forecast, memory) take a pass over every card too: a few ms per
		// thousand cards, ten times that before the code is optimised.
		const figures = kept.scan.resultInSteps(cards, 256);
		for (;;) {
			const step = figures.next();
			if (step.done) return step.value;
			yield { done: cards.length, total: cards.length };
		}
	}

	private freshScan(key: string, cards: readonly CardInfo[], deck: string | undefined, now: number, options: StatisticsOptions): KeptScan {
		const scan = new StatisticsScan(now, options, deck, deck === undefined ? undefined : deckCardIds(cards, deck));
		this.kept = { key, scan, fed: new Map() };
		return this.kept;
	}
}

/** Whether `trail` is `fed` with answers added after them (the same first and last answer read). */
function extendsFed(trail: ReviewTrail, fed: ReviewTrail): boolean {
	const length = trailLength(fed);
	if (trailLength(trail) < length) return false;
	return length === 0 || (sameTrailAnswer(trail, 0, fed, 0) && sameTrailAnswer(trail, length - 1, fed, length - 1));
}
