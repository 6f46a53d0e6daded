import { dayNumber, nextDayStart, startOfDay } from "../../scheduler/local-day";
import { inDeckTree, normaliseDeck } from "../../deck-path";
import { buildQueue, byPlace, LEARN_AHEAD_MS } from "../../scheduler/review-queue";
import type { CardInfo, ReviewQueue, ReviewRecord, UtcOffset } from "../../types";
import { reviewableIds } from "../identity/card-identity";
import type { CardInfoIndex } from "./card-info-index";
import type { LiveView } from "../identity/live-view";
import { flagOf } from "../log/review-actions";
import { dueBy, type SortedCandidates } from "./queue-candidates";
import { DeckLimits, type Answered } from "./deck-limits";
import { deckOptions } from "../presets/deck-presets";
import type { StoreData } from "../store-model";
import { effectiveEntries } from "../log/review-log";

/** What the queue reads. */
export interface QueueScope {
	data: StoreData;
	view: LiveView;
	utcOffset: UtcOffset;
	/** A card's replayed records (memoised by the collection). */
	records(cardId: string): ReviewRecord[];
	/** Canonical ids of the cards answered since a time (memoised by the collection). */
	answeredSince(dayStart: number): string[];
}

/** Epoch ms at which the local day holding `now` started. */
export function todayStart(scope: QueueScope, now: number): number {
	const hour = scope.data.options.dayStartHour;
	return startOfDay(dayNumber(now, hour, scope.utcOffset), hour, scope.utcOffset);
}

/**
 * Whether a card (by its raw ids) was reset since `dayStart` after an answer given since then. A reset
 * takes its answers out of the card's state, but they were still given today: they count against the
 * day's limits and bury the card's siblings, as in Anki.
 */
function answeredBeforeReset(data: StoreData, rawIds: readonly string[], dayStart: number): boolean {
	const resetSince = rawIds.some((raw) => (data.log.resets.get(raw) ?? []).some((time) => time >= dayStart));
	return resetSince && effectiveEntries(data.log, rawIds, rawIds[0] ?? "", false).some((entry) => entry.time >= dayStart);
}

/** Whether a card was answered since `dayStart` (see `answeredSince`). */
function answeredSinceCard(data: StoreData, view: LiveView, id: string, dayStart: number): boolean {
	return (data.cache.lastReview(id) ?? -Infinity) >= dayStart || answeredBeforeReset(data, view.rawIds(id), dayStart);
}

/**
 * Canonical ids of the cards answered since `dayStart`: from the cached last answers, and the log of
 * the cards reset since then (few), not a scan of the log.
 */
export function answeredSince(data: StoreData, view: LiveView, dayStart: number): string[] {
	const ids = new Set<string>();
	data.cache.forEachLastReview((id, lastReview) => {
		if ((lastReview ?? -Infinity) >= dayStart) ids.add(id);
	});
	for (const rawId of data.log.resets.keys()) {
		const id = view.canonicalId(rawId);
		if (!ids.has(id) && answeredBeforeReset(data, view.rawIds(id), dayStart)) ids.add(id);
	}
	return [...ids];
}

/**
 * `answeredSince` for the current day, kept up to date answer by answer so a review session does not
 * scan every card for each queue; anything else that changes the cache clears it.
 */
export class AnsweredToday {
	private dayStart: number | undefined;
	private ids = new Set<string>();

	/** The cards answered since `dayStart`. */
	get(data: StoreData, view: LiveView, dayStart: number): string[] {
		if (this.dayStart !== dayStart) {
			this.ids = new Set(answeredSince(data, view, dayStart));
			this.dayStart = dayStart;
		}
		return [...this.ids];
	}

	/** Records an answer given at `time` to a card. */
	answered(id: string, time: number): void {
		if (this.dayStart !== undefined && time >= this.dayStart) this.ids.add(id);
	}

	/** Forgets the memo (after an undo, reset, merge or load). */
	clear(): void {
		this.dayStart = undefined;
	}
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

/** Whether one card is hidden at `now` (as `buriedAt`, for that card only: no scan of the collection). */
export function isBuriedAt(scope: QueueScope, id: string, now: number): boolean {
	const { data, view } = scope;
	if ((flagOf(data.buried, view.rawIds(id))?.value ?? 0) > now) return true;
	const dayStart = todayStart(scope, now);
	const answeredToday = (cardId: string): boolean => answeredSinceCard(data, view, cardId, dayStart);
	if (answeredToday(id)) return false;
	const base = id.split("-")[0] ?? id;
	const place = view.placeOf(base);
	return place !== undefined && reviewableIds(base, place.card.kind, place.card.clozes).some((sibling) => sibling !== id && answeredToday(sibling));
}

/** Cards with `buried` set as at `now`. */
export function withBurials(cards: readonly CardInfo[], hidden: ReadonlySet<string>): CardInfo[] {
	if (hidden.size === 0) return [...cards];
	return cards.map((card) => (hidden.has(card.id) ? { ...card, buried: true } : card));
}

/**
 * Today's answers in a deck subtree, card by card, as the daily limits count them: new cards answered
 * for the first time today, and answers to cards that were in review (from the cards' replayed records).
 */
export function dayAnswers(
	scope: QueueScope,
	dayStart: number,
	dayEnd: number,
	answered: readonly string[],
	deckOf: (id: string) => string | undefined,
	deck?: string,
): (Answered & { deck: string })[] {
	const cards: (Answered & { deck: string })[] = [];
	for (const id of answered) {
		const cardDeck = deckOf(id);
		if (cardDeck === undefined || !inDeckTree(cardDeck, deck)) continue;
		const card = { deck: cardDeck, newAnswered: 0, reviewsAnswered: 0 };
		for (const record of scope.records(id)) {
			if (record.time < dayStart || record.time >= dayEnd) continue;
			if (record.stateBefore === "new") card.newAnswered++;
			else if (record.stateBefore === "review") card.reviewsAnswered++;
		}
		cards.push(card);
	}
	return cards;
}

function memoised<T>(compute: (key: string) => T): (key: string) => T {
	const cache = new Map<string, T>();
	return (key) => {
		let value = cache.get(key);
		if (value === undefined) {
			value = compute(key);
			cache.set(key, value);
		}
		return value;
	};
}

/** Due-sorted candidate lists kept by the collection between queues. */
export interface QueueCandidates {
	learning: SortedCandidates;
	reviews: SortedCandidates;
}

/** The cards of a due-sorted list that `take` accepts, equal due times taken in document order (as `buildQueue` sorts them). */
function takeInOrder(sorted: readonly CardInfo[], skip: (card: CardInfo) => boolean, take: (card: CardInfo) => boolean, full: () => boolean): CardInfo[] {
	const taken: CardInfo[] = [];
	for (let i = 0; i < sorted.length && !full(); ) {
		const due = (sorted[i] as CardInfo).due;
		const group: CardInfo[] = [];
		for (; i < sorted.length && (sorted[i] as CardInfo).due === due; i++) group.push(sorted[i] as CardInfo);
		for (const card of group.length > 1 ? group.sort(byPlace) : group) if (!full() && !skip(card) && take(card)) taken.push(card);
	}
	return taken;
}

/**
 * The due-sorted lists of every deck's learning cards and of its reviews due before `dayEnd`, brought
 * up to date; the first call of a day sorts every card.
 */
export function candidateLists(infos: CardInfoIndex, lists: QueueCandidates, dayEnd: number): { learningList: readonly CardInfo[]; reviewList: readonly CardInfo[] } {
	const steps = candidateListsInSteps(infos, lists, dayEnd);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/** `candidateLists`, yielding between the two lists (each sorts every card the first time of a day). */
export function* candidateListsInSteps(infos: CardInfoIndex, lists: QueueCandidates, dayEnd: number): Generator<void, { learningList: readonly CardInfo[]; reviewList: readonly CardInfo[] }> {
	const all = (): readonly CardInfo[] => infos.all();
	const get = (id: string): CardInfo | undefined => infos.get(id);
	const learningList = lists.learning.list("", (c) => (c.state === "learning" || c.state === "relearning") && !c.suspended, all, get);
	yield;
	const reviewList = lists.reviews.list(`${dayEnd}`, (c) => c.state === "review" && c.due < dayEnd && !c.suspended, all, get);
	return { learningList, reviewList };
}

/**
 * Today's queue of a deck subtree: burials and daily limits as at `now`. Only the cards that can be in
 * it reach `buildQueue`: learning cards due within the learn-ahead limit, the earliest reviews due today
 * and the first new cards in the order new cards are introduced (deck then note then line, as
 * `buildQueue` orders them), each taken while the studied deck and the decks between it and the
 * card's deck have room (`DeckLimits`). The due-sorted lists (of every deck) persist between calls, so
 * a 50,000-card collection stays fast without changing the result, also when the queues of many decks
 * are asked in turn.
 */
export function collectionQueue(
	scope: QueueScope,
	infos: CardInfoIndex,
	lists: QueueCandidates,
	now: number,
	deck?: string,
): ReviewQueue {
	const { data, utcOffset } = scope;
	const studied = normaliseDeck(deck ?? "");
	const dayStart = todayStart(scope, now);
	const answered = scope.answeredSince(dayStart);
	const hidden = buriedAt(scope, now, answered);
	const deckOf = (id: string): string | undefined => infos.get(id)?.deck;
	const dayEnd = nextDayStart(now, data.options.dayStartHour, utcOffset);
	const today = dayAnswers(scope, dayStart, dayEnd, answered, deckOf, deck);
	const limits = new DeckLimits(data, studied, today);
	const inDeck = memoised((cardDeck: string) => inDeckTree(cardDeck, deck));
	// The lists hold every deck's cards, so that asking deck after deck (the deck list's counts) reuses
	// them; a deck's cards are picked out as the lists are read.
	const skip = (card: CardInfo): boolean => hidden.has(card.id) || !inDeck(card.deck);
	const { learningList, reviewList } = candidateLists(infos, lists, dayEnd);
	const reviews = takeInOrder(reviewList, skip, (card) => limits.takeReview(card.deck), () => limits.root.reviewLeft === 0);
	const candidates = [...dueBy(learningList, now + LEARN_AHEAD_MS, skip), ...reviews];
	const full = (): boolean => limits.root.newLeft === 0 || limits.root.reviewLeft === 0;
	for (const noteCards of infos.byDeck()) {
		if (full()) break;
		const first = noteCards[0];
		if (!first || !inDeckTree(first.deck, deck)) continue;
		for (const card of noteCards) {
			if (full()) break;
			if (card.state !== "new" || card.suspended || hidden.has(card.id)) continue;
			if (limits.takeNew(card.deck)) candidates.push(card);
		}
	}
	const progress = today.reduce((sum, card) => ({ newAnswered: sum.newAnswered + card.newAnswered, reviewsAnswered: sum.reviewsAnswered + card.reviewsAnswered }), { newAnswered: 0, reviewsAnswered: 0 });
	return buildQueue(candidates, now, { ...deckOptions(data, studied), utcOffset }, progress, deck);
}
