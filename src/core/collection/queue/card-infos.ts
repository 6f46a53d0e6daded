import { isLeech } from "../../scheduler/leech";
import { deckOptions } from "../presets/deck-presets";
import type { CardInfo, SchedulingState } from "../../types";
import { clozeOf, reviewableIds, REVERSE_SUFFIX } from "../identity/card-identity";
import type { LiveView } from "../identity/live-view";
import { flagOf, stateOf } from "../log/review-actions";
import type { StoreData } from "../store-model";

/** What building card infos reads. */
export interface InfoScope {
	data: StoreData;
	view: LiveView;
}

/** The public view of one live reviewable card; `buried` is left false (it depends on the time asked). */
export function cardInfo(scope: InfoScope, cardId: string, path: string): CardInfo | undefined {
	const { data, view } = scope;
	const base = cardId.split("-")[0] ?? cardId;
	const place = view.placeOf(base);
	const note = data.notes.get(path);
	if (!place || !note) return undefined;
	const card = place.card;
	const reversedSide = cardId.endsWith(REVERSE_SUFFIX);
	const state = stateOf(scope, cardId);
	const rawIds = view.rawIds(cardId);
	const info: CardInfo = {
		id: cardId,
		noteCardId: base,
		kind: card.kind,
		path,
		line: card.line,
		front: reversedSide ? card.back : card.front,
		back: reversedSide ? card.front : card.back,
		context: [...card.context],
		tags: [...card.tags],
		deck: note.deck,
		state: state.state,
		due: dueOf(data, rawIds, state),
		reps: state.reps,
		lapses: state.lapses,
		suspended: flagOf(data.suspended, rawIds)?.value ?? false,
		buried: false,
		leech: isLeech(state.lapses, deckOptions(data, note.deck)),
		stability: state.stability,
		difficulty: state.difficulty,
		added: card.added,
	};
	// Every info gets the same fields in the same order (one object shape keeps the queue loop fast).
	info.cloze = clozeOf(cardId);
	info.lastReview = state.lastReview;
	// Infos are cached and handed out as they are: frozen copies, so a caller's change can reach neither
	// the stored card nor the next caller.
	Object.freeze(info.context);
	Object.freeze(info.tags);
	return Object.freeze(info);
}

/**
 * A card's due time: its schedule's, or a due date set by hand (`setDue`) after its last answer. A
 * new card has none set by hand (set due date leaves new cards alone; a forget makes a card new).
 */
export function dueOf(data: StoreData, rawIds: readonly string[], state: SchedulingState): number {
	if (state.state === "new") return state.due;
	const set = flagOf(data.dueSet, rawIds);
	return set && set.value > 0 && set.time >= (state.lastReview ?? Infinity) ? set.value : state.due;
}

/** The live reviewable cards of one note, in document order (a card a merge left in two notes shows in one). */
export function noteCardInfos(scope: InfoScope, path: string): CardInfo[] {
	const { data, view } = scope;
	const note = data.notes.get(path);
	if (!note || note.deleted) return [];
	const result: CardInfo[] = [];
	for (const card of note.cards) {
		const base = view.resolver.canonical(card.id);
		if (view.placeOf(base)?.path !== path) continue;
		for (const id of reviewableIds(base, card.kind, card.clozes)) {
			const info = cardInfo(scope, id, path);
			if (info) result.push(info);
		}
	}
	return result;
}
