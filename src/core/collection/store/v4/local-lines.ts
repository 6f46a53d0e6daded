/**
 * What reading a log part found, kept in the device-local cache: each line's answer count, last
 * answer's time and UTC offset, and device mask (`LogLines`' columns), for a part of the text it was
 * read from, named by the part's hash. At start-up a part whose text has that hash is not read answer by
 * answer again (the longest step of loading: some 45 ms for the bench store's 500,000 answers, against
 * 6 ms to take the columns back); its lines are found by their newlines, and the text was checked when
 * it was read. Any doubt (another hash, another count of lines, a damaged file) reads the part as usual.
 *
 * The columns are one string of 15-bit characters (code units 0x800–0x87FF, never a surrogate, so the
 * text survives JSON and UTF-8): per line the time in 4 (offset by `MAX_TIME`, so never negative), the
 * offset in 1, the count in 2 and the mask plus one in 2.
 */
import { MAX_OFFSET_MINUTES, MAX_TIME } from "../../log/log-limits";
import { CollectionDataError, record } from "../json/data-checks";
import { LogLines, placeLine } from "../text/packed-log";
import type { AnswerCodec } from "../text/answer-scan";

/** What the file says it is: bumped whenever reading a part could find other columns for the same text. */
const FORMAT = "flashcard-review/lines";
const VERSION = 1;

/** Parts with fewer lines are read again at start-up (reading them costs less than keeping them). */
export const MIN_INDEXED_LINES = 1_024;

const ZERO = 0x800;
const BITS = 15;
const UNIT = 2 ** BITS;
const UNIT_2 = UNIT * UNIT;
const UNIT_3 = UNIT_2 * UNIT;
const CHARS_PER_LINE = 9;
/** Counts and masks (plus one) must fit in two characters. */
const TWO_CHARS = UNIT_2;

/** The local file that keeps part `name`'s line index. */
export function localLinesName(name: string): string {
	return `local-lines.${name}`;
}

/** Whether a local file is a line index. */
export function isLocalLines(name: string): boolean {
	return name.startsWith("local-lines.");
}

/** The line index of a part read (whose text hashes to `hash`) as a local file's text, or undefined when it cannot be kept. */
export function encodeLineIndex(part: string, hash: number, lines: LogLines): string | undefined {
	const n = lines.ids.length;
	const codes = new Uint16Array(n * CHARS_PER_LINE);
	let c = 0;
	for (let k = 0; k < n; k++) {
		const time = (lines.lastTime[k] as number) + MAX_TIME;
		const count = lines.count[k] as number;
		const mask = (lines.mask[k] as number) + 1;
		if (count >= TWO_CHARS || mask >= TWO_CHARS) return undefined;
		let rest = time;
		for (let d = 0; d < 4; d++) {
			const low = rest % UNIT;
			codes[c++] = ZERO + low;
			rest = (rest - low) / UNIT;
		}
		codes[c++] = ZERO + (lines.lastOffset[k] as number) + MAX_OFFSET_MINUTES;
		codes[c++] = ZERO + (count % UNIT);
		codes[c++] = ZERO + Math.floor(count / UNIT);
		codes[c++] = ZERO + (mask % UNIT);
		codes[c++] = ZERO + Math.floor(mask / UNIT);
	}
	let columns = "";
	// In pieces: one call with a million arguments would overflow the stack.
	for (let at = 0; at < codes.length; at += 8_192) columns += String.fromCharCode(...codes.subarray(at, at + 8_192));
	return JSON.stringify({ format: FORMAT, version: VERSION, part, hash, lines: n, columns });
}

/** A line index as read from its file: the part and hash it stands for, its count of lines and its columns. */
export interface LineIndex {
	part: string;
	hash: number;
	lines: number;
	columns: string;
}

/** Reads a line index file, or undefined when it is of another version or damaged. */
export function readLineIndex(text: string): LineIndex | undefined {
	try {
		const json = record(JSON.parse(text) as unknown, "a line index");
		const { part, hash, lines, columns } = json;
		if (json.format !== FORMAT || json.version !== VERSION) return undefined;
		if (typeof part !== "string" || typeof hash !== "number" || typeof lines !== "number" || typeof columns !== "string") return undefined;
		if (columns.length !== lines * CHARS_PER_LINE) return undefined;
		return { part, hash, lines, columns };
	} catch (error) {
		if (error instanceof SyntaxError || error instanceof CollectionDataError) return undefined;
		throw error;
	}
}

/** Lines taken back between two yields (a ms or two before the code is optimised). */
const LINES_PER_STEP = 8_192;

/**
 * The lines of a log text from its index (see the top of this file), or undefined when the text does
 * not have the index's count of lines; yields every few thousand lines.
 */
export function* linesFromIndex(text: string, devices: readonly string[], codec: AnswerCodec, index: LineIndex): Generator<void, LogLines | undefined> {
	const n = index.lines;
	const lines = new LogLines(text, devices, n, codec);
	const { columns } = index;
	let i = 0;
	let c = 0;
	for (let k = 0; k < n; k++) {
		const end = i < text.length ? placeLine(text, i, k, lines) : -1;
		if (end < 0) return undefined;
		const time = columns.charCodeAt(c) - ZERO + (columns.charCodeAt(c + 1) - ZERO) * UNIT + (columns.charCodeAt(c + 2) - ZERO) * UNIT_2 + (columns.charCodeAt(c + 3) - ZERO) * UNIT_3;
		lines.lastTime[k] = time - MAX_TIME;
		lines.lastOffset[k] = columns.charCodeAt(c + 4) - ZERO - MAX_OFFSET_MINUTES;
		lines.count[k] = columns.charCodeAt(c + 5) - ZERO + (columns.charCodeAt(c + 6) - ZERO) * UNIT;
		lines.mask[k] = columns.charCodeAt(c + 7) - ZERO + (columns.charCodeAt(c + 8) - ZERO) * UNIT - 1;
		c += CHARS_PER_LINE;
		i = end + 1;
		if (k % LINES_PER_STEP === LINES_PER_STEP - 1) yield;
	}
	return i === text.length + 1 ? lines : undefined;
}
