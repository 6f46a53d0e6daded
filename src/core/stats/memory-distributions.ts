/**
 * FSRS memory of a deck subtree as histograms, as Anki's "Card stability", "Card difficulty" and
 * "Card retrievability" graphs: every card answered at least once counts, suspended ones included.
 */
import type { CardInfo } from "../types";
import { cardRetrievability, FSRS6_DEFAULT_DECAY } from "./forgetting-curve";
import { tally } from "./tally";

/** One histogram bar: values in [from, to). */
export interface HistogramBucket {
	/** Inclusive lower bound. */
	from: number;
	/** Exclusive upper bound; null for an open last bucket (the last closed bucket includes its bound). */
	to: number | null;
	count: number;
}

/** A histogram with its mean. */
export interface Histogram {
	buckets: HistogramBucket[];
	/** Values counted. */
	total: number;
	/** Mean of the values; null when there are none. */
	mean: number | null;
}

/** The three memory histograms and Anki's "estimated total knowledge". */
export interface MemoryDistributions {
	/** Stability in days, on widening buckets. */
	stability: Histogram;
	/** Difficulty from 1 to 10, one bucket per unit. */
	difficulty: Histogram;
	/** Probability of recall now, 0–1, in 5 % buckets. */
	retrievability: Histogram;
	/** Cards expected to be recalled now: Σ retrievability. */
	knownCards: number;
}

/** Stability bucket edges in days: days, then weeks, months and years (the last bucket is open). */
export const STABILITY_EDGES: readonly number[] = [0, 1, 2, 3, 5, 7, 14, 21, 30, 60, 90, 180, 365, 730];
/** Difficulty bucket edges (FSRS difficulty lies in [1, 10]). */
export const DIFFICULTY_EDGES: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
/** Retrievability bucket edges, every 5 %. */
export const RETRIEVABILITY_EDGES: readonly number[] = Array.from({ length: 21 }, (_, i) => i / 20);

/** Accumulates values into buckets bounded by ascending `edges`; the last bucket is open when `open`. */
class HistogramBuilder {
	private readonly counts: Uint32Array;
	private sum = 0;
	private total = 0;

	constructor(
		private readonly edges: readonly number[],
		private readonly open: boolean,
	) {
		this.counts = new Uint32Array(open ? edges.length : edges.length - 1);
	}

	add(value: number): void {
		let index = this.counts.length - 1;
		// Few buckets: a linear scan from the bottom beats a binary search here.
		for (let i = 1; i < this.edges.length; i++) {
			if (value < (this.edges[i] ?? Infinity)) {
				index = i - 1;
				break;
			}
		}
		tally(this.counts, Math.max(0, index));
		this.sum += value;
		this.total++;
	}

	build(): Histogram {
		const buckets = Array.from(this.counts, (count, i) => ({
			from: this.edges[i] ?? 0,
			to: this.edges[i + 1] ?? null,
			count,
		}));
		return { buckets, total: this.total, mean: this.total > 0 ? this.sum / this.total : null };
	}
}

/** The memory histograms of the given cards (already filtered to a deck) at `now` (epoch ms). */
export function memoryDistributions(cards: readonly CardInfo[], now: number, decay = FSRS6_DEFAULT_DECAY): MemoryDistributions {
	const sink = new MemorySink(now, decay);
	for (const card of cards) sink.add(card);
	return sink.result();
}

/** `memoryDistributions` one card at a time (for work done in slices). */
export class MemorySink {
	private readonly stability = new HistogramBuilder(STABILITY_EDGES, true);
	private readonly difficulty = new HistogramBuilder(DIFFICULTY_EDGES, false);
	private readonly retrievability = new HistogramBuilder(RETRIEVABILITY_EDGES, false);
	private knownCards = 0;

	constructor(
		private readonly now: number,
		private readonly decay: number,
	) {}

	add(card: CardInfo): void {
		if (card.state === "new") return;
		const recall = cardRetrievability(card, this.now, this.decay);
		if (recall === null) return;
		this.stability.add(card.stability);
		this.difficulty.add(card.difficulty);
		this.retrievability.add(recall);
		this.knownCards += recall;
	}

	result(): MemoryDistributions {
		return {
			stability: this.stability.build(),
			difficulty: this.difficulty.build(),
			retrievability: this.retrievability.build(),
			knownCards: this.knownCards,
		};
	}
}
