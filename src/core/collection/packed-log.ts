/**
 * The review log as one text (store layout 3): a line per card, `<card id> <answer> <answer>…`, lines
 * sorted by card id and joined by `\n`; each answer is `gap,rating[,duration[,device[,offset[,rev]]]]`
 * with the meanings of the layout-2 tuple (see store-schema.ts). One string is what makes a large store
 * fast to load and save: JSON.parse copies it without looking into it, where 500,000 small lists cost it
 * a quarter of a second. The text is checked in one pass over its characters on load, and a card's
 * answers are turned into objects only when that card needs them.
 */
import { CANONICAL, COUNT, failLine, LAST_OFFSET, LAST_TIME, MASK, MASK_BITS, SCAN_SLOTS, scanAnswers } from "./answer-scan";
import { isReviewableId } from "./card-identity";
import { CollectionDataError, type Where } from "./data-checks";
import type { LogEntry } from "./log-entry";
import { DURATION_UNIT_MS } from "./store-schema";

const SPACE = 32;
const NEWLINE = 10;

function fail(where: Where, expected: string, got: string): never {
	throw new CollectionDataError(`Invalid store data at ${where}: expected ${expected}, got ${JSON.stringify(got)}.`);
}

/** The log text of a loaded store and the device table its device numbers index. */
export interface LogSource {
	text: string;
	devices: readonly string[];
}

/** One card's line of a loaded log text, checked; its answers are decoded on first use. */
export interface PackedLog {
	source: LogSource;
	/** Where the line (its card id) starts, where its answers start and where they end, in `source.text`. */
	lineStart: number;
	start: number;
	end: number;
	/** How many answers it holds. */
	count: number;
	/** Epoch ms of its last answer. */
	lastTime: number;
	/** UTC offset (minutes) of its last answer. */
	lastOffset: number;
	/** Bit d set when device d answered; -1 when a device number is too large to say (decode to know). */
	deviceMask: number;
	/** The answers, once decoded. */
	list?: readonly LogEntry[];
}

/**
 * Reads a whole log text, checking every line (card ids sorted, each once; every answer), and hands
 * each card's line to `card`, with whether it is written exactly as this version writes it (only such
 * a line may be saved again as it is). Throws a `CollectionDataError` naming the first bad value.
 */
export function readLogText(text: string, devices: readonly string[], card: (id: string, packed: PackedLog, canonical: boolean) => void): void {
	const source: LogSource = { text, devices };
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
		const end = scanAnswers(text, idEnd + 1, devices, out);
		if (end < 0) failLine(text, id, devices, out);
		const packed: PackedLog = {
			source,
			lineStart,
			start: idEnd + 1,
			end,
			count: out[COUNT] as number,
			lastTime: out[LAST_TIME] as number,
			lastOffset: out[LAST_OFFSET] as number,
			deviceMask: out[MASK] as number,
		};
		card(id, packed, out[CANONICAL] === 1);
		// A newline always starts another line: a trailing one fails on the empty line after it.
		if (end >= text.length) break;
		i = end + 1;
	}
}

/** The first space or line end at or after `i` (or the end of the text). */
export function lineEndOrSpace(text: string, i: number): number {
	for (let code = text.charCodeAt(i); i < text.length && code !== SPACE && code !== NEWLINE; code = text.charCodeAt(++i));
	return i;
}

/** The line end at or after `i` (or the end of the text). */
export function lineEnd(text: string, i: number): number {
	const end = text.indexOf("\n", i);
	return end < 0 ? text.length : end;
}

/** The answers of a packed line (read again from its text, checked again). */
export function unpackLog(packed: PackedLog, id: string): LogEntry[] {
	const entries: LogEntry[] = [];
	const { text, devices } = packed.source;
	const out = new Float64Array(SCAN_SLOTS);
	const end = scanAnswers(text, packed.start, devices, out, (time, rating, duration, device, offset, rev) => {
		const entry: LogEntry = { time, rating, device: devices[device] ?? "", offset, rev };
		if (duration !== undefined) entry.duration = duration;
		entries.push(entry);
	});
	if (end < 0) failLine(text, id, devices, out);
	return entries;
}

/** The device numbers (of its source's table) a packed line uses, from its mask (decoding when the mask cannot say). */
export function packedDeviceNames(packed: PackedLog, id: string): string[] {
	const { devices } = packed.source;
	if (packed.deviceMask === -1) return [...new Set(unpackLog(packed, id).map((entry) => entry.device))];
	return devices.filter((_, d) => d < MASK_BITS && (packed.deviceMask & (1 << d)) !== 0);
}

/** One card's answers as stored: times as gaps, devices and offsets only when they change, rev when not 0. */
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
