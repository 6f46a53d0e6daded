import type { CardKind } from "../../types";

/** Length of a minted note card id: base-36 digits (about 52 bits). */
export const ID_LENGTH = 10;

const ID_SPACE = 36 ** ID_LENGTH;
const HALF_LENGTH = ID_LENGTH / 2;
const HALF_SPACE = 36 ** HALF_LENGTH;

/**
 * A 53-bit string hash (cyrb53, public domain). Deterministic on every platform, so two devices hashing
 * the same text agree; not cryptographic, collisions are handled by the caller.
 */
export function hash53(text: string, seed = 0): number {
	let h1 = 0xdeadbeef ^ seed;
	let h2 = 0x41c6ce57 ^ seed;
	for (let i = 0; i < text.length; i++) {
		const ch = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ ch, 2654435761);
		h2 = Math.imul(h2 ^ ch, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
	h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
	h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * A short base-36 digest of a text, `ID_LENGTH` characters: the hash modulo 36^10 in base 36, written
 * as two halves (formatting two small integers is several times faster than one 52-bit number).
 */
export function shortHash(text: string): string {
	const n = hash53(text) % ID_SPACE;
	const high = Math.floor(n / HALF_SPACE);
	return high.toString(36).padStart(HALF_LENGTH, "0") + (n - high * HALF_SPACE).toString(36).padStart(HALF_LENGTH, "0");
}

/** What a note card's id is minted from; `occurrence` counts earlier cards of the note with the same kind and front. */
export interface MintKey {
	path: string;
	kind: CardKind;
	front: string;
	/** 0 for the first card of the note with this kind and front, 1 for the second, … */
	occurrence: number;
}

/**
 * The id every device mints for a note card seen for the first time (no collision handling): a hash of
 * path, kind, front and occurrence. Also the "natural id" used to recognise ids minted elsewhere.
 */
export function naturalId(key: MintKey): string {
	return shortHash(`${key.path}\u0000${key.kind}\u0000${key.front}\u0000${key.occurrence}`);
}

/**
 * Mints a note card id that `inUse` rejects for no other card: the natural id, or the natural id of
 * the key salted with 1, 2, … when a different card already holds it (a rare hash or path collision).
 */
export function mintId(key: MintKey, inUse: (id: string) => boolean, natural = naturalId(key)): string {
	let id = natural;
	for (let salt = 1; inUse(id); salt++) {
		id = shortHash(`${key.path}\u0000${key.kind}\u0000${key.front}\u0000${key.occurrence}\u0000${salt}`);
	}
	return id;
}

/** Ids of the reviewable cards of a note card: `<id>` (basic, reminder), `<id>` + `<id>-r` (reversed), `<id>-c<N>` (cloze). */
export function reviewableIds(noteCardId: string, kind: CardKind, clozes: readonly number[] = []): string[] {
	switch (kind) {
		case "basic":
		case "reminder":
			return [noteCardId];
		case "reversed":
			return [noteCardId, `${noteCardId}${REVERSE_SUFFIX}`];
		case "cloze":
			return clozes.map((n) => `${noteCardId}-c${n}`);
	}
}

/** Suffix of the back→front side of a reversed card. */
export const REVERSE_SUFFIX = "-r";

/** A reviewable card id split into its note card id and its side (`""`, `"-r"` or `"-c<N>"`). */
export interface SplitId {
	base: string;
	suffix: string;
}

/** Splits a reviewable id at its first `-`; note card ids never contain one. */
export function splitId(id: string): SplitId {
	const dash = id.indexOf("-");
	return dash < 0 ? { base: id, suffix: "" } : { base: id.slice(0, dash), suffix: id.slice(dash) };
}

/** The cloze number a reviewable id asks, when it is a cloze side. */
export function clozeOf(id: string): number | undefined {
	const { suffix } = splitId(id);
	return suffix.startsWith("-c") ? Number(suffix.slice(2)) : undefined;
}

/** Whether a string has the shape of a reviewable id (letters/digits, optional `-r` / `-cN` side). */
export function isReviewableId(value: string): boolean {
	// `^[0-9A-Za-z_]{1,40}(-r|-c[0-9]{1,16})?$`, read character by character: loading asks it of every
	// line of the log and of the cache, and a loop is several times faster than the expression there.
	// Any cloze number a note can hold (up to 16 digits, every exact integer) makes a valid id.
	const length = value.length;
	let i = 0;
	while (i < length && isWordCode(value.charCodeAt(i))) i++;
	if (i === 0 || i > 40) return false;
	if (i === length) return true;
	if (value.charCodeAt(i) !== DASH || i + 1 >= length) return false;
	const side = value.charCodeAt(i + 1);
	if (side === LOWER_R) return i + 2 === length;
	if (side !== LOWER_C) return false;
	const digits = length - i - 2;
	if (digits < 1 || digits > 16) return false;
	for (let k = i + 2; k < length; k++) if (!isDigitCode(value.charCodeAt(k))) return false;
	return true;
}

const DASH = 45;
const LOWER_R = 114;
const LOWER_C = 99;

function isDigitCode(code: number): boolean {
	return code >= 48 && code <= 57;
}

/** `[0-9A-Za-z_]` */
function isWordCode(code: number): boolean {
	return isDigitCode(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}
