/**
 * The last matching pass: cards whose front or back was edited. Every old card is compared with every
 * new one, so each comparison must be cheap: each side is prepared once per card, lengths and (for long
 * sides) shared pairs of words rule pairs out before any distance is computed, the distance stops at
 * its limit, and the pairs most likely to match are measured first, within a budget of steps per note.
 */
import { sharedSorted, wordPairs, type TextProfile } from "./edit-distance";
import { comparedProfile, normaliseText, profileEditSimilarity, profileSimilarity } from "./text-similarity";

/** Edit similarity from which one side alone identifies an edited card (at most 10 % of it retyped). */
export const NEARLY_SAME = 0.9;

/** Edit similarity of a side that identifies a card when the other side is still related. */
export const CLOSE = 0.85;

/** Bigram similarity the other side must keep when one side is only close. */
const STILL_RELATED = 0.5;

/** Shortest front and back (normalised characters) that count on their own. */
const MIN_FRONT = 4;

/**
 * From this length (normalised characters) a side is long: its distance to another side is measured
 * only when the two still share half their pairs of adjacent words. Renaming a term, fixing typos or
 * rewriting a sentence keeps most of them; two answers on one subject, written in the same words,
 * share few. (An edit of one letter in every word would pass the 20 % rule yet lose them all: such a
 * rewrite starts the card afresh.) Short sides are always measured: their tables are small.
 */
export const LONG_SIDE = 200;

/** Share of word pairs (Dice) a long side must keep to be measured. */
const WORD_PAIRS_KEPT = 0.5;

/**
 * Distance steps one re-index may take (about 20 ms here). Only a note where many long cards were all
 * edited at once could reach it; the pairs not measured then are not matched (their cards start
 * afresh, the old ones become orphans with their history).
 */
export const STEP_BUDGET = 2_000_000;

/** One side of a card as the pass compares it. */
interface Side {
	/** Normalised text (for equality of short sides). */
	text: string;
	/** Its profile, absent when the side is too short to identify a card. */
	profile?: TextProfile;
	/** Its pairs of adjacent words, for a long side only (see `LONG_SIDE`). */
	words?: Uint32Array;
}

/** Both sides of a card, made once per card. */
export interface CardSides {
	front: Side;
	back: Side;
}

function sideOf(text: string, minLength: number): Side {
	const normalised = normaliseText(text);
	if (normalised.length < minLength) return { text: normalised };
	const profile = comparedProfile(normalised);
	return profile.text.length < LONG_SIDE ? { text: normalised, profile } : { text: normalised, profile, words: wordPairs(profile.text) };
}

/** Whether two long sides share too few word pairs to be one edited text (short sides always may be). */
function reworded(a: Side, b: Side): boolean {
	if (!a.words || !b.words) return false;
	const sizes = a.words.length + b.words.length;
	return sizes > 0 && (2 * sharedSorted(a.words, b.words)) / sizes < WORD_PAIRS_KEPT;
}

/** The sides of a card (`front` already without its cloze markup). */
export function cardSides(front: string, back: string, minBack: number): CardSides {
	return { front: sideOf(front, MIN_FRONT), back: sideOf(back, minBack) };
}

/**
 * The best edit similarity two sides could have, from their lengths (and wording, when long and
 * `wording`); 0 if too short.
 */
function similarityBound(a: Side, b: Side, wording: boolean): number {
	if (!a.profile || !b.profile || (wording && reworded(a, b))) return 0;
	const longest = Math.max(a.profile.text.length, b.profile.text.length);
	return longest === 0 ? 1 : 1 - Math.abs(a.profile.text.length - b.profile.text.length) / longest;
}

/** Whether the other side still relates: enough shared letter pairs, or the same short text. */
function related(a: Side, b: Side): boolean {
	if (!a.profile || !b.profile) return a.text === b.text && a.text !== "";
	return profileSimilarity(a.profile, b.profile) >= STILL_RELATED;
}

/** Edit similarity of two sides, or 0 under `atLeast`; a short side never identifies a card by itself. */
function edit(a: Side, b: Side, atLeast: number, cells: { count: number }): number {
	return a.profile && b.profile && !reworded(a, b) ? profileEditSimilarity(a.profile, b.profile, atLeast, cells) : 0;
}

/**
 * Upper bound of `editedScore` (0 when the pair cannot match), for ordering and ruling out pairs; a
 * looser one from the lengths alone without `wording` (comparing word pairs costs more).
 */
export function scoreBound(a: CardSides, b: CardSides, wording = true): number {
	const front = similarityBound(a.front, b.front, wording);
	const back = similarityBound(a.back, b.back, wording);
	return Math.max(front, back) < CLOSE ? 0 : front + back;
}

/**
 * How alike two cards are once both front and back may have changed: 0 when they are not the same card,
 * else front + back edit similarity, for ranking. One side nearly the same (a typo), or one side close
 * and the other still related, makes a match. "Capital of France?" / "Paris…" vs "Capital of Spain?" /
 * "Madrid…" does not, nor "What are Cognito User Pools?" vs "… Identity Pools?" with other answers.
 * Sides are first measured only as far as deciding needs (close or not), in full only for a match.
 */
export function editedScore(a: CardSides, b: CardSides, cells: { count: number } = { count: 0 }): number {
	const frontClose = edit(a.front, b.front, CLOSE, cells);
	const backClose = edit(a.back, b.back, CLOSE, cells);
	const same =
		Math.max(frontClose, backClose) >= NEARLY_SAME ||
		(frontClose >= CLOSE && related(a.back, b.back)) ||
		(backClose >= CLOSE && related(a.front, b.front));
	if (!same) return 0;
	const front = frontClose >= CLOSE ? frontClose : edit(a.front, b.front, 0, cells);
	const back = backClose >= CLOSE ? backClose : edit(a.back, b.back, 0, cells);
	return front + back;
}
