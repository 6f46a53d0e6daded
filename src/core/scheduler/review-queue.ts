import type { CardInfo, ReviewQueue, SchedulerOptions, UtcOffset } from "../types";
import { inDeckTree } from "../deck-path";
import { nextDayStart } from "./local-day";

/** Anki's learn-ahead limit: learning cards due this soon are shown now (ms). */
export const LEARN_AHEAD_MS = 20 * 60_000;

/** The options a queue needs: the limits and the day boundary in a zone. */
export type QueueOptions = SchedulerOptions & {
	/** Zone whose local day (from `dayStartHour`) is "today". */
	utcOffset: UtcOffset;
};

/** Answers already given today, which count against the daily limits. */
export interface DayProgress {
	/** New cards answered for the first time today. */
	newAnswered: number;
	/** Answers today to cards that were in review state (learning steps do not count). */
	reviewsAnswered: number;
}

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Document order: the tie-breaker everywhere, so a queue never depends on input order. */
export function byPlace(a: CardInfo, b: CardInfo): number {
	return compareText(a.path, b.path) || a.line - b.line || (a.cloze ?? 0) - (b.cloze ?? 0) || compareText(a.id, b.id);
}

function byDue(a: CardInfo, b: CardInfo): number {
	return a.due - b.due || byPlace(a, b);
}

/** New cards in deck order, then note and document order (Anki's default "deck" gather order). */
function byDeckPlace(a: CardInfo, b: CardInfo): number {
	return compareText(a.deck, b.deck) || byPlace(a, b);
}

/**
 * Spreads `extra` evenly among `main`, as Anki mixes new cards with reviews: with 4 reviews and
 * 1 new card, the new card comes third.
 */
export function intersperse<T>(main: readonly T[], extra: readonly T[]): T[] {
	const out: T[] = [];
	let taken = 0;
	extra.forEach((item, i) => {
		const before = Math.floor(((i + 1) * main.length) / (extra.length + 1));
		out.push(...main.slice(taken, before), item);
		taken = before;
	});
	return out.concat(main.slice(taken));
}

/**
 * Today's cards of a deck subtree, in review order, daily limits applied (Anki v3 rules): learning
 * cards due now; then reviews due before the next day starts, with new cards spread among them;
 * then learning cards due within the learn-ahead limit. Suspended and buried cards never show.
 * Reviews are capped by the review limit left (answered reviews and new cards count against it),
 * new cards by the new limit left and by what the reviews leave of the review limit. Learning
 * cards are never limited. The counts are those of the cards returned.
 */
export function buildQueue(
	cards: readonly CardInfo[],
	now: number,
	options: QueueOptions,
	today: DayProgress,
	deck?: string,
): ReviewQueue {
	const dayEnd = nextDayStart(now, options.dayStartHour, options.utcOffset);
	const live = cards.filter((c) => !c.suspended && !c.buried && inDeckTree(c.deck, deck));
	const learning = live
		.filter((c) => (c.state === "learning" || c.state === "relearning") && c.due <= now + LEARN_AHEAD_MS)
		.sort(byDue);
	const reviewLimit = Math.max(0, options.reviewsPerDay - today.reviewsAnswered - today.newAnswered);
	const reviews = live
		.filter((c) => c.state === "review" && c.due < dayEnd)
		.sort(byDue)
		.slice(0, reviewLimit);
	const newLimit = Math.max(0, Math.min(options.newPerDay - today.newAnswered, reviewLimit - reviews.length));
	const fresh = live
		.filter((c) => c.state === "new")
		.sort(byDeckPlace)
		.slice(0, newLimit);
	const dueNow = learning.filter((c) => c.due <= now);
	const learnAhead = learning.filter((c) => c.due > now);
	return {
		counts: { new: fresh.length, learn: learning.length, due: reviews.length },
		cards: [...dueNow, ...intersperse(reviews, fresh), ...learnAhead],
	};
}

/** When the next learning card of the subtree that is not in today's queue yet comes due; for "come back at". */
export function nextLearningDue(cards: readonly CardInfo[], now: number, deck?: string): number | undefined {
	let next: number | undefined;
	for (const c of cards) {
		const waiting = (c.state === "learning" || c.state === "relearning") && c.due > now + LEARN_AHEAD_MS;
		if (waiting && !c.suspended && !c.buried && inDeckTree(c.deck, deck) && (next === undefined || c.due < next)) {
			next = c.due;
		}
	}
	return next;
}
