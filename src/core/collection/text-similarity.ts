/** Text as the matcher compares it exactly: runs of whitespace collapsed, ends trimmed. */
export function normaliseText(text: string): string {
	return text.replace(/\s+/g, " ").trim();
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
