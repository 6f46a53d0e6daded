/**
 * Bounded edit distance for card matching. Matching only asks whether two texts are within a share of
 * edits of each other, so the distance is followed along diagonals up to that limit only (Landau and
 * Vishkin), and long texts are first compared by their pairs of words, which costs a sort.
 */

/** A text as the matcher compares it (normalised, lower case); its letter pairs are made when first asked. */
export interface TextProfile {
	text: string;
	/** Every pair of adjacent UTF-16 units, as `first * 65536 + second`, sorted ascending (see `gramsOf`). */
	grams?: Uint32Array;
}

/** The letter pairs of a profile, made once. */
export function gramsOf(profile: TextProfile): Uint32Array {
	if (profile.grams) return profile.grams;
	const { text } = profile;
	const grams = new Uint32Array(Math.max(0, text.length - 1));
	for (let i = 0; i < grams.length; i++) grams[i] = text.charCodeAt(i) * 65536 + text.charCodeAt(i + 1);
	profile.grams = grams.sort();
	return profile.grams;
}

/**
 * The pairs of adjacent words of a text (split at spaces), hashed and sorted: what a long text keeps
 * of its wording when a few terms are edited, and what two texts on one subject rarely share.
 */
export function wordPairs(text: string): Uint32Array {
	const hashes: number[] = [];
	let h = FNV_OFFSET;
	for (let i = 0; i <= text.length; i++) {
		const code = i < text.length ? text.charCodeAt(i) : 32;
		if (code !== 32) h = Math.imul(h ^ code, FNV_PRIME);
		else if (h !== FNV_OFFSET) {
			hashes.push(h >>> 0);
			h = FNV_OFFSET;
		}
	}
	const pairs = new Uint32Array(Math.max(0, hashes.length - 1));
	for (let i = 0; i < pairs.length; i++) pairs[i] = (Math.imul(hashes[i] ?? 0, 31) ^ (hashes[i + 1] ?? 0)) >>> 0;
	return pairs.sort();
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** How many items two sorted lists share, counting repeats as often as both have them. */
export function sharedSorted(x: Uint32Array, y: Uint32Array): number {
	let i = 0;
	let j = 0;
	let shared = 0;
	while (i < x.length && j < y.length) {
		const p = x[i] as number;
		const q = y[j] as number;
		if (p === q) {
			shared++;
			i++;
			j++;
		} else if (p < q) i++;
		else j++;
	}
	return shared;
}

/** Below any row: a diagonal not reached yet. */
const UNREACHED = -0x40000000;

/**
 * The Levenshtein distance of `x` and `y` when it is at most `limit`, else `limit + 1`, by diagonal
 * transitions (Landau and Vishkin): for e = 0, 1, … edits, how far along each diagonal the texts can
 * be matched, sliding over equal characters for free. It costs about length + distance² steps (a term
 * renamed in a 2 KB answer: a few thousand), never length²; `cells.count` grows by the steps taken.
 */
export function boundedDistance(x: string, y: string, limit: number, cells: { count: number } = { count: 0 }): number {
	const n = x.length;
	const m = y.length;
	if (Math.abs(n - m) > limit) return limit + 1;
	// Diagonal k (column − row) is stored at k + offset; the final cell lies on diagonal m − n.
	const offset = limit + 1;
	const target = m - n + offset;
	let previous = new Int32Array(2 * limit + 3).fill(UNREACHED);
	let current = new Int32Array(2 * limit + 3).fill(UNREACHED);
	let steps = 0;
	let row = 0;
	while (row < n && row < m && x.charCodeAt(row) === y.charCodeAt(row)) row++;
	steps += row + 1;
	previous[offset] = row;
	let distance = previous[target] === n ? 0 : limit + 1;
	for (let e = 1; e <= limit && distance > limit; e++) {
		for (let k = Math.max(-e, -n); k <= Math.min(e, m); k++) {
			const at = k + offset;
			// A replaced character moves along the diagonal, an inserted one comes from the diagonal to
			// the left (same row), a deleted one from the diagonal to the right (next row).
			let i = Math.max((previous[at] as number) + 1, previous[at - 1] as number, (previous[at + 1] as number) + 1);
			i = Math.min(i, n, m - k);
			if (i < 0 || i + k < 0) {
				current[at] = UNREACHED;
				continue;
			}
			const from = i;
			while (i < n && i + k < m && x.charCodeAt(i) === y.charCodeAt(i + k)) i++;
			steps += i - from + 1;
			current[at] = i;
		}
		if (current[target] === n) distance = e;
		[previous, current] = [current, previous];
	}
	cells.count += steps;
	return distance;
}
