import { clozeFreeText } from "../../parser/clozes";
import { CLOSE, STEP_BUDGET, cardSides, editedScore, scoreBound, type CardSides } from "./edited-cards";
import { editSimilarity, normaliseText } from "./text-similarity";
import { PairHeap, type RankedPair } from "./pair-heap";

export { CLOSE, NEARLY_SAME } from "./edited-cards";

/** The parts of a card that re-index matching looks at. */
export interface MatchableCard {
	front: string;
	back: string;
	/** 0-based line in its note; only breaks ties. */
	line: number;
	anchor?: string;
}

/** Shortest back (normalised characters) that can identify a card on its own: "Yes" cannot. */
export const MIN_IDENTIFYING_BACK = 8;

/** Beyond this many unmatched pairs, similarity is only tried between cards at most `SIMILARITY_WINDOW` apart. */
const FULL_SIMILARITY_PAIRS = 2500;
const SIMILARITY_WINDOW = 25;

type KeyOf = (card: MatchableCard) => string | undefined;

/**
 * A front as matching compares it: cloze markup (`==…==`, `{N:…}`, `{{cN::…}}`) removed, so that making
 * one more word of a sentence a cloze keeps the history of its other clozes. Read by the parser's own
 * cloze reader, which is linear (a regular expression here took cubic time on an unclosed `{{c1::`).
 */
export function frontText(front: string): string {
	return normaliseText(clozeFreeText(front).replace(/==/g, ""));
}

const byAnchor: KeyOf = (card) => (card.anchor ? card.anchor : undefined);
const byFrontAndBack: KeyOf = (card) => `${frontText(card.front)}\u0000${normaliseText(card.back)}`;
const byFront: KeyOf = (card) => {
	const front = frontText(card.front);
	return front === "" ? undefined : front;
};
const byBack: KeyOf = (card) => {
	const back = normaliseText(card.back);
	return back.length < MIN_IDENTIFYING_BACK ? undefined : back;
};

/** The exact passes, strongest first (docs/decisions/card-identity.md). */
const EXACT_PASSES: readonly KeyOf[] = [byAnchor, byFrontAndBack, byFront, byBack];

/**
 * The keys of a card for each exact pass, strongest first, prefixed by the pass (`a:`, `fb:`, `f:`, `b:`):
 * the lookup keys that re-attach a card found in another note.
 */
export function exactKeys(card: MatchableCard): string[] {
	const prefixes = ["a:", "fb:", "f:", "b:"];
	const keys: string[] = [];
	EXACT_PASSES.forEach((keyOf, pass) => {
		const key = keyOf(card);
		if (key !== undefined) keys.push(`${prefixes[pass] ?? ""}${key}`);
	});
	return keys;
}

/**
 * Pairs the cards of a re-indexed note with the cards it had before: anchor, then exact front and back,
 * then exact front, then exact back, then close similarity of front or back. Position only breaks ties
 * between equally good candidates. Returns, for each new card, the index of its old card or undefined.
 */
export function matchCards(oldCards: readonly MatchableCard[], newCards: readonly MatchableCard[]): (number | undefined)[] {
	const result: (number | undefined)[] = newCards.map(() => undefined);
	// A note indexed for the first time has nothing to match against.
	if (oldCards.length === 0) return result;
	const taken = new Set<number>();
	for (const keyOf of EXACT_PASSES) matchExact(oldCards, newCards, keyOf, result, taken);
	matchSimilar(oldCards, newCards, result, taken);
	return result;
}

function matchExact(
	oldCards: readonly MatchableCard[],
	newCards: readonly MatchableCard[],
	keyOf: KeyOf,
	result: (number | undefined)[],
	taken: Set<number>,
): void {
	const oldByKey = new Map<string, number[]>();
	oldCards.forEach((card, index) => {
		if (taken.has(index)) return;
		const key = keyOf(card);
		if (key === undefined) return;
		const list = oldByKey.get(key);
		if (list) list.push(index);
		else oldByKey.set(key, [index]);
	});
	newCards.forEach((card, index) => {
		if (result[index] !== undefined) return;
		const key = keyOf(card);
		const candidates = key === undefined ? undefined : oldByKey.get(key);
		if (!candidates || candidates.length === 0) return;
		const best = nearest(candidates, oldCards, card.line);
		result[index] = best;
		taken.add(best);
		candidates.splice(candidates.indexOf(best), 1);
	});
}

function nearest(candidates: readonly number[], oldCards: readonly MatchableCard[], line: number): number {
	let best = candidates[0] as number;
	let bestDistance = Infinity;
	for (const index of candidates) {
		const distance = Math.abs((oldCards[index]?.line ?? 0) - line);
		if (distance < bestDistance) {
			best = index;
			bestDistance = distance;
		}
	}
	return best;
}

function sidesOf(card: MatchableCard): CardSides {
	return cardSides(frontText(card.front), card.back, MIN_IDENTIFYING_BACK);
}

/**
 * Pairs edited cards greedily, best score first, each card at most once. Scores are measured lazily:
 * every pair starts ranked by a bound from the lengths, refined with the wording when it comes first,
 * measured (within the step budget, in the order of the refined bounds) when it comes first again, and
 * taken when it comes first measured: no pair left can then score more, as scores never exceed their
 * bounds. A pair whose old or new card is already taken is dropped unmeasured, so a note where every
 * card was edited costs about one measure per card rather than one per pair of cards.
 */
function matchSimilar(
	oldCards: readonly MatchableCard[],
	newCards: readonly MatchableCard[],
	result: (number | undefined)[],
	taken: Set<number>,
): void {
	const freeOld = oldCards.map((_, i) => i).filter((i) => !taken.has(i));
	const freeNew = newCards.map((_, i) => i).filter((i) => result[i] === undefined);
	if (freeOld.length === 0 || freeNew.length === 0) return;
	const windowed = freeOld.length * freeNew.length > FULL_SIMILARITY_PAIRS;
	const oldSides = new Map(freeOld.map((i) => [i, sidesOf(oldCards[i] as MatchableCard)]));
	const newSides = new Map(freeNew.map((i) => [i, sidesOf(newCards[i] as MatchableCard)]));
	const sides = (pair: RankedPair): [CardSides, CardSides] => [oldSides.get(pair.oldIndex) as CardSides, newSides.get(pair.newIndex) as CardSides];
	const heap = new PairHeap();
	for (const newIndex of freeNew) {
		for (const oldIndex of freeOld) {
			if (windowed && Math.abs(oldIndex - newIndex) > SIMILARITY_WINDOW) continue;
			const bound = scoreBound(oldSides.get(oldIndex) as CardSides, newSides.get(newIndex) as CardSides, false);
			const distance = Math.abs((oldCards[oldIndex] as MatchableCard).line - (newCards[newIndex] as MatchableCard).line);
			if (bound > 0) heap.push({ oldIndex, newIndex, score: bound, distance, stage: 0 });
		}
	}
	const cells = { count: 0 };
	for (let pair = heap.pop(); pair; pair = heap.pop()) {
		if (taken.has(pair.oldIndex) || result[pair.newIndex] !== undefined) continue;
		if (pair.stage === 2) {
			result[pair.newIndex] = pair.oldIndex;
			taken.add(pair.oldIndex);
			continue;
		}
		// Past the budget, pairs are no longer measured: not matched, their cards start afresh.
		if (pair.stage === 1 && cells.count > STEP_BUDGET) continue;
		const score = pair.stage === 0 ? scoreBound(...sides(pair)) : editedScore(...sides(pair), cells);
		if (score > 0) heap.push({ ...pair, score, stage: pair.stage === 0 ? 1 : 2 });
	}
}

/**
 * How alike two cards are once both front and back may have changed (see `editedScore`): 0 when they
 * are not the same card, else a score for ranking.
 */
export function editedCardScore(a: MatchableCard, b: MatchableCard): number {
	return editedScore(sidesOf(a), sidesOf(b));
}

/**
 * Whether a card found in another note is this one: same anchor, or the same front and back, or one of
 * them the same and the other close (a short back alone never identifies a card across notes).
 */
export function sameCardElsewhere(a: MatchableCard, b: MatchableCard): boolean {
	if (a.anchor && b.anchor) return a.anchor === b.anchor;
	const frontA = frontText(a.front);
	const frontB = frontText(b.front);
	const backA = normaliseText(a.back);
	const backB = normaliseText(b.back);
	if (frontA === frontB && (backA === backB || editSimilarity(backA, backB) >= CLOSE)) return frontA !== "";
	return backA === backB && backA.length >= MIN_IDENTIFYING_BACK && editSimilarity(frontA, frontB) >= CLOSE;
}
