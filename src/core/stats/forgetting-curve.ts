/**
 * The FSRS-6 forgetting curve, R(t, S) = (1 + f·t/S)^(−decay) with f = 0.9^(−1/decay) − 1, so that
 * R(S, S) = 0.9: the probability of recalling a card t days after its last review.
 */
import type { CardInfo } from "../types";
import { DAY_MS } from "../scheduler/local-day";

/** FSRS-6's default decay (its 21st weight), used while a collection keeps the default parameters. */
export const FSRS6_DEFAULT_DECAY = 0.1542;

/** Probability of recall (0–1) after `elapsedDays` (≥ 0, fractional) at `stability` days (> 0). */
export function forgettingCurve(elapsedDays: number, stability: number, decay = FSRS6_DEFAULT_DECAY): number {
	const factor = Math.pow(0.9, -1 / decay) - 1;
	return Math.pow(1 + (factor * Math.max(0, elapsedDays)) / stability, -decay);
}

/** A card's probability of recall at `now` (epoch ms), from the time since its last answer; null while new. */
export function cardRetrievability(
	card: Pick<CardInfo, "stability" | "lastReview">,
	now: number,
	decay = FSRS6_DEFAULT_DECAY,
): number | null {
	if (card.lastReview === undefined || !(card.stability > 0)) return null;
	return forgettingCurve((now - card.lastReview) / DAY_MS, card.stability, decay);
}
