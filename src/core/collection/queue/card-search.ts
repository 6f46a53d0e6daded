import { retrievability } from "../../scheduler/fsrs-adapter";
import { cardOptions } from "../presets/deck-presets";
import { dayNumber } from "../../scheduler/local-day";
import { compileSearch, parseSearch, type SearchContext } from "../../search";
import type { CardInfo, ReviewQueue } from "../../types";
import { stateOf } from "../log/review-actions";
import { effectiveEntries } from "../log/review-log";
import type { QueueScope } from "./collection-queue";
import { studyQueue, type StudySpec } from "./study-queue";

/** What a search reads of the store at `now`. */
function searchContext(scope: QueueScope, now: number): SearchContext {
	const { data, view, utcOffset } = scope;
	const hour = data.options.dayStartHour;
	return {
		now,
		dayOf: (time) => dayNumber(time, hour, utcOffset),
		answers: (card) => {
			const rawIds = view.rawIds(card.id);
			// Most cards of a large collection have no answer: skip them without building a list.
			return rawIds.some((id) => data.log.entries.summary(id) !== undefined) ? effectiveEntries(data.log, rawIds, card.id) : [];
		},
		retrievability: (card) => retrievability(stateOf(scope, card.id), now, { options: cardOptions(data, view, card.id), utcOffset }),
	};
}

/**
 * The cards (burials as at `now`, in note order) that a query (DESIGN §7) matches, in the same order.
 * A malformed query throws a `SearchSyntaxError` naming the position.
 */
export function searchCards(scope: QueueScope, cards: readonly CardInfo[], query: string, now: number): CardInfo[] {
	const tree = parseSearch(query);
	if (tree.kind === "and" && tree.items.length === 0) return [...cards];
	return cards.filter(compileSearch(tree, searchContext(scope, now)));
}

/** The queue of a study (see `StudySpec`); random orders are seeded by the search and the local day. */
export function searchQueue(scope: QueueScope, cards: readonly CardInfo[], spec: StudySpec, now: number): ReviewQueue {
	const ctx = searchContext(scope, now);
	return studyQueue(searchCards(scope, cards, spec.search, now), spec, {
		retrievability: ctx.retrievability,
		seed: `${spec.search}|${ctx.dayOf(now)}`,
	});
}
