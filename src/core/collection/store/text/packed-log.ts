/**
 * The review log as one text (store layout 3): a line per card, `<card id> <answer> <answer>…`, lines
 * sorted by card id and joined by `\n`; each answer is `gap,rating[,duration[,device[,offset[,rev]]]]`
 * with the meanings of the layout-2 tuple (see store-schema.ts). One string is what makes a large store
 * fast to load and save: JSON.parse copies it without looking into it, where 500,000 small lists cost it
 * a quarter of a second. The text is checked in one pass over its characters on load, and a card's
 * answers are turned into objects only when that card needs them.
 */
import { CANONICAL, COUNT, failLine, LAST_OFFSET, LAST_TIME, MASK, MASK_BITS, SCAN_SLOTS, scanAnswers, type AnswerCodec } from "./answer-scan";
import { isReviewableId } from "../../identity/card-identity";
import { indexOfSorted } from "./sorted-ids";
import { CollectionDataError, type Where } from "../json/data-checks";
import type { LogEntry } from "../../log/log-entry";
import { DURATION_UNIT_MS } from "../json/store-schema";
import { runSteps } from "../../run-steps";

const SPACE = 32;
const NEWLINE = 10;

function fail(where: Where, expected: string, got: string): never {
	throw new CollectionDataError(`Invalid store data at ${where}: expected ${expected}, got ${JSON.stringify(got)}.`);
}

/**
 * The lines of a loaded log text, one per card in id order, kept column by column in typed arrays
 * (no object per card: loading 50,000 cards then costs a few arrays of numbers, not 50,000 objects
 * and map entries for the garbage collector to copy). A line's answers are decoded on first use and kept.
 */
export class LogLines {
	/** Card ids, sorted, each once; line i's numbers are at index i of each column. */
	readonly ids: string[] = [];
	/** Where each line (its card id) starts, where its answers start, and where they end, in `text`. */
	readonly lineStart: Int32Array;
	readonly start: Int32Array;
	readonly end: Int32Array;
	/** How many answers each line holds, and its last answer's time (epoch ms) and UTC offset (minutes). */
	readonly count: Int32Array;
	readonly lastTime: Float64Array;
	readonly lastOffset: Float64Array;
	/** Bit d set when device d answered; -1 when a device number is too large to say (decode to know). */
	readonly mask: Int32Array;
	private readonly decoded: (readonly LogEntry[] | undefined)[] = [];

	/** Room for `capacity` lines of `text`, whose answers are written as `codec` writes them. */
	constructor(
		readonly text: string,
		readonly devices: readonly string[],
		capacity: number,
		readonly codec: AnswerCodec = ANSWERS_V3,
	) {
		this.lineStart = new Int32Array(capacity);
		this.start = new Int32Array(capacity);
		this.end = new Int32Array(capacity);
		this.count = new Int32Array(capacity);
		this.lastTime = new Float64Array(capacity);
		this.lastOffset = new Float64Array(capacity);
		this.mask = new Int32Array(capacity);
	}

	/** The index of a card's line, or -1. */
	indexOf(id: string): number {
		return indexOfSorted(this.ids, id);
	}

	/** The answers of line `i` (decoded once, checked again as they are read). */
	answers(i: number): readonly LogEntry[] {
		let list = this.decoded[i];
		if (!list) {
			list = unpackLine(this, i);
			this.decoded[i] = list;
		}
		return list;
	}

	/** The answers of line `i`, without keeping them decoded (a pass over every card would keep them all). */
	read(i: number): readonly LogEntry[] {
		return this.decoded[i] ?? unpackLine(this, i);
	}

	/** The answers of line `i` as written. */
	answersText(i: number): string {
		return this.text.slice(this.start[i], this.end[i]);
	}

	/** The device names line `i` mentions (from its mask; decoding only when the mask cannot say). */
	deviceNames(i: number): string[] {
		const mask = this.mask[i] as number;
		if (mask === -1) return [...new Set(this.answers(i).map((entry) => entry.device))];
		return this.devices.filter((_, d) => d < MASK_BITS && (mask & (1 << d)) !== 0);
	}
}

/**
 * Reads a whole log text, checking every line (card ids sorted, each once; every answer). Lines
 * written exactly as this version writes them are kept as lines (only they may be saved again as
 * they are); the others come back decoded, in `odd`. Throws a `CollectionDataError` naming the first
 * bad value.
 */
export function readLogText(text: string, devices: readonly string[], codec: AnswerCodec = ANSWERS_V3): { lines: LogLines; odd: [string, LogEntry[]][] } {
	return runSteps(readLogTextInSteps(text, devices, codec));
}

/**
 * Lines `readLogTextInSteps` reads between two yields (a ms or two once the code is optimised; at
 * start-up it is not yet, and 4,096 lines were a step of 15–30 ms).
 */
const LINES_PER_STEP = 256;

/** `readLogText`, yielding every few hundred lines (a log part of 2,000,000 characters is some 25 ms of reading). */
export function* readLogTextInSteps(text: string, devices: readonly string[], codec: AnswerCodec = ANSWERS_V3): Generator<void, { lines: LogLines; odd: [string, LogEntry[]][] }> {
	const lines = new LogLines(text, devices, lineCount(text), codec);
	const odd: [string, LogEntry[]][] = [];
	const out = new Float64Array(SCAN_SLOTS);
	let previous = "";
	let i = 0;
	for (let line = 1; text.length > 0; line++) {
		const lineStart = i;
		const idEnd = lineEndOrSpace(text, lineStart);
		const id = text.slice(lineStart, idEnd);
		if (!isReviewableId(id) || text.charCodeAt(idEnd) !== SPACE) {
			fail(`log line ${line}`, "a card id (letters and digits, optional -r or -cN), a space and its answers", text.slice(lineStart, lineEnd(text, lineStart)));
		}
		if (line > 1 && !(previous < id)) fail(`log line ${line}`, "card ids in order, each once", id);
		previous = id;
		const end = codec.scan(text, idEnd + 1, devices, out);
		if (end < 0) codec.failLine(text, id, devices, out);
		const k = lines.ids.length;
		lines.lineStart[k] = lineStart;
		lines.start[k] = idEnd + 1;
		lines.end[k] = end;
		lines.count[k] = out[COUNT] as number;
		lines.lastTime[k] = out[LAST_TIME] as number;
		lines.lastOffset[k] = out[LAST_OFFSET] as number;
		lines.mask[k] = out[MASK] as number;
		// A line written otherwise is saved in this version's form the next time: decoded now, its numbers
		// left to be written over by the next line's.
		if (out[CANONICAL] === 1) lines.ids.push(id);
		else odd.push([id, unpackLine(lines, k)]);
		// A newline always starts another line: a trailing one fails on the empty line after it.
		if (end >= text.length) break;
		i = end + 1;
		if (line % LINES_PER_STEP === 0) yield;
	}
	return { lines, odd };
}

/** How many lines a text holds (0 for an empty one). */
export function lineCount(text: string): number {
	if (text.length === 0) return 0;
	let count = 1;
	for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1)) count++;
	return count;
}

/** The first space or line end at or after `i` (or the end of the text). */
export function lineEndOrSpace(text: string, i: number): number {
	for (let code = text.charCodeAt(i); i < text.length && code !== SPACE && code !== NEWLINE; code = text.charCodeAt(++i));
	return i;
}

/** Where each line of a text is: its card id, where it starts, where its fields start, where it ends. */
export interface LinePlaces {
	readonly ids: string[];
	readonly lineStart: Int32Array;
	readonly start: Int32Array;
	readonly end: Int32Array;
}

/**
 * Records line `k` of a text known to be well formed, which starts at `i`, by its first space and its
 * newline, without reading its fields; returns where it ends, or -1 when it has no space.
 */
export function placeLine(text: string, i: number, k: number, lines: LinePlaces): number {
	const space = text.indexOf(" ", i);
	if (space < 0) return -1;
	let end = text.indexOf("\n", space);
	if (end < 0) end = text.length;
	lines.ids.push(text.slice(i, space));
	lines.lineStart[k] = i;
	lines.start[k] = space + 1;
	lines.end[k] = end;
	return end;
}

/** The line end at or after `i` (or the end of the text). */
export function lineEnd(text: string, i: number): number {
	const end = text.indexOf("\n", i);
	return end < 0 ? text.length : end;
}

/** The answers of line `i`, read again from its text. */
function unpackLine(lines: LogLines, i: number): LogEntry[] {
	const entries: LogEntry[] = [];
	const { text, devices } = lines;
	const out = new Float64Array(SCAN_SLOTS);
	const end = lines.codec.scan(text, lines.start[i] as number, devices, out, (time, rating, duration, device, offset, rev, more) => {
		const entry: LogEntry = { time, rating, device: devices[device] ?? "", offset, rev };
		if (duration !== undefined) entry.duration = duration;
		if (more !== undefined) entry.more = more;
		entries.push(entry);
	});
	if (end < 0) lines.codec.failLine(text, lines.ids[i] ?? "", devices, out);
	return entries;
}

/** One card's answers as layout 3 stores them: times as gaps, devices and offsets only when they change, rev when not 0 (fields of a newer version are not kept). */
export function packAnswers(entries: readonly LogEntry[], device: (name: string) => number): string {
	let text = "";
	let previousTime = 0;
	let previousDevice = 0;
	let previousOffset = 0;
	for (let i = 0; i < entries.length; i++) {
		const entry = entries[i] as LogEntry;
		const deviceIndex = device(entry.device);
		const needDevice = deviceIndex !== previousDevice;
		const needOffset = entry.offset !== previousOffset;
		const needRev = entry.rev !== 0;
		let answer = `${i === 0 ? entry.time : entry.time - previousTime},${entry.rating}`;
		if (entry.duration !== undefined || needDevice || needOffset || needRev) {
			answer += `,${entry.duration === undefined ? "" : Math.round(entry.duration / DURATION_UNIT_MS)}`;
			if (needDevice || needOffset || needRev) {
				answer += `,${deviceIndex}`;
				if (needOffset || needRev) {
					answer += `,${entry.offset}`;
					if (needRev) answer += `,${entry.rev}`;
				}
			}
		}
		text += i === 0 ? answer : ` ${answer}`;
		previousTime = entry.time;
		previousDevice = deviceIndex;
		previousOffset = entry.offset;
	}
	return text;
}

/** Layout 3's answers: decimal, `gap,rating[,duration[,device[,offset[,rev]]]]`. */
export const ANSWERS_V3: AnswerCodec = { scan: scanAnswers, failLine, pack: packAnswers };
