import type { CardInfo, ReviewQueue } from "../../types";

/** How a study orders its cards. */
export type StudyOrder = "due" | "random" | "added" | "retrievability";

/**
 * A study beyond today's queue (DESIGN §3b): the cards of a search, at most `limit` of them, in an
 * order. `reschedule: false` makes its answers practice: logged, never changing a schedule.
 */
export interface StudySpec {
	/** A search (DESIGN §7); "" is every card. */
	search: string;
	/** Most cards studied; every match when absent. */
	limit?: number;
	/** Default `due`. */
	order?: StudyOrder;
	reschedule: boolean;
}

/** What ordering reads besides the cards. */
export interface StudyOrderContext {
	/** Probability of recall now, in [0, 1]. */
	retrievability: (card: CardInfo) => number;
	/** Seeds `random`: the same seed gives the same order (a study keeps its order all day). */
	seed: string;
}

function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Document order, the tie-breaker of every order. */
function byPlace(a: CardInfo, b: CardInfo): number {
	return compareText(a.path, b.path) || a.line - b.line || (a.cloze ?? 0) - (b.cloze ?? 0) || compareText(a.id, b.id);
}

/** A 32-bit hash of a text (FNV-1a). */
function hash(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
	return h >>> 0;
}

/** Cards in a random order that depends only on the seed and the cards' ids. */
function shuffled(cards: readonly CardInfo[], seed: string): CardInfo[] {
	const keyed = cards.map((card) => ({ card, key: hash(`${seed}\u0000${card.id}`) }));
	return keyed.sort((a, b) => a.key - b.key || byPlace(a.card, b.card)).map((k) => k.card);
}

/**
 * The queue of a study: the matching cards that can be shown (not suspended, not buried), ordered,
 * cut at the limit. Counts are by state: new, learn (learning and relearning), due (review).
 */
export function studyQueue(matches: readonly CardInfo[], spec: StudySpec, ctx: StudyOrderContext): ReviewQueue {
	const open = matches.filter((card) => !card.suspended && !card.buried);
	let ordered: CardInfo[];
	switch (spec.order ?? "due") {
		case "due":
			ordered = open.sort((a, b) => a.due - b.due || byPlace(a, b));
			break;
		case "added":
			ordered = open.sort((a, b) => a.added - b.added || byPlace(a, b));
			break;
		case "retrievability": {
			// Least likely to be recalled first; new cards (nothing to recall yet) last.
			const r = new Map(open.map((card) => [card.id, card.state === "new" ? 2 : ctx.retrievability(card)]));
			ordered = open.sort((a, b) => (r.get(a.id) ?? 0) - (r.get(b.id) ?? 0) || byPlace(a, b));
			break;
		}
		case "random":
			ordered = shuffled(open, ctx.seed);
			break;
	}
	if (spec.limit !== undefined) ordered = ordered.slice(0, Math.max(0, Math.floor(spec.limit)));
	const counts = { new: 0, learn: 0, due: 0 };
	for (const card of ordered) {
		if (card.state === "new") counts.new++;
		else if (card.state === "review") counts.due++;
		else counts.learn++;
	}
	return { counts, cards: ordered };
}
