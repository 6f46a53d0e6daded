import { clozeFreeText } from "../../parser/clozes";
import { editSimilarity, normaliseText, similarity } from "./text-similarity";

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

/** The exact passes, strongest first (DESIGN §4). */
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

interface ScoredPair {
	oldIndex: number;
	newIndex: number;
	score: number;
	distance: number;
}

/** Edit similarity from which one side alone identifies an edited card (at most 10 % of it retyped). */
export const NEARLY_SAME = 0.9;

/** Edit similarity of a side that identifies a card when the other side is still related. */
export const CLOSE = 0.85;

/** Bigram similarity the other side must keep when one side is only close. */
const STILL_RELATED = 0.5;

/** Normalised text of a side, or undefined when it is too short to count on its own. */
function comparable(text: string, minLength: number): string | undefined {
	const normalised = normaliseText(text);
	return normalised.length < minLength ? undefined : normalised;
}

/** Edit similarity of two sides; a short side ("Yes", "42") never identifies a card by itself. */
function sideEdit(a: string, b: string, minLength: number): number {
	const x = comparable(a, minLength);
	const y = comparable(b, minLength);
	return x === undefined || y === undefined ? 0 : editSimilarity(x, y);
}

/** Whether the other side still relates: enough shared letter pairs, or the same short text. */
function sideRelated(a: string, b: string, minLength: number): boolean {
	const x = comparable(a, minLength);
	const y = comparable(b, minLength);
	if (x === undefined || y === undefined) return normaliseText(a) === normaliseText(b) && normaliseText(a) !== "";
	return similarity(x, y) >= STILL_RELATED;
}

/**
 * How alike two cards are once both front and back may have changed: 0 when they are not the same card,
 * else a score for ranking. One side nearly the same (a typo), or one side close and the other still
 * related, makes a match. "Capital of France?" / "Paris…" vs "Capital of Spain?" / "Madrid…" does not,
 * nor "What are Cognito User Pools?" vs "… Identity Pools?" with other answers. Edit similarity is
 * banded, so unrelated texts cost little.
 */
export function editedCardScore(a: MatchableCard, b: MatchableCard): number {
	const [frontA, frontB] = [frontText(a.front), frontText(b.front)];
	const front = sideEdit(frontA, frontB, 4);
	const back = sideEdit(a.back, b.back, MIN_IDENTIFYING_BACK);
	const same =
		Math.max(front, back) >= NEARLY_SAME ||
		(front >= CLOSE && sideRelated(a.back, b.back, MIN_IDENTIFYING_BACK)) ||
		(back >= CLOSE && sideRelated(frontA, frontB, 4));
	return same ? front + back : 0;
}

function matchSimilar(
	oldCards: readonly MatchableCard[],
	newCards: readonly MatchableCard[],
	result: (number | undefined)[],
	taken: Set<number>,
): void {
	const freeOld = oldCards.map((_, i) => i).filter((i) => !taken.has(i));
	const freeNew = newCards.map((_, i) => i).filter((i) => result[i] === undefined);
	const windowed = freeOld.length * freeNew.length > FULL_SIMILARITY_PAIRS;
	const pairs: ScoredPair[] = [];
	for (const newIndex of freeNew) {
		const card = newCards[newIndex] as MatchableCard;
		for (const oldIndex of freeOld) {
			const old = oldCards[oldIndex] as MatchableCard;
			const distance = Math.abs(old.line - card.line);
			if (windowed && Math.abs(oldIndex - newIndex) > SIMILARITY_WINDOW) continue;
			const score = editedCardScore(old, card);
			if (score > 0) pairs.push({ oldIndex, newIndex, score, distance });
		}
	}
	pairs.sort((a, b) => b.score - a.score || a.distance - b.distance || a.newIndex - b.newIndex || a.oldIndex - b.oldIndex);
	for (const pair of pairs) {
		if (taken.has(pair.oldIndex) || result[pair.newIndex] !== undefined) continue;
		result[pair.newIndex] = pair.oldIndex;
		taken.add(pair.oldIndex);
	}
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
