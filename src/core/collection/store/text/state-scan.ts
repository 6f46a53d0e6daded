/**
 * Checking a card's state in a cache text (see packed-state.ts) in one pass over its characters: the
 * syntax and range of each field, whether it is written as this version writes it, and the messages
 * naming the field at fault.
 */
import { at, CollectionDataError } from "../json/data-checks";

const ZERO_CODE = 48;
const COMMA = 44;
const NEWLINE = 10;
const MINUS = 45;
const DOT = 46;
const FIELDS = ["a state code 0–3", "a whole number", "a number", "a number", "a number", "a whole number ≥ 0", "a whole number ≥ 0"];
/** No decimal with this many digits before its point (and no exponent) can overflow to Infinity. */
const MAX_PLAIN_DIGITS = 300;

function fail(id: string, field: number, got: string): never {
	throw new CollectionDataError(`Invalid store data at ${at(at("cache", id), field)}: expected ${FIELDS[field] ?? "7 fields"}, got ${JSON.stringify(got)}.`);
}

/** Slots of the `out` array of `scanState`. */
export const CANONICAL = 0;
const FAILED_FIELD = 1;
const FAILED_AT = 2;
/** Field k ends at `out[ENDS + k]`. */
export const ENDS = 3;
/** The failed "field" when the line as a whole is not 7 fields. */
const SHAPE = -1;
/** The failed "field" when stability or difficulty is a number the scheduler refuses. */
const BAD_STABILITY = -2;
const BAD_DIFFICULTY = -3;
/** Smallest stability (days) the scheduler accepts once a card has a memory state. */
const MIN_STABILITY = 0.001;

/**
 * End of a whole number in `[min, max]` at `i` (a `-` allowed when min < 0), or -1. Clears
 * `out[CANONICAL]` for a form `String()` would not write (leading zeros, `-0`).
 */
function wholeEnd(t: string, i: number, min: number, max: number, out: Float64Array): number {
	let c = t.charCodeAt(i);
	const negative = min < 0 && c === MINUS;
	if (negative) c = t.charCodeAt(++i);
	const start = i;
	let value = 0;
	while (c >= ZERO_CODE && c <= ZERO_CODE + 9) {
		value = value * 10 + c - ZERO_CODE;
		c = t.charCodeAt(++i);
	}
	if (i === start || (negative ? -value : value) < min || value > max) return -1;
	if ((i - start > 1 && t.charCodeAt(start) === ZERO_CODE) || (negative && value === 0)) out[CANONICAL] = 0;
	return i;
}

/**
 * End of a decimal at `i` (`-`? digits (`.` digits)? (`e` sign? digits)?), or -1 (also for one that
 * would overflow). Clears `out[CANONICAL]` unless it is written as `String()` writes it: no leading or
 * trailing zeros, no `-0`, and at most 15 significant digits (so that it is the shortest text of its
 * double, 15 digits always round-tripping) without an exponent form (1e-6 <= |x| < 1e21). Exponents
 * (which this code never writes for stability, difficulty or days) count as not canonical.
 */
function decimalEnd(t: string, i: number, out: Float64Array): number {
	const first = i;
	let c = t.charCodeAt(i);
	const negative = c === MINUS;
	if (negative) c = t.charCodeAt(++i);
	const start = i;
	let nonZero = false;
	while (c >= ZERO_CODE && c <= ZERO_CODE + 9) {
		if (c !== ZERO_CODE) nonZero = true;
		c = t.charCodeAt(++i);
	}
	const intDigits = i - start;
	if (intDigits === 0 || intDigits > MAX_PLAIN_DIGITS) return -1;
	const leadingZero = t.charCodeAt(start) === ZERO_CODE;
	let canonical = !(leadingZero && intDigits > 1) && intDigits <= 21;
	let significant = leadingZero ? 0 : intDigits;
	if (c === DOT) {
		const fraction = ++i;
		c = t.charCodeAt(i);
		let zeros = 0;
		while (c === ZERO_CODE && leadingZero) {
			zeros++;
			c = t.charCodeAt(++i);
		}
		while (c >= ZERO_CODE && c <= ZERO_CODE + 9) {
			if (c !== ZERO_CODE) nonZero = true;
			c = t.charCodeAt(++i);
		}
		if (i === fraction) return -1;
		if (t.charCodeAt(i - 1) === ZERO_CODE || zeros >= 6) canonical = false;
		significant += i - fraction - zeros;
	}
	if (c === 101 || c === 69) {
		// An exponent: read it to be sure the number is finite (rare, so a slice is fine).
		c = t.charCodeAt(++i);
		if (c === 43 || c === MINUS) c = t.charCodeAt(++i);
		const exponent = i;
		while (c >= ZERO_CODE && c <= ZERO_CODE + 9) c = t.charCodeAt(++i);
		if (i === exponent || !Number.isFinite(Number(t.slice(first, i)))) return -1;
		canonical = false;
	}
	if (!canonical || significant > 15 || (negative && !nonZero)) out[CANONICAL] = 0;
	return i;
}

/** Where a number lies against the bounds of a memory state: 0, 0.001, 1 and 10. */
const ZERO = 0;
const BELOW_MIN = 1;
const BELOW_ONE = 2;
const ONE_TO_TEN = 3;
const ABOVE_TEN = 4;

/** The band (see above) of the decimal written in `t[start, end)`, read from its digits (a number only for an exponent). */
function band(t: string, start: number, end: number): number {
	let i = start;
	const negative = t.charCodeAt(i) === MINUS;
	if (negative) i++;
	let whole = 0;
	for (let c = t.charCodeAt(i); i < end && c >= ZERO_CODE && c <= ZERO_CODE + 9; c = t.charCodeAt(++i)) whole = Math.min(whole * 10 + c - ZERO_CODE, 1e6);
	let zeros = 0;
	let fraction = false;
	if (t.charCodeAt(i) === DOT) {
		for (i++; i < end && t.charCodeAt(i) === ZERO_CODE; i++) zeros++;
		for (let c = t.charCodeAt(i); i < end && c >= ZERO_CODE && c <= ZERO_CODE + 9; c = t.charCodeAt(++i)) fraction = true;
	}
	if (i < end) {
		// An exponent.
		const x = Number(t.slice(start, end));
		return x === 0 ? ZERO : x < MIN_STABILITY ? BELOW_MIN : x < 1 ? BELOW_ONE : x <= 10 ? ONE_TO_TEN : ABOVE_TEN;
	}
	if (whole === 0 && !fraction) return ZERO;
	if (negative) return BELOW_MIN;
	if (whole === 0) return zeros >= 3 ? BELOW_MIN : BELOW_ONE;
	return whole < 10 || (whole === 10 && !fraction) ? ONE_TO_TEN : ABOVE_TEN;
}

/**
 * After field `k` (which began at `start` and ends at `end`, -1 when bad): where the next one begins,
 * or -1 with the failure noted when the field is bad or not followed by `,` (by a line end for the last).
 */
function field(t: string, start: number, k: number, end: number, out: Float64Array): number {
	const after = t.charCodeAt(end);
	if (end < 0 || (k < 6 ? after !== COMMA : !Number.isNaN(after) && after !== NEWLINE)) {
		// A good field followed by the wrong separator: the line does not have the 7 fields.
		out[FAILED_FIELD] = end < 0 ? k : SHAPE;
		out[FAILED_AT] = start;
		return -1;
	}
	out[ENDS + k] = end;
	return end + 1;
}

/**
 * Checks one card's state written in `t` from `i` to the end of its line (7 fields, each checked) in
 * one pass with no allocation. Returns the end, with whether it is written exactly as `packState`
 * writes it and each field's end in `out`; or -1, with the bad field and where it starts in `out`.
 */
export function scanState(t: string, i: number, out: Float64Array): number {
	out[CANONICAL] = 1;
	const start = i;
	i = field(t, start, 0, wholeEnd(t, i, 0, 3, out), out);
	if (i > 0) i = field(t, i, 1, wholeEnd(t, i, -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, out), out);
	if (i > 0) i = field(t, i, 2, decimalEnd(t, i, out), out);
	if (i > 0) i = field(t, i, 3, decimalEnd(t, i, out), out);
	if (i > 0) i = field(t, i, 4, decimalEnd(t, i, out), out);
	if (i > 0) i = field(t, i, 5, wholeEnd(t, i, 0, Number.MAX_SAFE_INTEGER, out), out);
	if (i > 0) i = field(t, i, 6, wholeEnd(t, i, 0, Number.MAX_SAFE_INTEGER, out), out);
	if (i < 0) return -1;
	// The scheduler refuses any other memory state, so such a cache would fail at the next answer instead.
	const stabilityStart = (out[ENDS + 1] as number) + 1;
	const difficultyStart = (out[ENDS + 2] as number) + 1;
	const stability = band(t, stabilityStart, out[ENDS + 2] as number);
	const difficulty = band(t, difficultyStart, out[ENDS + 3] as number);
	if (stability === ZERO && difficulty === ZERO) return i - 1;
	out[FAILED_FIELD] = stability <= BELOW_MIN ? BAD_STABILITY : difficulty !== ONE_TO_TEN ? BAD_DIFFICULTY : 0;
	out[FAILED_AT] = stability <= BELOW_MIN ? stabilityStart : difficultyStart;
	return out[FAILED_FIELD] === 0 ? i - 1 : -1;
}

/** Throws the `CollectionDataError` for the problem `scanState` found in card `id`'s state. */
export function failState(t: string, id: string, lineStart: number, out: Float64Array): never {
	const field = out[FAILED_FIELD] as number;
	if (field === BAD_STABILITY || field === BAD_DIFFICULTY) {
		const start = out[FAILED_AT] as number;
		let stop = start;
		while (stop < t.length && t.charCodeAt(stop) !== COMMA) stop++;
		const [k, expected] = field === BAD_STABILITY ? [2, `a stability of at least ${MIN_STABILITY}`] : [3, "a difficulty from 1 to 10"];
		throw new CollectionDataError(`Invalid store data at ${at(at("cache", id), k)}: expected ${expected}, got ${JSON.stringify(t.slice(start, stop))}.`);
	}
	if (field === SHAPE) {
		const end = t.indexOf("\n", lineStart);
		throw new CollectionDataError(
			`Invalid store data at ${at("cache", id)}: expected a schedule state,due,stability,difficulty,scheduledDays,step,lapses, got ${JSON.stringify(t.slice(lineStart, end < 0 ? t.length : end))}.`,
		);
	}
	let stop = out[FAILED_AT] as number;
	const start = stop;
	while (stop < t.length && t.charCodeAt(stop) !== NEWLINE && (field === 6 || t.charCodeAt(stop) !== COMMA)) stop++;
	fail(id, field, t.slice(start, stop));
}

/** Length of the `out` array `scanState` needs. */
export const STATE_SLOTS = ENDS + 7;
