import type { ReviewEntry } from "../types";
import { CollectionPresets } from "./collection-presets";
import { practiceOf } from "./log/practice-log";
import { buryCard, liveCardId, refreshCard, suspendCard } from "./log/review-actions";
import { markReset, toReviewEntry } from "./log/review-log";
import { forgetCard, setCardDue, unburyCard } from "./log/study-actions";

/**
 * Studying beyond today's queue (docs/decisions/search-and-study.md): actions on many cards at once,
 * each one undo step (forget, set due, suspend, bury), resetting a card, and the practice answers kept
 * beside a card's history.
 */
export abstract class CollectionStudy extends CollectionPresets {
	/** Practice answers of a card (any of its ids), oldest first: in its history, never in its schedule. */
	practiceHistory(cardId: string): ReviewEntry[] {
		const id = this.view.canonicalId(cardId);
		return practiceOf(this.data.practice, this.view.rawIds(id)).map((entry) => toReviewEntry(id, entry));
	}

	/** Makes cards new again, history kept (marked by a reset); one undo step. New cards are left as they are. */
	forget(ids: string[], now: Date): void {
		this.bulk(now, ids, (scope, id, time) => forgetCard(scope, id, time));
		this.memos.answeredToday.clear();
	}

	/** Makes studied cards due in `days` local days (0 = today); one undo step. New cards keep their place. */
	setDue(ids: string[], days: number, now: Date): void {
		if (!Number.isInteger(days) || days < 0) throw new Error(`Invalid number of days ${String(days)}: expected a whole number, 0 or more.`);
		this.bulk(now, ids, (scope, id, time) => setCardDue(scope, id, days, time));
	}

	/** Suspends or unsuspends cards; one undo step. */
	suspendCards(ids: string[], suspended: boolean, now: Date): void {
		this.bulk(now, ids, (scope, id, time) => suspendCard(scope, id, suspended, time));
	}

	/** Buries cards until the next day starts, or (`buried` false) shows them again; one undo step. */
	buryCards(ids: string[], buried: boolean, now: Date): void {
		this.bulk(now, ids, (scope, id, time) => (buried ? buryCard(scope, id, time) : unburyCard(scope, id, time)));
	}

	/** Makes a card new again; its answers stay in its history (a synced tombstone, not undoable). */
	resetCard(cardId: string, now: Date): void {
		this.tick(now);
		const id = liveCardId(this.view, cardId);
		markReset(this.data.log, id, now.getTime());
		refreshCard(this.core(), id);
		this.memos.answeredToday.clear();
		this.changed(id);
	}
}
