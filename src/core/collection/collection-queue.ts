import { dayNumber, startOfDay } from "../scheduler/local-day";
import { buildQueue, inDeckTree, type DayProgress } from "../scheduler/review-queue";
import type { CardInfo, ReviewQueue, ReviewRecord, UtcOffset } from "../types";
import { reviewableIds } from "./card-identity";
import type { LiveView } from "./live-view";
import { flagOf } from "./review-actions";
import type { StoreData } from "./store-model";

/** What the queue reads. */
export interface QueueScope {
	data: StoreData;
	view: LiveView;
	utcOffset: UtcOffset;
	/** A card's replayed records (memoised by the collection). */
	records(cardId: string): ReviewRecord[];
}

/** Epoch ms at which the local day holding `now` started. */
export function todayStart(scope: QueueScope, now: number): number {
	const hour = scope.data.options.dayStartHour;
	return startOfDay(dayNumber(now, hour, scope.utcOffset), hour, scope.utcOffset);
}

/** Canonical ids of the cards answered since `dayStart` (from the cached last answers: no log scan). */
export function answeredSince(data: StoreData, dayStart: number): string[] {
	const ids: string[] = [];
	for (const [id, state] of data.cache) if ((state.lastReview ?? -Infinity) >= dayStart) ids.push(id);
	return ids;
}

/**
 * Ids hidden at `now`: buried by hand until a time still ahead, or siblings (other side of a reversed
 * card, other clozes of a note card) of a card answered today that were not answered today themselves.
 */
export function buriedAt(scope: QueueScope, now: number, answered: readonly string[]): Set<string> {
	const { data, view } = scope;
	const hidden = new Set<string>();
	const answeredSet = new Set(answered);
	for (const id of answered) {
		const base = id.split("-")[0] ?? id;
		const place = view.placeOf(base);
		if (!place) continue;
		for (const sibling of reviewableIds(base, place.card.kind, place.card.clozes)) {
			if (!answeredSet.has(sibling)) hidden.add(sibling);
		}
	}
	for (const rawId of data.buried.keys()) {
		const id = view.canonicalId(rawId);
		if ((flagOf(data.buried, view.rawIds(id))?.value ?? 0) > now) hidden.add(id);
	}
	return hidden;
}

/** Cards with `buried` set as at `now`. */
export function withBurials(cards: readonly CardInfo[], hidden: ReadonlySet<string>): CardInfo[] {
	if (hidden.size === 0) return [...cards];
	return cards.map((card) => (hidden.has(card.id) ? { ...card, buried: true } : card));
}

/**
 * Today's answers in a deck subtree, as the daily limits count them: new cards answered for the first
 * time today, and answers to cards that were in review (from the cards' replayed records).
 */
export function dayProgress(
	scope: QueueScope,
	dayStart: number,
	answered: readonly string[],
	deckOf: (id: string) => string | undefined,
	deck?: string,
): DayProgress {
	const progress: DayProgress = { newAnswered: 0, reviewsAnswered: 0 };
	for (const id of answered) {
		const cardDeck = deckOf(id);
		if (cardDeck === undefined || !inDeckTree(cardDeck, deck)) continue;
		for (const record of scope.records(id)) {
			if (record.time < dayStart) continue;
			if (record.stateBefore === "new") progress.newAnswered++;
			else if (record.stateBefore === "review") progress.reviewsAnswered++;
		}
	}
	return progress;
}

/** Today's queue of a deck subtree: burials and daily limits as at `now`. */
export function collectionQueue(scope: QueueScope, cards: readonly CardInfo[], now: number, deck?: string): ReviewQueue {
	const dayStart = todayStart(scope, now);
	const answered = answeredSince(scope.data, dayStart);
	const visible = withBurials(cards, buriedAt(scope, now, answered));
	const deckOf = (id: string): string | undefined => {
		const place = scope.view.placeOf(id.split("-")[0] ?? id);
		return place ? scope.data.notes.get(place.path)?.deck : undefined;
	};
	const progress = dayProgress(scope, dayStart, answered, deckOf, deck);
	return buildQueue(visible, now, { ...scope.data.options, utcOffset: scope.utcOffset }, progress, deck);
}
