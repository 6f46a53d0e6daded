/**
 * The answers of one card in a layout-4 log part (see docs/decisions/store-schema.md): answers
 * separated by spaces, each `V[,duration[,device[,offset[,rev[,more]]]]]` with numbers in base 36.
 * `V` is `gap * 4 + rating - 1`, where `gap` is the epoch ms of a card's first answer (a `-` before it
 * for a time before 1970) and ms since the previous answer for the others; `duration` is in tenths of
 * a second (empty when unknown); `device` indexes the part's device table and `offset` (minutes east
 * of UTC, `-` when west) is left out while it stays the previous answer's (0 and 0 before the first);
 * `rev` is left out when 0; `more` is whatever a newer version appended (kept as written). Fields are
 * written up to the last one that says something, so a typical answer is `1n4x5r3k,4q` (11 bytes where
 * layout 3 took 18). Checked in one pass without allocation, as layout 3's decimal lines are.
 */
import type { Rating } from "../../../types";
import { FAILED_ANSWER, FAILED_AT, FAILED_FIELD, fail, failAt, isAfter, isTerminator, MASK_BITS, ORDER, piece, RANGE, scanned, SHAPE, type AnswerCodec, type AnswerSink } from "../text/answer-scan";
import { at } from "../json/data-checks";
import { DURATION_UNIT_MS } from "../json/store-schema";
import type { LogEntry } from "../../log/log-entry";
import { MAX_DURATION_MS, MAX_OFFSET_MINUTES, MAX_TIME } from "../../log/log-limits";

const COMMA = 44;
const SPACE = 32;
const MINUS = 45;
const MAX_TENTHS = MAX_DURATION_MS / DURATION_UNIT_MS;

/** The value of each base-36 digit (0–9, a–z) by character code, -1 for any other character below 128. */
const DIGITS = new Int8Array(128).fill(-1);
for (let d = 0; d < 36; d++) DIGITS[d.toString(36).charCodeAt(0)] = d;

/**
 * The number `base36` read last: a typed array's slot, which holds a double as it is (a module
 * variable may box each number past 2^31, every first answer's time, in a heap object), and no
 * object per call.
 */
const NUMBER = new Float64Array(1);

/** Reads a base-36 number at `i` into `NUMBER[0]` (past MAX_SAFE_INTEGER it stays above it); returns where it ends. */
function base36(t: string, i: number): number {
	let n = 0;
	// Bounded by the length rather than by the NaN that reading past the end gives: a NaN once in the
	// loop makes V8 treat every code as a double, which doubled the time of scanning a store.
	for (const length = t.length; i < length; i++) {
		const c = t.charCodeAt(i);
		const d = c < 128 ? (DIGITS[c] as number) : -1;
		if (d < 0) break;
		n = n * 36 + d;
	}
	NUMBER[0] = n;
	return i;
}

/** Whether the digits `t[start, end)` have a leading zero (not written by `pack`). */
function leadingZero(t: string, start: number, end: number): boolean {
	return end - start > 1 && t.charCodeAt(start) === 48;
}

/** Reads one card's answers from `i` to the end of its line; see `AnswerCodec.scan`. */
function scan(t: string, i: number, devices: readonly string[], out: Float64Array, sink?: AnswerSink): number {
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
		const negative = k === 0 && c === MINUS;
		if (negative) i++;
		let start = i;
		i = base36(t, i);
		let value = NUMBER[0] as number;
		c = t.charCodeAt(i);
		if (i === start || value > Number.MAX_SAFE_INTEGER || (c !== COMMA && !isTerminator(c))) return failAt(out, k, 0, answerStart);
		if (leadingZero(t, start, i) || (negative && value < 4)) canonical = 0;
		// Exact for every whole number below 2^53 (a division by 4 is exact), and without the modulo of
		// doubles, a call of its own in V8: this runs for every answer of the store at load.
		const gap = Math.floor(value / 4);
		const rating = value - gap * 4 + 1;
		const previousTime = time;
		time = k === 0 ? (negative ? -gap : gap) : time + gap;
		if (time > MAX_TIME || time < -MAX_TIME) return failAt(out, k, RANGE, answerStart);
		let fields = 1;
		let duration = -1;
		let rev = 0;
		let more: string | undefined;
		const previousOffset = offset;
		if (c === COMMA) {
			fields = 2;
			start = ++i;
			i = base36(t, i);
			value = NUMBER[0] as number;
			c = t.charCodeAt(i);
			if (value > MAX_TENTHS || (c !== COMMA && !isTerminator(c))) return failAt(out, k, 1, start);
			if (i > start) duration = value;
			if (leadingZero(t, start, i)) canonical = 0;
		}
		if (c === COMMA) {
			fields = 3;
			start = ++i;
			i = base36(t, i);
			value = NUMBER[0] as number;
			c = t.charCodeAt(i);
			if (i === start || !(value < devices.length) || (c !== COMMA && !isTerminator(c))) return failAt(out, k, 2, start);
			if (leadingZero(t, start, i)) canonical = 0;
			device = value;
		}
		if (c === COMMA) {
			fields = 4;
			const offsetStart = ++i;
			const west = t.charCodeAt(i) === MINUS;
			if (west) i++;
			start = i;
			i = base36(t, i);
			value = NUMBER[0] as number;
			c = t.charCodeAt(i);
			if (i === start || value > MAX_OFFSET_MINUTES || (c !== COMMA && !isTerminator(c))) return failAt(out, k, 3, offsetStart);
			if (leadingZero(t, start, i) || (west && value === 0)) canonical = 0;
			offset = west ? -value : value;
		}
		if (c === COMMA) {
			fields = 5;
			start = ++i;
			i = base36(t, i);
			value = NUMBER[0] as number;
			c = t.charCodeAt(i);
			if (i === start || value > Number.MAX_SAFE_INTEGER || (c !== COMMA && !isTerminator(c))) return failAt(out, k, 4, start);
			if (leadingZero(t, start, i)) canonical = 0;
			rev = value;
		}
		if (c === COMMA) {
			// What a newer version added: kept as written, up to the end of the answer.
			fields = 6;
			const moreStart = ++i;
			while (!isTerminator(t.charCodeAt(i))) i++;
			if (i === moreStart) return failAt(out, k, 5, moreStart);
			if (sink) more = t.slice(moreStart, i);
			c = t.charCodeAt(i);
		}
		if (!(device < devices.length)) return failAt(out, k, 2, -1);
		if (k > 0 && !isAfter(previousTime, previousDevice, previousRev, time, device, rev, devices)) return failAt(out, k, ORDER, answerStart);
		mask = device < MASK_BITS && mask !== -1 ? mask | (1 << device) : -1;
		const needed = fields === 6 ? 6 : rev !== 0 ? 5 : offset !== previousOffset ? 4 : device !== previousDevice ? 3 : duration >= 0 ? 2 : 1;
		if (fields !== needed) canonical = 0;
		sink?.(time, rating as Rating, duration < 0 ? undefined : duration * DURATION_UNIT_MS, device, offset, rev, more);
		previousDevice = device;
		previousRev = rev;
		k++;
		if (c !== SPACE) break;
		c = t.charCodeAt(++i);
	}
	return scanned(out, i, k, time, offset, mask, canonical);
}

const EXPECTED = [
	"a base-36 number (gap × 4 + rating − 1)",
	`a duration in tenths of a second up to ${MAX_TENTHS} (base 36) or nothing`,
	"",
	`a UTC offset in minutes up to ${MAX_OFFSET_MINUTES} either way (base 36)`,
	"a base-36 number",
	"more fields",
];

/** Throws the `CollectionDataError` for the problem `scan` found in card `id`'s answers. */
function failLine(t: string, id: string, devices: readonly string[], out: Float64Array): never {
	const k = out[FAILED_ANSWER] as number;
	const field = out[FAILED_FIELD] as number;
	const start = out[FAILED_AT] as number;
	const answer = at(at("log", id), k);
	if (field === ORDER) fail(answer, "answers in time order without repeats", piece(t, start, true));
	if (field === RANGE) fail(answer, `a time within ${MAX_TIME} ms of 1970`, piece(t, start, true));
	if (field === SHAPE) fail(answer, "an answer", piece(t, start, true));
	if (field === 2) fail(at(answer, 2), `a device number below ${devices.length}`, start < 0 ? "(the previous answer's)" : piece(t, start, false));
	fail(at(answer, field), EXPECTED[field] ?? "", piece(t, start, false));
}

/** One card's answers in this form (see the top of this file). */
function pack(entries: readonly LogEntry[], device: (name: string) => number): string {
	let text = "";
	let previousTime = 0;
	let previousDevice = 0;
	let previousOffset = 0;
	for (let i = 0; i < entries.length; i++) {
		const entry = entries[i] as LogEntry;
		const deviceIndex = device(entry.device);
		const gap = i === 0 ? Math.abs(entry.time) : entry.time - previousTime;
		let answer = (i === 0 && entry.time < 0 ? "-" : "") + (gap * 4 + entry.rating - 1).toString(36);
		const more = entry.more !== undefined;
		const needRev = entry.rev !== 0 || more;
		const needOffset = entry.offset !== previousOffset || needRev;
		const needDevice = deviceIndex !== previousDevice || needOffset;
		if (entry.duration !== undefined || needDevice) {
			answer += `,${entry.duration === undefined ? "" : Math.round(entry.duration / DURATION_UNIT_MS).toString(36)}`;
			if (needDevice) answer += `,${deviceIndex.toString(36)}`;
			if (needOffset) answer += `,${entry.offset < 0 ? "-" : ""}${Math.abs(entry.offset).toString(36)}`;
			if (needRev) answer += `,${entry.rev.toString(36)}`;
			if (more) answer += `,${entry.more as string}`;
		}
		text += i === 0 ? answer : ` ${answer}`;
		previousTime = entry.time;
		previousDevice = deviceIndex;
		previousOffset = entry.offset;
	}
	return text;
}

/** Layout 4's answers: base 36, rating folded into the gap, newer fields kept. */
export const ANSWERS_V4: AnswerCodec = { scan, failLine, pack };
