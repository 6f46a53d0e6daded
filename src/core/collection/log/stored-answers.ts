import { unitedEntries, type LogEntry } from "./log-entry";
import { LogLines } from "../store/text/packed-log";
import { isLineRef, type LineRef } from "../store/text/packed-overlay";
import type { AnswerLines } from "../store/text/united-lines";

/*
 * How `LogEntries` stores a card's answers: a decoded list, a line of a loaded text, or lines of several
 * texts (`JoinedLines`), with the summaries read from them without decoding.
 */

export type Line = LineRef<AnswerLines>;

/**
 * A card's answers as lines of several texts (the parts of two devices that both answered it), united
 * when first read. Never changed but for that memo, so two stores can share it.
 */
export class JoinedLines {
	private united: readonly LogEntry[] | undefined;

	/** (Not named `lines`: `isLineRef` tells a single line by that field.) */
	constructor(readonly parts: readonly Line[]) {}

	answers(): readonly LogEntry[] {
		this.united ??= unitedEntries(this.parts.map((line) => line.lines.answers(line.index)));
		return this.united;
	}

	/** `answers()` without keeping them (see `LogEntries.read`). */
	read(): readonly LogEntry[] {
		return this.united ?? unitedEntries(this.parts.map((line) => line.lines.read(line.index)));
	}

	/**
	 * Count, last time and offset without uniting, when the lines' devices are disjoint (no answer can be
	 * in two of them: an answer is known by its device) and one line holds the last answer alone.
	 */
	summary(): LogSummary {
		if (this.united) return listSummary(this.united);
		if (!this.disjoint()) return listSummary(this.answers());
		let count = 0;
		let last: Line | undefined;
		let tie = false;
		for (const line of this.parts) {
			count += line.lines.count[line.index] as number;
			const time = line.lines.lastTime[line.index] as number;
			const lastTime = last ? (last.lines.lastTime[last.index] as number) : -Infinity;
			if (time === lastTime) tie = true;
			if (time > lastTime) [last, tie] = [line, false];
		}
		if (tie || !last) return listSummary(this.answers());
		return { count, lastTime: last.lines.lastTime[last.index] as number, lastOffset: last.lines.lastOffset[last.index] as number };
	}

	/** Whether no device answered in two of the lines (then none of their answers can be the same answer). */
	private disjoint(): boolean {
		if (this.onlyWriters()) return true;
		const seen = new Set<string>();
		for (const line of this.parts) {
			for (const name of line.lines.deviceNames(line.index)) {
				if (seen.has(name)) return false;
				seen.add(name);
			}
		}
		return true;
	}

	/**
	 * Whether each line holds only its part's own device's answers (device 0), each part of another
	 * device: the usual case, told without lists or sets (loading asks it of every card two devices answered).
	 */
	private onlyWriters(): boolean {
		const parts = this.parts;
		for (let i = 0; i < parts.length; i++) {
			const line = parts[i] as Line;
			if (line.lines.mask[line.index] !== 1) return false;
			const writer = line.lines.devices[0];
			for (let j = 0; j < i; j++) if ((parts[j] as Line).lines.devices[0] === writer) return false;
		}
		return true;
	}
}

/** What a card's answers are stored as: a list, or lines of loaded texts. */
export type Stored = readonly LogEntry[] | JoinedLines;

/** The lines a stored value is made of, or undefined when it is a list. */
export function linesOf(value: Stored | Line): readonly Line[] | undefined {
	if (value instanceof JoinedLines) return value.parts;
	return isLineRef(value) ? [value] : undefined;
}

/** The time of the last answer a stored value holds (0 for none). */
export function lastTimeOf(value: Stored | Line): number {
	const lines = linesOf(value);
	if (lines) {
		let latest = -Infinity;
		for (const line of lines) latest = Math.max(latest, line.lines.lastTime[line.index] as number);
		return latest;
	}
	const list = value as readonly LogEntry[];
	return list[list.length - 1]?.time ?? 0;
}

/** Whether two lines hold the same answers as written (then either one stands for both). */
export function sameLine(a: Line, b: Line): boolean {
	if (a.lines === b.lines && a.index === b.index) return true;
	// Rows of united parts are told apart by their answers (`sameAs` decodes), not by their text.
	if (!(a.lines instanceof LogLines) || !(b.lines instanceof LogLines)) return false;
	return a.lines.codec === b.lines.codec && sameDevices(a.lines.devices, b.lines.devices) && a.lines.answersText(a.index) === b.lines.answersText(b.index);
}

/** Count, time and UTC offset of a card's last answer, read without decoding its answers. */
export interface LogSummary {
	count: number;
	lastTime: number;
	lastOffset: number;
}

/** The summary of a decoded list of answers. */
export function listSummary(list: readonly LogEntry[]): LogSummary {
	const last = list[list.length - 1];
	return { count: list.length, lastTime: last?.time ?? 0, lastOffset: last?.offset ?? 0 };
}

/** The summary of a loaded line, from its scan figures. */
export function lineSummary(lines: AnswerLines, i: number): LogSummary {
	return { count: lines.count[i] as number, lastTime: lines.lastTime[i] as number, lastOffset: lines.lastOffset[i] as number };
}

/** Whether two device tables list the same names in the same order. */
export function sameDevices(a: readonly string[], b: readonly string[]): boolean {
	return a === b || (a.length === b.length && a.every((name, i) => name === b[i]));
}
