import { boundedDistance, gramsOf, sharedSorted, type TextProfile } from "./edit-distance";

/** Whether a character code may be whitespace other than a plain space (`\s` in a regular expression). */
function mayBeOtherSpace(code: number): boolean {
	return code < 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Text as the matcher compares it exactly: runs of whitespace collapsed, ends trimmed. */
export function normaliseText(text: string): string {
	// Most texts are already so (single spaces, no line breaks): checking is cheaper than rewriting.
	let previousSpace = true;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 32 ? previousSpace : mayBeOtherSpace(code)) return text.replace(/\s+/g, " ").trim();
		previousSpace = code === 32;
	}
	return previousSpace && text.length > 0 ? text.trimEnd() : text;
}

/** The profile of a text as both measures below read it: normalised, lower case. */
export function comparedProfile(text: string): TextProfile {
	return { text: normaliseText(text).toLowerCase() };
}

/**
 * Sørensen–Dice coefficient of the character bigrams of two texts, case and spacing ignored: 1 for the
 * same text, 0 for texts sharing no pair of letters. A typo fix in a sentence scores above 0.8.
 */
export function similarity(a: string, b: string): number {
	return profileSimilarity(comparedProfile(a), comparedProfile(b));
}

/** `similarity` of two profiles. */
export function profileSimilarity(x: TextProfile, y: TextProfile): number {
	const [a, b] = [gramsOf(x), gramsOf(y)];
	if (a.length + b.length === 0) return x.text === y.text ? 1 : 0;
	return (2 * sharedSorted(a, b)) / (a.length + b.length);
}

/** Beyond this share of edited characters, `editSimilarity` stops counting and answers 0. */
export const MAX_EDIT_SHARE = 0.2;

/**
 * 1 minus the Levenshtein distance over the longer length, on normalised lowercase text: a typo fix in a
 * 25-character question scores 0.96, "Capital of France?" vs "Capital of Spain?" 0.72. Texts more than
 * 20 % apart score 0 (the banded computation gives up early), so long texts stay cheap.
 */
export function editSimilarity(a: string, b: string): number {
	return profileEditSimilarity(comparedProfile(a), comparedProfile(b));
}

/**
 * `editSimilarity` of two profiles, or 0 when it would be under `atLeast` (at most `MAX_EDIT_SHARE`
 * away): a caller that only needs to know whether texts are close asks for less work.
 */
export function profileEditSimilarity(x: TextProfile, y: TextProfile, atLeast = 1 - MAX_EDIT_SHARE, cells?: { count: number }): number {
	const longest = Math.max(x.text.length, y.text.length);
	if (longest === 0) return 1;
	// The small epsilon keeps 1 − 0.8 (0.19999…) from dropping a whole edit; callers compare the score anyway.
	const limit = Math.min(Math.floor(longest * MAX_EDIT_SHARE), Math.floor(longest * (1 - atLeast) + 1e-9));
	const distance = boundedDistance(x.text, y.text, limit, cells);
	return distance > limit ? 0 : 1 - distance / longest;
}
