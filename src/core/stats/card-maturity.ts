/**
 * How statistics sort cards and answers, as Anki does: learning steps apart, then young and mature
 * review cards split at a 21-day interval.
 */
import type { CardInfo, CardState } from "../types";
import { DAY_MS } from "../scheduler/local-day";

/** Interval in days from which a review card counts as mature (Anki's threshold). */
export const MATURE_INTERVAL_DAYS = 21;

/** Where a card stands for the forecast and the answer buttons. */
export type Maturity = "learning" | "young" | "mature";

/** What kind of answer a review was, by the card's state before it (the stacks of "reviews per day"). */
export type ReviewKind = "learning" | "relearning" | "young" | "mature";

/** The interval a card was last given, in whole days (0 when it was never reviewed). */
export function cardIntervalDays(card: Pick<CardInfo, "due" | "lastReview">): number {
	if (card.lastReview === undefined) return 0;
	// Due is the last answer plus whole days, give or take a DST hour: rounding recovers the days.
	return Math.max(0, Math.round((card.due - card.lastReview) / DAY_MS));
}

/** Young or mature by interval. */
export function maturityOfInterval(intervalDays: number): "young" | "mature" {
	return intervalDays >= MATURE_INTERVAL_DAYS ? "mature" : "young";
}

/** A non-new card's maturity: learning while in (re)learning steps, else by its interval. */
export function cardMaturity(card: Pick<CardInfo, "state" | "due" | "lastReview">): Maturity {
	if (card.state !== "review") return "learning";
	return maturityOfInterval(cardIntervalDays(card));
}

/** The kind of an answer given in `stateBefore` when the card's previous interval was `intervalDays`. */
export function reviewKind(stateBefore: CardState, intervalDays: number): ReviewKind {
	switch (stateBefore) {
		case "new":
		case "learning":
			return "learning";
		case "relearning":
			return "relearning";
		case "review":
			return maturityOfInterval(intervalDays);
	}
}
