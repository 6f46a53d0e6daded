/**
 * Training items from our review log, built the way fsrs-rs builds them from Anki's revlog: each card's
 * answers since it was last new (a reset cuts the history; a card whose log does not start from new,
 * such as imported history, is left out), days counted locally with the day start and each answer's
 * own UTC offset, and one item per answer on a later day than the one before it. Same-day answers stay
 * in the history (they drive short-term stability) but are never predicted.
 */
import type { ReviewRecord } from "../../types";
import { dayNumber } from "../local-day";
import type { TrainingItem, TrainingReview } from "./training-item";

/** What training reads from a collection (a `Collection` is one). */
export interface ReviewSource {
	/** Every card's replayed answers, oldest first per card. */
	history(): ReviewRecord[];
	options(): { dayStartHour: number };
	/** Cards matching a search (the syntax of the card browser). */
	search(query: string, now: Date): { id: string }[];
}

/** An answer kept for training: its card, instant and rating. */
type Answer = Pick<ReviewRecord, "card" | "time" | "rating" | "offset" | "stateBefore"> & { practice?: boolean };

/**
 * Items for `optimizeParameters`, oldest last answer first. `search` narrows the cards (the card
 * browser's syntax, evaluated at the newest answer's time; `deck:A` includes A's sub-decks).
 */
export function trainingItems(collection: ReviewSource, search?: string): TrainingItem[] {
	const byCard = new Map<string, Answer[]>();
	let newest = 0;
	for (const record of collection.history() as Answer[]) {
		// Answers given without rescheduling (practice) say nothing the schedule relied on.
		if (record.practice === true) continue;
		let list = byCard.get(record.card);
		if (!list) byCard.set(record.card, (list = []));
		list.push(record);
		newest = Math.max(newest, record.time);
	}
	const keep = cardFilter(collection, search, newest);
	const dayStart = collection.options().dayStartHour;
	const ended: { time: number; card: string; item: TrainingItem }[] = [];
	for (const [card, answers] of byCard) {
		if (!keep(card)) continue;
		for (const { time, item } of cardItems(answers, dayStart)) ended.push({ time, card, item });
	}
	ended.sort((a, b) => a.time - b.time || (a.card < b.card ? -1 : a.card > b.card ? 1 : 0));
	return ended.map((entry) => entry.item);
}

function cardFilter(collection: ReviewSource, search: string | undefined, newest: number): (card: string) => boolean {
	const query = search?.trim() ?? "";
	if (query === "") return () => true;
	const ids = new Set(collection.search(query, new Date(newest + 1)).map((card) => card.id));
	return (card) => ids.has(card);
}

/** One card's items with the time of the answer each predicts. */
function cardItems(answers: readonly Answer[], dayStartHour: number): { time: number; item: TrainingItem }[] {
	let start = -1;
	for (let i = answers.length - 1; i >= 0; i--) {
		if (answers[i]?.stateBefore === "new") {
			start = i;
			break;
		}
	}
	if (start < 0) return [];
	const reviews: TrainingReview[] = [];
	const items: { time: number; item: TrainingItem }[] = [];
	let previousDay = 0;
	for (let i = start; i < answers.length; i++) {
		const answer = answers[i] as Answer;
		const offset = answer.offset;
		const day = dayNumber(answer.time, dayStartHour, () => offset);
		// A trip west can make a later answer's local day earlier: count it as the same day.
		const deltaT = reviews.length === 0 ? 0 : Math.max(0, day - previousDay);
		previousDay = reviews.length === 0 || day > previousDay ? day : previousDay;
		reviews.push({ rating: answer.rating, deltaT });
		if (deltaT > 0) items.push({ time: answer.time, item: { reviews: reviews.slice() } });
	}
	return items;
}
