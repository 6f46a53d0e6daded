import { nextDayStart } from "../../scheduler/local-day";
import { LEARN_AHEAD_MS } from "../../scheduler/review-queue";
import type { QueueCounts } from "../../types";
import type { CardInfoIndex } from "./card-info-index";
import { buriedAt, todayStart, type QueueScope } from "./collection-queue";
import { parentDeck, roomOf } from "./deck-limits";
import { deckOptions } from "../presets/deck-presets";
import { DECK_SEPARATOR } from "../../deck-path";
import type { SchedulerOptions } from "../../types";

/** What a deck subtree holds today before the daily limits. */
interface Tally {
	learn: number;
	reviews: number;
	fresh: number;
	newAnswered: number;
	reviewsAnswered: number;
}

/** The subtree paths a card of `deck` counts in: "" (every deck), then each level's path (`A`, `A::B`). */
function subtreesOf(deck: string): string[] {
	const paths = [""];
	let path = "";
	for (const level of deck.split("::")) {
		path = path === "" ? level.trim() : `${path}::${level.trim()}`;
		paths.push(path);
	}
	return paths;
}

/**
 * Today's counts of every deck subtree at once, each what `queue(now, deck).counts` gives (the same
 * limits, burials and progress), keyed by deck path (levels trimmed, joined by `::`; "" for every
 * deck). One pass over the notes instead of a queue per deck: a vault with a deck per note has
 * thousands of decks, and a deck list shows them all. Cards are tallied by their own deck, note by
 * note (a note's cards share its deck; its offer is kept until they change, so the counts after an
 * answer cost a pass over notes, not cards), and each deck's tally is then added to its subtrees.
 */
export function deckCounts(scope: QueueScope, infos: CardInfoIndex, now: number): Map<string, QueueCounts> {
	const { options } = scope.data;
	const dayStart = todayStart(scope, now);
	const dayEnd = nextDayStart(now, options.dayStartHour, scope.utcOffset);
	const answered = scope.answeredSince(dayStart);
	const hidden = buriedAt(scope, now, answered);
	const own = new Map<string, Tally>();
	const tallyOf = (deck: string): Tally => {
		let tally = own.get(deck);
		if (!tally) {
			tally = { learn: 0, reviews: 0, fresh: 0, newAnswered: 0, reviewsAnswered: 0 };
			own.set(deck, tally);
		}
		return tally;
	};
	const learnUntil = now + LEARN_AHEAD_MS;
	for (const offer of infos.offers(dayEnd)) {
		const tally = tallyOf(offer.deck);
		tally.fresh += offer.fresh;
		tally.reviews += offer.reviews;
		for (const due of offer.learningDues) if (due <= learnUntil) tally.learn++;
	}
	// Hidden cards are in their notes' offers, but not in today's queue.
	for (const id of hidden) {
		const card = infos.peek(id);
		if (!card || card.suspended) continue;
		const tally = tallyOf(card.deck);
		if (card.state === "new") tally.fresh--;
		else if (card.state === "review") {
			if (card.due < dayEnd) tally.reviews--;
		} else if (card.due <= learnUntil) tally.learn--;
	}
	for (const id of answered) {
		const deck = infos.get(id)?.deck;
		if (deck === undefined) continue;
		for (const record of scope.records(id)) {
			if (record.time < dayStart || record.time >= dayEnd) continue;
			if (record.stateBefore === "new") tallyOf(deck).newAnswered++;
			else if (record.stateBefore === "review") tallyOf(deck).reviewsAnswered++;
		}
	}
	const tallies = new Map<string, Tally>();
	for (const [deck, t] of own) {
		for (const path of subtreesOf(deck)) {
			const sum = tallies.get(path);
			if (!sum) tallies.set(path, { ...t });
			else {
				sum.learn += t.learn;
				sum.reviews += t.reviews;
				sum.fresh += t.fresh;
				sum.newAnswered += t.newAnswered;
				sum.reviewsAnswered += t.reviewsAnswered;
			}
		}
	}
	return cappedCounts(tallies, (path) => deckOptions(scope.data, path));
}

/**
 * Each subtree's counts from its tallies, deepest decks first: a deck offers its own cards plus what
 * each sub-deck's limits let through, capped by its own limits (see `DeckLimits`; with one preset for
 * every deck, only the deck's own limits can cap).
 */
function cappedCounts(tallies: ReadonlyMap<string, Tally>, optionsOf: (path: string) => Pick<SchedulerOptions, "newPerDay" | "reviewsPerDay">): Map<string, QueueCounts> {
	const offered = new Map<string, { reviews: number; fresh: number }>();
	for (const [path, t] of tallies) offered.set(path, { reviews: t.reviews, fresh: t.fresh });
	const counts = new Map<string, QueueCounts>();
	const deepestFirst = [...tallies.keys()].sort((a, b) => depth(b) - depth(a));
	for (const path of deepestFirst) {
		const t = tallies.get(path) as Tally;
		const offer = offered.get(path) as { reviews: number; fresh: number };
		const room = roomOf(optionsOf(path), t);
		const due = Math.min(room.reviewLeft, offer.reviews);
		const fresh = Math.min(room.newLeft, room.reviewLeft - due, offer.fresh);
		counts.set(path, { new: fresh, learn: t.learn, due });
		if (path === "") continue;
		// The parent was offered this subtree's every card; it is offered only what passed here.
		const parent = offered.get(parentDeck(path)) as { reviews: number; fresh: number };
		parent.reviews -= t.reviews - due;
		parent.fresh -= t.fresh - fresh;
	}
	return counts;
}

function depth(path: string): number {
	return path === "" ? 0 : path.split(DECK_SEPARATOR).length;
}
