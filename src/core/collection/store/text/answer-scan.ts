/**
 * Checking a card's answers in a log text (see packed-log.ts) in one tight pass over its characters,
 * and the messages naming the answer and field at fault. Loading runs it over every answer of a
 * store, so it allocates nothing and calls nothing per character.
 */
import type { Rating } from "../../../types";
import type { LogEntry } from "../../log/log-entry";
import { MAX_DURATION_MS, MAX_OFFSET_MINUTES, MAX_TIME } from "../../log/log-limits";
import { at, CollectionDataError, type Where } from "../json/data-checks";
import { DURATION_UNIT_MS } from "../json/store-schema";

/** Called with each answer as it is read; `device` indexes the table; `more`: fields of a newer version. */
export type AnswerSink = (time: number, rating: Rating, duration: number | undefined, device: number, offset: number, rev: number, more?: string) => void;

/** How a layout writes one card's answers in a line: checked reading, the error it names, writing. */
export interface AnswerCodec {
	/**
	 * Reads one card's answers from `i` to the end of its line, checking everything; returns where the
	 * line ends with a summary in `out` (COUNT, LAST_TIME, LAST_OFFSET, MASK, CANONICAL), or -1 with
	 * the place of the first problem in `out`. Calls `sink` with each answer when given.
	 */
	scan(t: string, i: number, devices: readonly string[], out: Float64Array, sink?: AnswerSink): number;
	/** Throws the `CollectionDataError` for the problem `scan` left in `out`. */
	failLine(t: string, id: string, devices: readonly string[], out: Float64Array): never;
	/** One card's answers as this layout writes them. */
	pack(entries: readonly LogEntry[], device: (name: string) => number): string;
}

const ZERO = 48;
const COMMA = 44;
const SPACE = 32;
const NEWLINE = 10;
const MINUS = 45;
/** Devices a line's device mask can tell apart (a line with a device beyond them has mask -1). */
export const MASK_BITS = 30;
const ANSWER_SHAPE = "an answer gap,rating[,duration,device,offset,rev]";

export function fail(where: Where, expected: string, got: string): never {
	throw new CollectionDataError(`Invalid store data at ${where}: expected ${expected}, got ${JSON.stringify(got)}.`);
}

/** Where an answer (and one of its fields) is in a store: `log["id"][k][field]`. */
function place(id: string, k: number, field?: number): Where {
	const answer = at(at("log", id), k);
	return field === undefined ? answer : at(answer, field);
}

/** What `scanAnswers` leaves in its `out` array (of `SCAN_SLOTS`): a summary after success, the place of the problem after a failure. */
export const COUNT = 0;
export const LAST_TIME = 1;
export const LAST_OFFSET = 2;
export const MASK = 3;
export const CANONICAL = 4;
export const SCAN_SLOTS = 5;
export const FAILED_ANSWER = 0;
/** The field at fault (0–5), or SHAPE (the answer as a whole), or ORDER. */
export const FAILED_FIELD = 1;
/** Where the bad field (or answer) starts; -1 for a device number carried over from an earlier answer. */
export const FAILED_AT = 2;
const FAILED_DEVICE = 3;
export const SHAPE = -1;
export const ORDER = -2;
export const RANGE = -3;

/** Notes where a scan found a problem; returns its failure value. */
export function failAt(out: Float64Array, k: number, field: number, at: number, device = 0): number {
	out[FAILED_ANSWER] = k;
	out[FAILED_FIELD] = field;
	out[FAILED_AT] = at;
	out[FAILED_DEVICE] = device;
	return -1;
}

export function isTerminator(code: number): boolean {
	// charCodeAt past the end of the text gives NaN.
	return code === SPACE || code === NEWLINE || Number.isNaN(code);
}

/**
 * Reads one card's answers starting at `i`, up to the end of its line, checking everything: numbers,
 * rating, device, order. One tight pass over the characters with no allocation, since loading runs it
 * over every answer of the store. Returns where the line ends, with count, last answer, devices and
 * whether the line is written exactly as `packAnswers` writes it in `out`; or -1, with the place of the
 * first problem in `out`. Calls `sink` with each answer when given.
 */
export function scanAnswers(t: string, i: number, devices: readonly string[], out: Float64Array, sink?: AnswerSink): number {
	let k = 0;
	let time = 0;
	let device = 0;
	let offset = 0;
	let previousDevice = 0;
	let previousRev = 0;
	let mask = 0;
	let canonical = 1;
	let c = t.charCodeAt(i);
	for (;;) {
		const answerStart = i;
		// gap (the first answer's time may be negative)
		let negative = k === 0 && c === MINUS;
		if (negative) c = t.charCodeAt(++i);
		let start = i;
		let value = 0;
		while (c >= ZERO && c <= ZERO + 9) {
			value = value * 10 + c - ZERO;
			c = t.charCodeAt(++i);
		}
		if (i === start || value > Number.MAX_SAFE_INTEGER || (c !== COMMA && !isTerminator(c))) return failAt(out, k, 0, answerStart, device);
		if ((i - start > 1 && t.charCodeAt(start) === ZERO) || (negative && value === 0)) canonical = 0;
		const previousTime = time;
		time = k === 0 ? (negative ? -value : value) : time + value;
		if (time > MAX_TIME || time < -MAX_TIME) return failAt(out, k, RANGE, answerStart, device);
		if (c !== COMMA) return failAt(out, k, SHAPE, answerStart, device);
		// rating
		start = ++i;
		const rating = t.charCodeAt(i) - ZERO;
		c = t.charCodeAt(++i);
		if (!(rating >= 1 && rating <= 4) || (c !== COMMA && !isTerminator(c))) return failAt(out, k, 1, start, device);
		let fields = 2;
		let duration = -1;
		let rev = 0;
		const previousOffset = offset;
		if (c === COMMA) {
			// duration, possibly empty
			fields = 3;
			start = ++i;
			c = t.charCodeAt(i);
			value = 0;
			while (c >= ZERO && c <= ZERO + 9) {
				value = value * 10 + c - ZERO;
				c = t.charCodeAt(++i);
			}
			if (value > Number.MAX_SAFE_INTEGER || (c !== COMMA && !isTerminator(c))) return failAt(out, k, 2, start, device);
			if (i > start) duration = value;
			if (i - start > 1 && t.charCodeAt(start) === ZERO) canonical = 0;
		}
		if (c === COMMA) {
			// device
			fields = 4;
			start = ++i;
			c = t.charCodeAt(i);
			value = 0;
			while (c >= ZERO && c <= ZERO + 9) {
				value = value * 10 + c - ZERO;
				c = t.charCodeAt(++i);
			}
			if (i === start || !(value < devices.length) || (c !== COMMA && !isTerminator(c))) return failAt(out, k, 3, start, device);
			if (i - start > 1 && t.charCodeAt(start) === ZERO) canonical = 0;
			device = value;
		}
		if (c === COMMA) {
			// UTC offset, minutes
			fields = 5;
			start = ++i;
			c = t.charCodeAt(i);
			negative = c === MINUS;
			if (negative) c = t.charCodeAt(++i);
			const digits = i;
			value = 0;
			while (c >= ZERO && c <= ZERO + 9) {
				value = value * 10 + c - ZERO;
				c = t.charCodeAt(++i);
			}
			if (i === digits || value > MAX_OFFSET_MINUTES || (c !== COMMA && !isTerminator(c))) return failAt(out, k, 4, start, device);
			if ((i - digits > 1 && t.charCodeAt(digits) === ZERO) || (negative && value === 0)) canonical = 0;
			offset = negative && value !== 0 ? -value : value;
		}
		if (c === COMMA) {
			// rev
			fields = 6;
			start = ++i;
			c = t.charCodeAt(i);
			value = 0;
			while (c >= ZERO && c <= ZERO + 9) {
				value = value * 10 + c - ZERO;
				c = t.charCodeAt(++i);
			}
			if (c === COMMA) return failAt(out, k, SHAPE, answerStart, device);
			if (i === start || value > Number.MAX_SAFE_INTEGER || !isTerminator(c)) return failAt(out, k, 5, start, device);
			if (i - start > 1 && t.charCodeAt(start) === ZERO) canonical = 0;
			rev = value;
		}
		// A device left out is the previous answer's (0 before the first), which must exist too.
		if (!(device < devices.length)) return failAt(out, k, 3, -1, device);
		if (k > 0 && !isAfter(previousTime, previousDevice, previousRev, time, device, rev, devices)) return failAt(out, k, ORDER, answerStart, device);
		mask = device < MASK_BITS && mask !== -1 ? mask | (1 << device) : -1;
		// packAnswers writes the optional fields up to the last one that says something.
		const needed = rev !== 0 ? 6 : offset !== previousOffset ? 5 : device !== previousDevice ? 4 : duration >= 0 ? 3 : 2;
		if (fields !== needed) canonical = 0;
		// Layout 3 kept any duration; what is kept now is at most a day (see log-limits.ts).
		sink?.(time, rating as Rating, duration < 0 ? undefined : Math.min(MAX_DURATION_MS, duration * DURATION_UNIT_MS), device, offset, rev);
		previousDevice = device;
		previousRev = rev;
		k++;
		// A space always starts another answer: a trailing one fails on the empty answer after it.
		if (c !== SPACE) break;
		c = t.charCodeAt(++i);
	}
	return scanned(out, i, k, time, offset, mask, canonical);
}

/** Leaves a scanned line's summary in `out` (see `AnswerCodec.scan`); returns where the line ends. */
export function scanned(out: Float64Array, end: number, count: number, lastTime: number, lastOffset: number, mask: number, canonical: number): number {
	out[COUNT] = count;
	out[LAST_TIME] = lastTime;
	out[LAST_OFFSET] = lastOffset;
	out[MASK] = mask;
	out[CANONICAL] = canonical;
	return end;
}

const EXPECTED = ["a whole number ≥ 0", "a rating 1, 2, 3 or 4", "a whole number ≥ 0 or nothing", "", `a whole number from -${MAX_OFFSET_MINUTES} to ${MAX_OFFSET_MINUTES}`, "a whole number ≥ 0"];

/** The text from `start` up to the next separator (or the end of the answer, with `wholeAnswer`). */
export function piece(t: string, start: number, wholeAnswer: boolean): string {
	let end = start;
	for (let code = t.charCodeAt(end); end < t.length && code !== SPACE && code !== NEWLINE && (wholeAnswer || code !== COMMA); code = t.charCodeAt(++end));
	return t.slice(start, end);
}

/** Throws the `CollectionDataError` for the problem `scanAnswers` found in card `id`'s answers. */
export function failLine(t: string, id: string, devices: readonly string[], out: Float64Array): never {
	const k = out[FAILED_ANSWER] as number;
	const field = out[FAILED_FIELD] as number;
	const start = out[FAILED_AT] as number;
	if (field === SHAPE) fail(place(id, k), ANSWER_SHAPE, piece(t, start, true));
	if (field === ORDER) fail(place(id, k), "answers in time order without repeats", piece(t, start, true));
	if (field === 3) fail(place(id, k, 3), `a device number below ${devices.length}`, start < 0 ? String(out[FAILED_DEVICE]) : piece(t, start, false));
	if (field === RANGE) fail(place(id, k), `an answer time within ${MAX_TIME} ms of 1970`, piece(t, start, true));
	if (field === 0 && k === 0) fail(place(id, k, 0), "a whole number", piece(t, start, false));
	fail(place(id, k, field), EXPECTED[field] ?? "", piece(t, start, false));
}

/** Replay order (time, device name, rev) of two answers: whether the second comes strictly after the first. */
export function isAfter(timeA: number, deviceA: number, revA: number, timeB: number, deviceB: number, revB: number, devices: readonly string[]): boolean {
	if (timeA !== timeB) return timeA < timeB;
	const nameA = devices[deviceA] as string;
	const nameB = devices[deviceB] as string;
	return nameA !== nameB ? nameA < nameB : revA < revB;
}
