import { cardIntervalDays } from "../stats/card-maturity";
import type { CardInfo } from "../types";
import type { CompareOp, SearchNode, SearchTerm } from "./search-ast";
import { containsMatcher, memoMatcher, pathMatcher, treeMatcher } from "./search-match";

/** What evaluating a search reads besides the cards. */
export interface SearchContext {
	/** Epoch ms the search is made at. */
	now: number;
	/** Local day number of an instant (the collection's day boundary and zone). */
	dayOf: (epochMs: number) => number;
	/** The answers that count of a card (practice excluded), oldest first. */
	answers: (card: CardInfo) => readonly { time: number; rating: number }[];
	/** Probability of recall at `now`, in [0, 1]. */
	retrievability: (card: CardInfo) => number;
}

/** A card's text, lower-cased once per card object (infos are cached and frozen). */
interface Lowered {
	/** Front, a line break, back: one text, so a free-text term scans once per card. */
	both: string;
	front: string;
	back: string;
}

const lowered = new WeakMap<CardInfo, Lowered>();

function lowerSides(card: CardInfo): Lowered {
	let sides = lowered.get(card);
	if (!sides) {
		const front = card.front.toLowerCase();
		const back = card.back.toLowerCase();
		sides = { both: `${front}\n${back}`, front, back };
		lowered.set(card, sides);
	}
	return sides;
}

/** Turns a search tree into a test on cards. */
export function compileSearch(node: SearchNode, ctx: SearchContext): (card: CardInfo) => boolean {
	switch (node.kind) {
		case "and": {
			const tests = node.items.map((item) => compileSearch(item, ctx));
			return (card) => tests.every((test) => test(card));
		}
		case "or": {
			const tests = node.items.map((item) => compileSearch(item, ctx));
			return (card) => tests.some((test) => test(card));
		}
		case "not": {
			const test = compileSearch(node.item, ctx);
			return (card) => !test(card);
		}
		case "term":
			return compileTerm(node.term, ctx);
	}
}

function compare(a: number, op: CompareOp, b: number): boolean {
	switch (op) {
		case "=":
			return a === b;
		case "!=":
			return a !== b;
		case "<":
			return a < b;
		case "<=":
			return a <= b;
		case ">":
			return a > b;
		case ">=":
			return a >= b;
	}
}

function compileTerm(term: SearchTerm, ctx: SearchContext): (card: CardInfo) => boolean {
	const today = ctx.dayOf(ctx.now);
	// "In the last N days", today being the first of them.
	const since = (days: number) => (time: number) => ctx.dayOf(time) > today - days;
	switch (term.kind) {
		case "text": {
			const has = containsMatcher(term.pattern);
			if (term.side === "front") return (card) => has(lowerSides(card).front);
			if (term.side === "back") return (card) => has(lowerSides(card).back);
			// A pattern with a line break or a wildcard could match across the two sides joined: test each side then.
			if (term.pattern.includes("*") || term.pattern.includes("\n")) return (card) => has(lowerSides(card).front) || has(lowerSides(card).back);
			return (card) => has(lowerSides(card).both);
		}
		case "deck": {
			const match = memoMatcher(treeMatcher(term.pattern, "::"));
			return (card) => match(card.deck);
		}
		case "tag": {
			const match = memoMatcher(treeMatcher(term.pattern, "/"));
			return (card) => card.tags.some(match);
		}
		case "path": {
			const match = memoMatcher(pathMatcher(term.pattern));
			return (card) => match(card.path);
		}
		case "cardKind":
			return (card) => card.kind === term.value;
		case "id": {
			const ids = new Set(term.ids);
			return (card) => ids.has(card.id);
		}
		case "is":
			return isTest(term.value, ctx.now);
		case "prop":
			return propTest(term, ctx, today);
		case "rated": {
			const recent = since(term.days);
			// The last answer is the newest of all: when it is older than the period, so are the others.
			return (card) =>
				(card.lastReview === undefined || recent(card.lastReview)) && ctx.answers(card).some((a) => recent(a.time) && (term.rating === undefined || a.rating === term.rating));
		}
		case "introduced": {
			const recent = since(term.days);
			return (card) => {
				const first = ctx.answers(card)[0];
				return first !== undefined && recent(first.time);
			};
		}
		case "added": {
			const recent = since(term.days);
			return (card) => recent(card.added);
		}
	}
}

function isTest(value: Extract<SearchTerm, { kind: "is" }>["value"], now: number): (card: CardInfo) => boolean {
	switch (value) {
		case "new":
			return (card) => card.state === "new";
		case "learn":
			return (card) => card.state === "learning" || card.state === "relearning";
		case "review":
			return (card) => card.state === "review" || card.state === "relearning";
		case "due":
			return (card) => card.state !== "new" && !card.suspended && card.due <= now;
		case "suspended":
			return (card) => card.suspended;
		case "buried":
			return (card) => card.buried;
		case "leech":
			return (card) => card.leech;
	}
}

function propTest(term: Extract<SearchTerm, { kind: "prop" }>, ctx: SearchContext, today: number): (card: CardInfo) => boolean {
	const { op, value } = term;
	const scheduled = (read: (card: CardInfo) => number) => (card: CardInfo) => card.state !== "new" && compare(read(card), op, value);
	switch (term.prop) {
		case "due":
			return scheduled((card) => ctx.dayOf(card.due) - today);
		case "ivl":
			return scheduled(cardIntervalDays);
		case "s":
			return scheduled((card) => card.stability);
		case "d":
			return scheduled((card) => card.difficulty);
		case "r":
			return scheduled(ctx.retrievability);
		case "reps":
			return (card) => compare(card.reps, op, value);
		case "lapses":
			return (card) => compare(card.lapses, op, value);
	}
}
