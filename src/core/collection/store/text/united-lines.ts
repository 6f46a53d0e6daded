/**
 * The log parts of a folder united card by card without decoding them: one sorted table of card ids
 * whose rows point at the lines of each part that hold the card (two devices that both answered a card
 * give it two lines). Loading a folder reads every part; uniting them row by row in typed columns costs
 * a walk over the ids, where uniting them part by part into a map of joined lines cost an object or
 * two per card for the garbage collector.
 */
import type { LogEntry } from "../../log/log-entry";
import { unitedEntries } from "../../log/log-entry";
import { byText } from "../json/store-schema";
import { MASK_BITS } from "./answer-scan";
import type { LogLines } from "./packed-log";
import { indexOfSorted } from "./sorted-ids";

/** What the review log reads of a table of card lines: a part's text (`LogLines`) or several parts united. */
export interface AnswerLines {
	/** Card ids, sorted, each once; row i's numbers are at index i of each column. */
	readonly ids: readonly string[];
	/** Answers of each row, its last answer's time (epoch ms) and UTC offset (minutes). */
	readonly count: ArrayLike<number>;
	readonly lastTime: ArrayLike<number>;
	readonly lastOffset: ArrayLike<number>;
	/** Bit d set when `devices[d]` answered; -1 when a device number is too large to say. */
	readonly mask: ArrayLike<number>;
	readonly devices: readonly string[];
	indexOf(id: string): number;
	answers(i: number): readonly LogEntry[];
	/** `answers(i)` without keeping them decoded (for one pass over every card). */
	read(i: number): readonly LogEntry[];
	deviceNames(i: number): string[];
}

/** Rows of several parts, in id order; filled by `fill` (in steps). */
export class UnitedLines implements AnswerLines {
	readonly ids: string[] = [];
	readonly count: Float64Array;
	readonly lastTime: Float64Array;
	readonly lastOffset: Float64Array;
	readonly mask: Int32Array;
	/** Every device name of the parts, sorted: what the masks number. */
	readonly devices: string[];
	/** Row i's lines are line `lineOf[k]` of part `partOf[k]` for k in [first[i], first[i + 1]). */
	private readonly first: Int32Array;
	private readonly partOf: Int32Array;
	private readonly lineOf: Int32Array;
	private readonly decoded: (readonly LogEntry[] | undefined)[] = [];

	constructor(readonly parts: readonly LogLines[]) {
		let total = 0;
		for (const part of parts) total += part.ids.length;
		this.count = new Float64Array(total);
		this.lastTime = new Float64Array(total);
		this.lastOffset = new Float64Array(total);
		this.mask = new Int32Array(total);
		this.first = new Int32Array(total + 1);
		this.partOf = new Int32Array(total);
		this.lineOf = new Int32Array(total);
		this.devices = [...new Set(parts.flatMap((part) => part.devices))].sort(byText);
	}

	indexOf(id: string): number {
		return indexOfSorted(this.ids, id);
	}

	/** The answers of row `i`: its line's, or its lines' united (decoded once). */
	answers(i: number): readonly LogEntry[] {
		const from = this.first[i] as number;
		const to = this.first[i + 1] as number;
		if (to - from === 1) return this.part(from).answers(this.lineOf[from] as number);
		let list = this.decoded[i];
		if (!list) {
			const lists: (readonly LogEntry[])[] = [];
			for (let k = from; k < to; k++) lists.push(this.part(k).answers(this.lineOf[k] as number));
			list = unitedEntries(lists);
			this.decoded[i] = list;
		}
		return list;
	}

	read(i: number): readonly LogEntry[] {
		const from = this.first[i] as number;
		const to = this.first[i + 1] as number;
		if (to - from === 1) return this.part(from).read(this.lineOf[from] as number);
		const kept = this.decoded[i];
		if (kept) return kept;
		const lists: (readonly LogEntry[])[] = [];
		for (let k = from; k < to; k++) lists.push(this.part(k).read(this.lineOf[k] as number));
		return unitedEntries(lists);
	}

	deviceNames(i: number): string[] {
		const mask = this.mask[i] as number;
		if (mask === -1) return [...new Set(this.answers(i).map((entry) => entry.device))];
		return this.devices.filter((_, d) => d < MASK_BITS && (mask & (1 << d)) !== 0);
	}

	/**
	 * Fills the rows: a walk over every part's ids at once (a heap of the parts by their next id), a
	 * card's count and last answer taken from its lines when their devices are disjoint (an answer is
	 * known by its device, so none is in two lines) and one holds the last answer alone, and from its
	 * united answers otherwise. Yields every `rowsPerStep` rows.
	 */
	*fill(rowsPerStep = ROWS_PER_STEP): Generator<void, this> {
		const { parts } = this;
		const bits = parts.map((part) => part.devices.map((name) => deviceBit(this.devices.indexOf(name))));
		const next = new Int32Array(parts.length);
		const heap = new Heap(parts);
		for (let p = 0; p < parts.length; p++) if ((parts[p] as LogLines).ids.length > 0) heap.push(p, next);
		let lines = 0;
		while (heap.size > 0) {
			const id = heap.peekId(next);
			const row = this.ids.length;
			this.ids.push(id);
			this.first[row] = lines;
			let mask = 0;
			let disjoint = true;
			let count = 0;
			let last = -1;
			let lastTime = -Infinity;
			let tie = false;
			while (heap.size > 0 && heap.peekId(next) === id) {
				const p = heap.top;
				const part = parts[p] as LogLines;
				const line = next[p] as number;
				this.partOf[lines] = p;
				this.lineOf[lines] = line;
				lines++;
				const lineMask = remap(part.mask[line] as number, bits[p] as number[]);
				if (lineMask === -1 || mask === -1) {
					mask = -1;
					disjoint = false;
				} else {
					if ((mask & lineMask) !== 0) disjoint = false;
					mask |= lineMask;
				}
				count += part.count[line] as number;
				const time = part.lastTime[line] as number;
				if (time > lastTime) {
					last = lines - 1;
					lastTime = time;
					tie = false;
				} else if (time === lastTime) tie = true;
				next[p] = line + 1;
				// The part's next id takes its place in the heap (one sift instead of a pop and a push).
				if (line + 1 < part.ids.length) heap.siftDown(next);
				else heap.pop(next);
			}
			this.first[row + 1] = lines;
			this.mask[row] = mask;
			if (lines - this.first[row] === 1 || (disjoint && !tie)) {
				this.count[row] = count;
				this.lastTime[row] = lastTime;
				this.lastOffset[row] = this.part(last).lastOffset[this.lineOf[last] as number] as number;
			} else {
				const list = this.answers(row);
				const final = list[list.length - 1] as LogEntry;
				this.count[row] = list.length;
				this.lastTime[row] = final.time;
				this.lastOffset[row] = final.offset;
			}
			if (row % rowsPerStep === rowsPerStep - 1) yield;
		}
		return this;
	}

	private part(k: number): LogLines {
		return this.parts[this.partOf[k] as number] as LogLines;
	}
}

/** Rows filled between two yields of `fill` (a ms or two; 8,192 were a step of 10–20 ms at start-up). */
const ROWS_PER_STEP = 2048;

/** The mask bit of device number `d` of the united table, or -1 when a mask cannot hold it. */
function deviceBit(d: number): number {
	return d < MASK_BITS ? 1 << d : -1;
}

/** A part's device mask in the united table's numbers (`bits`: the bit of each of the part's devices), or -1. */
function remap(mask: number, bits: readonly number[]): number {
	if (mask === -1) return -1;
	if (mask === 1) return bits[0] as number;
	let united = 0;
	for (let d = 0; d < bits.length && d < MASK_BITS; d++) {
		if ((mask & (1 << d)) === 0) continue;
		const bit = bits[d] as number;
		if (bit === -1) return -1;
		united |= bit;
	}
	return united;
}

/** Part numbers ordered by the id of their next line (`next[p]`), smallest first. */
class Heap {
	private readonly items: number[] = [];

	constructor(private readonly parts: readonly LogLines[]) {}

	get size(): number {
		return this.items.length;
	}

	private id(p: number, next: Int32Array): string {
		return (this.parts[p] as LogLines).ids[next[p] as number] as string;
	}

	/** The part whose next id is the smallest. */
	get top(): number {
		return this.items[0] as number;
	}

	peekId(next: Int32Array): string {
		return this.id(this.top, next);
	}

	push(p: number, next: Int32Array): void {
		const items = this.items;
		let i = items.length;
		items.push(p);
		const id = this.id(p, next);
		while (i > 0) {
			const parent = (i - 1) >> 1;
			if (this.id(items[parent] as number, next) <= id) break;
			items[i] = items[parent] as number;
			i = parent;
		}
		items[i] = p;
	}

	/** Removes the top part. */
	pop(next: Int32Array): void {
		const last = this.items.pop() as number;
		if (this.items.length === 0) return;
		this.items[0] = last;
		this.siftDown(next);
	}

	/** Moves the top part down to its place (its next id grew). */
	siftDown(next: Int32Array): void {
		const items = this.items;
		const last = items[0] as number;
		const id = this.id(last, next);
		let i = 0;
		for (;;) {
			const left = 2 * i + 1;
			if (left >= items.length) break;
			const right = left + 1;
			const child = right < items.length && this.id(items[right] as number, next) < this.id(items[left] as number, next) ? right : left;
			if (this.id(items[child] as number, next) >= id) break;
			items[i] = items[child] as number;
			i = child;
		}
		items[i] = last;
	}
}
