/**
 * How many cards are in each state, as in Anki's card counts: every card falls in exactly one of
 * new, learning, relearning, young, mature, suspended and buried; leeches are counted across them.
 */
import type { CardInfo } from "../types";
import { cardIntervalDays, MATURE_INTERVAL_DAYS } from "./card-maturity";

/** Card counts of a deck subtree; the exclusive groups sum to `total`. */
export interface CardCounts {
	/** Every live card. */
	total: number;
	/** Never answered, not suspended or buried. */
	new: number;
	/** In learning steps, not suspended or buried. */
	learning: number;
	/** In relearning steps after a lapse, not suspended or buried. */
	relearning: number;
	/** Graduated cards (young + mature), not suspended or buried. */
	review: number;
	/** Review cards with an interval under 21 days. */
	young: number;
	/** Review cards with an interval of 21 days or more. */
	mature: number;
	/** Suspended, whatever their state. */
	suspended: number;
	/** Buried until the next day, not suspended. */
	buried: number;
	/** Leeches, whatever their state (most are suspended too). */
	leeches: number;
}

/** Counts the given cards (already filtered to a deck) in one pass. */
export function countCards(cards: readonly CardInfo[]): CardCounts {
	const sink = new CardCountSink();
	for (const card of cards) sink.add(card);
	return sink.result();
}

/** `countCards` one card at a time (for work done in slices). */
export class CardCountSink {
	private readonly counts: CardCounts = {
		total: 0,
		new: 0,
		learning: 0,
		relearning: 0,
		review: 0,
		young: 0,
		mature: 0,
		suspended: 0,
		buried: 0,
		leeches: 0,
	};

	add(card: CardInfo): void {
		const { counts } = this;
		counts.total++;
		if (card.leech) counts.leeches++;
		if (card.suspended) counts.suspended++;
		else if (card.buried) counts.buried++;
		else if (card.state === "review") {
			counts.review++;
			if (cardIntervalDays(card) >= MATURE_INTERVAL_DAYS) counts.mature++;
			else counts.young++;
		} else counts[card.state]++;
	}

	result(): CardCounts {
		return { ...this.counts };
	}
}
