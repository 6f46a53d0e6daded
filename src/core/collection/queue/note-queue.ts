import { LEARN_AHEAD_MS } from "../../scheduler/review-queue";
import type { CardInfo, ReviewQueue } from "../../types";

/**
 * The queue of one note's cards: reviewing a note is the user's explicit choice, so daily limits do
 * not apply. Same order as today's queue: learning cards due now, due reviews, new cards in document
 * order, then learning cards due within the learn-ahead limit. Suspended and buried cards never show.
 */
export function noteQueue(cards: readonly CardInfo[], now: number): ReviewQueue {
	const open = cards.filter((c) => !c.suspended && !c.buried);
	const byDue = (a: CardInfo, b: CardInfo): number => a.due - b.due;
	const learning = open.filter((c) => (c.state === "learning" || c.state === "relearning") && c.due <= now + LEARN_AHEAD_MS).sort(byDue);
	const due = open.filter((c) => c.state === "review" && c.due <= now).sort(byDue);
	const fresh = open.filter((c) => c.state === "new");
	const ordered = [...learning.filter((c) => c.due <= now), ...due, ...fresh, ...learning.filter((c) => c.due > now)];
	return { counts: { new: fresh.length, learn: learning.length, due: due.length }, cards: ordered };
}
