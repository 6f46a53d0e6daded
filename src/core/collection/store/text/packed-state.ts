/**
 * The scheduling cache as one text (store layout 3): a line per card,
 * `<card id> state,due,stability,difficulty,scheduledDays,step,lapses` (the fields of the layout-2 cache
 * tuple), lines sorted by card id and joined by `\n`. Like the log text it is checked character by
 * character on load, and a card's line is read into a `SchedulingState` only when the card is first
 * looked at.
 */
import type { SchedulingState } from "../../../types";
import { isReviewableId } from "../../identity/card-identity";
import { CollectionDataError } from "../json/data-checks";
import { lineCount, placeLine } from "./packed-log";
import { indexOfSorted } from "./sorted-ids";
import { CANONICAL, ENDS, failState, scanState, STATE_SLOTS } from "./state-scan";
import { STATE_CODE, STATE_OF } from "../json/store-schema";
import { runSteps } from "../../run-steps";

/**
 * The lines of a loaded cache text, one per card in id order, kept column by column (no object per
 * card), with what the log says of each card's answers once the loader has filled it in. A line's
 * state is decoded on first use and kept.
 */
export class StateLines {
	/** Card ids, sorted, each once; line i's numbers are at index i of each column. */
	readonly ids: string[] = [];
	/** Where each line (its card id) starts, where its fields start, and where they end, in `text`. */
	readonly lineStart: Int32Array;
	readonly start: Int32Array;
	readonly end: Int32Array;
	/** From the log: answers since the last reset, and the last answer's time (NaN when none) and UTC offset. */
	readonly reps: Int32Array;
	readonly lastReview: Float64Array;
	readonly lastOffset: Float64Array;
	private readonly decoded: (SchedulingState | undefined)[] = [];

	/** Room for `capacity` lines of `text`. */
	constructor(
		readonly text: string,
		capacity: number,
	) {
		this.lineStart = new Int32Array(capacity);
		this.start = new Int32Array(capacity);
		this.end = new Int32Array(capacity);
		this.reps = new Int32Array(capacity);
		this.lastReview = new Float64Array(capacity).fill(NaN);
		this.lastOffset = new Float64Array(capacity).fill(NaN);
	}

	/** The index of a card's line, or -1. */
	indexOf(id: string): number {
		return indexOfSorted(this.ids, id);
	}

	/** Records what the log says of line `i`'s card (before its state is first read). */
	complete(i: number, reps: number, lastReview: number, lastOffset: number): void {
		this.reps[i] = reps;
		this.lastReview[i] = lastReview;
		this.lastOffset[i] = lastOffset;
	}

	/** The state of line `i` (decoded once), completed with what the log says. */
	state(i: number): SchedulingState {
		let state = this.decoded[i];
		if (!state) {
			state = unpackLine(this, i);
			this.decoded[i] = state;
		}
		return state;
	}

	/** The fields of line `i` as written. */
	fieldsText(i: number): string {
		return this.text.slice(this.start[i], this.end[i]);
	}
}

const SPACE = 32;
const NEWLINE = 10;

/**
 * Reads a whole cache text, checking every line (card ids sorted, each once; every field). Lines
 * written exactly as this version writes them are kept as lines; the others come back decoded, in
 * `odd`. What the log says of each card (`reps`, last answer) is left for the loader to fill in.
 */
export function readStateText(text: string): { lines: StateLines; odd: [string, SchedulingState][] } {
	return runSteps(readStateTextInSteps(text));
}

/**
 * Lines `readStateTextInSteps` reads between two yields (under a ms once the code is optimised; at
 * start-up it is not yet, and 4,096 lines were a step of 20–40 ms).
 */
const LINES_PER_STEP = 256;

/** `readStateText`, yielding every few hundred lines. */
export function* readStateTextInSteps(text: string): Generator<void, { lines: StateLines; odd: [string, SchedulingState][] }> {
	const lines = new StateLines(text, lineCount(text));
	const odd: [string, SchedulingState][] = [];
	const out = new Float64Array(STATE_SLOTS);
	let i = 0;
	let previous = "";
	for (let line = 1; text.length > 0; line++) {
		const lineStart = i;
		let idEnd = i;
		for (let code = text.charCodeAt(idEnd); idEnd < text.length && code !== SPACE && code !== NEWLINE; code = text.charCodeAt(++idEnd));
		const id = text.slice(lineStart, idEnd);
		if (!isReviewableId(id) || text.charCodeAt(idEnd) !== SPACE) {
			let stop = lineStart;
			while (stop < text.length && text.charCodeAt(stop) !== NEWLINE) stop++;
			throw new CollectionDataError(
				`Invalid store data at cache line ${line}: expected a card id (letters and digits, optional -r or -cN), a space and its schedule, got ${JSON.stringify(text.slice(lineStart, stop))}.`,
			);
		}
		if (line > 1 && !(previous < id)) {
			throw new CollectionDataError(`Invalid store data at cache line ${line}: expected card ids in order, each once, got ${JSON.stringify(id)}.`);
		}
		previous = id;
		const end = scanState(text, idEnd + 1, out);
		if (end < 0) failState(text, id, idEnd + 1, out);
		const k = lines.ids.length;
		lines.lineStart[k] = lineStart;
		lines.start[k] = idEnd + 1;
		lines.end[k] = end;
		// A line written otherwise is saved in this version's form the next time: decoded now, its numbers
		// left to be written over by the next line's.
		if (out[CANONICAL] === 1) lines.ids.push(id);
		else odd.push([id, unpackLine(lines, k)]);
		if (end >= text.length) break;
		i = end + 1;
		if (line % LINES_PER_STEP === 0) yield;
	}
	return { lines, odd };
}

/** Whether every one of some cache lines (`<id> <fields>`) is one `readStateText` takes as a line; yields every thousand or so. */
export function* allReadAsLinesInSteps(lines: readonly string[]): Generator<void, boolean> {
	const out = new Float64Array(STATE_SLOTS);
	for (let k = 0; k < lines.length; k++) {
		if (!readAsLine(lines[k] as string, out)) return false;
		if (k % 1_024 === 1_023) yield;
	}
	return true;
}

function readAsLine(line: string, out: Float64Array): boolean {
	const space = line.indexOf(" ");
	if (space < 0 || !isReviewableId(line.slice(0, space))) return false;
	return scanState(line, space + 1, out) === line.length && out[CANONICAL] === 1;
}

/** Lines `indexStateTextInSteps` finds between two yields. */
const INDEXED_LINES_PER_STEP = 8_192;

/**
 * The lines of a cache text known to be one `readStateText` reads whole, every line as this version
 * writes it (the local cache says so with the text's hash): found by their spaces and newlines, each
 * state decoded (and checked again) on first use, as `readStateText`'s lines are.
 */
export function* indexStateTextInSteps(text: string): Generator<void, StateLines> {
	const lines = new StateLines(text, lineCount(text));
	let i = 0;
	for (let k = 0; text.length > 0; k++) {
		const end = placeLine(text, i, k, lines);
		if (end < 0) throw new CollectionDataError(`Invalid store data at cache line ${k + 1}: expected a card id and its schedule.`);
		if (end >= text.length) break;
		i = end + 1;
		if (k % INDEXED_LINES_PER_STEP === INDEXED_LINES_PER_STEP - 1) yield;
	}
	return lines;
}

/** The state line `i` holds, completed with what the log says (read again from its text). */
function unpackLine(lines: StateLines, i: number): SchedulingState {
	const { text } = lines;
	const start = lines.start[i] as number;
	const id = lines.ids[i] ?? "";
	const out = new Float64Array(STATE_SLOTS);
	if (scanState(text, start, out) < 0) failState(text, id, start, out);
	// "-0" reads as 0, as JSON numbers did.
	const field = (k: number): number => Number(text.slice(k === 0 ? start : (out[ENDS + k - 1] as number) + 1, out[ENDS + k])) + 0;
	const state: SchedulingState = {
		state: STATE_OF[field(0)] ?? "new",
		due: field(1),
		stability: field(2),
		difficulty: field(3),
		scheduledDays: field(4),
		step: field(5),
		reps: lines.reps[i] ?? 0,
		lapses: field(6),
	};
	const lastReview = lines.lastReview[i] as number;
	if (!Number.isNaN(lastReview)) {
		state.lastReview = lastReview;
		state.lastReviewOffset = lines.lastOffset[i];
	}
	return state;
}

/** A cached state as stored (reps and the last answer come from the log, so they are left out). */
export function packState(s: SchedulingState): string {
	return `${STATE_CODE[s.state]},${s.due},${s.stability},${s.difficulty},${s.scheduledDays},${s.step},${s.lapses}`;
}
