import { MASK_BITS } from "../store/text/answer-scan";
import { unitedEntries, type LogEntry } from "./log-entry";
import { LogLines } from "../store/text/packed-log";
import { isLineRef, PackedOverlay, type LineRef } from "../store/text/packed-overlay";
import type { AnswerLines } from "../store/text/united-lines";

type Line = LineRef<AnswerLines>;

/**
 * A card's answers as lines of several texts (the parts of two devices that both answered it), united
 * when first read. Never changed but for that memo, so two stores can share it.
 */
class JoinedLines {
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
type Stored = readonly LogEntry[] | JoinedLines;

/** The lines a stored value is made of, or undefined when it is a list. */
function linesOf(value: Stored | Line): readonly Line[] | undefined {
	if (value instanceof JoinedLines) return value.parts;
	return isLineRef(value) ? [value] : undefined;
}

/** The time of the last answer a stored value holds (0 for none). */
function lastTimeOf(value: Stored | Line): number {
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
function sameLine(a: Line, b: Line): boolean {
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

/** Visits a card's answers in id order: as a line of a loaded text, or as a list. */
export interface AnswersVisitor {
	line(id: string, lines: AnswerLines, index: number): void;
	list(id: string, list: readonly LogEntry[]): void;
}

/**
 * The answers of every card, by reviewable id, each list sorted in replay order. A store read from
 * disk keeps its log text's lines (`LogLines`) and decodes a card's answers on first use, so loading
 * and saving a large store cost its size in characters, not in answers; what changed since is kept
 * beside them. Lists are never changed in place: a change sets a new list, so lists and lines can be
 * shared between two stores.
 */
export class LogEntries extends PackedOverlay<AnswerLines, Stored> {
	/** A card's answers (decoded on first use), or undefined when it has none. */
	get(id: string): readonly LogEntry[] | undefined {
		const answers = this.at(id);
		if (answers === undefined) return undefined;
		if (answers instanceof JoinedLines) return answers.answers();
		return isLineRef(answers) ? answers.lines.answers(answers.index) : answers;
	}

	/**
	 * A card's answers as `get` gives them, decoded without being kept: for a pass over every card
	 * (the statistics), which would otherwise keep the whole log as objects.
	 */
	read(id: string): readonly LogEntry[] | undefined {
		const answers = this.at(id);
		if (answers === undefined) return undefined;
		if (answers instanceof JoinedLines) return answers.read();
		return isLineRef(answers) ? answers.lines.read(answers.index) : answers;
	}

	/** Replaces a card's answers. */
	set(id: string, list: readonly LogEntry[]): void {
		this.replace(id, list);
	}

	/** A copy that can change apart from this one (sharing its text and lists, which never change in place). */
	copy(): LogEntries {
		const copy = new LogEntries();
		copy.copyOf(this);
		return copy;
	}

	/**
	 * Adds another store's answers to a card (`mergeLogInto`'s rule, card by card): a card only one side
	 * answered, or answered alike on both, keeps its (possibly still packed) answers, as saving writes
	 * each card's answers from their content; lines of two texts are joined undecoded, so that loading a
	 * folder where two devices answered one card costs the lines, not the answers.
	 */
	unite(id: string, other: LogEntries): void {
		if (!this.has(id)) this.adopt(id, other);
		else if (other.has(id) && !this.join(id, other) && !this.sameAs(id, other)) this.set(id, unitedEntries([this.get(id) ?? [], other.get(id) ?? []]));
	}

	/** How many answers a card has and its last one's time and offset, without decoding. */
	summary(id: string): LogSummary | undefined {
		const answers = this.at(id);
		if (answers === undefined) return undefined;
		if (answers instanceof JoinedLines) return answers.summary();
		if (isLineRef(answers)) return lineSummary(answers.lines, answers.index);
		return listSummary(answers);
	}

	/**
	 * What `mergeLogInto` does card by card, for another store read from one text and not changed since:
	 * walks both stores' sorted ids together instead of searching for each card, and joins lines
	 * undecoded. Returns false (nothing done) when `other` is not such a store.
	 */
	uniteLoaded(other: LogEntries): boolean {
		const theirs = other.unchangedText();
		if (!theirs) return false;
		const ownIndex = this.ownIndexInOrder();
		theirs.ids.forEach((id, index) => {
			const line: Line = { lines: theirs, index };
			const own = ownIndex(id);
			const mine = own === undefined ? this.at(id) : own >= 0 && this.lines ? { lines: this.lines, index: own } : undefined;
			if (mine === undefined) {
				this.replace(id, line, own);
				return;
			}
			const known = linesOf(mine);
			if (!known) this.replace(id, unitedEntries([this.get(id) ?? [], theirs.answers(index)]), own);
			else if (!known.some((other) => sameLine(other, line))) this.replace(id, new JoinedLines([...known, line]), own);
		});
		return true;
	}

	/**
	 * Joins another store's lines of a card to this one's without decoding either, when both are lines
	 * of loaded texts. Returns false (nothing done) when one side is a decoded list.
	 */
	join(id: string, other: LogEntries): boolean {
		const mine = this.at(id);
		const theirs = other.at(id);
		if (mine === undefined || theirs === undefined) return false;
		const a = linesOf(mine);
		const b = linesOf(theirs);
		if (!a || !b) return false;
		const added = b.filter((line) => !a.some((known) => sameLine(known, line)));
		if (added.length > 0) this.replace(id, new JoinedLines([...a, ...added]));
		return true;
	}

	/**
	 * A reader of summaries for ids asked mostly in increasing order (as the cache's lines come): walks
	 * the loaded lines alongside instead of searching them for each id; searches for one out of order.
	 */
	summariesInOrder(): (id: string) => LogSummary | undefined {
		const indexOf = this.ownIndexInOrder();
		return (id) => {
			const index = indexOf(id);
			if (index === undefined) return this.summary(id);
			return index < 0 || !this.lines ? undefined : lineSummary(this.lines, index);
		};
	}

	/** Epoch ms of the latest answer of any card (0 when there is none), without decoding. */
	latestTime(): number {
		let latest = 0;
		const lines = this.lines;
		if (lines) lines.ids.forEach((id, i) => {
			if (!this.changed.has(id)) latest = Math.max(latest, lines.lastTime[i] as number);
		});
		for (const answers of this.changed.values()) {
			if (answers === null) continue;
			latest = Math.max(latest, lastTimeOf(answers));
		}
		return latest;
	}

	/** Whether a card's answers are the same in `other`, decoding only when their stored lines differ. */
	sameAs(id: string, other: LogEntries): boolean {
		const mine = this.at(id);
		const theirs = other.at(id);
		if (mine !== undefined && mine === theirs) return true;
		const mineLines = mine === undefined ? undefined : linesOf(mine);
		const theirLines = theirs === undefined ? undefined : linesOf(theirs);
		if (mineLines && theirLines && mineLines.length === theirLines.length && mineLines.every((line, i) => sameLine(line, theirLines[i] as Line))) return true;
		const a = this.get(id);
		const b = other.get(id);
		if (a === undefined || b === undefined) return a === b;
		return a.length === b.length && a.every((entry, i) => sameEntry(entry, b[i] as LogEntry));
	}

	/** Every device name an answer mentions. */
	devices(): Set<string> {
		const names = new Set<string>();
		const lines = this.lines;
		if (lines) {
			// The text's lines share its device table: unite their masks first.
			let mask = 0;
			lines.ids.forEach((id, i) => {
				if (this.changed.has(id)) return;
				const lineMask = lines.mask[i] as number;
				if (lineMask === -1) for (const name of lines.deviceNames(i)) names.add(name);
				else mask |= lineMask;
			});
			for (const name of lines.devices.filter((_, d) => d < MASK_BITS && (mask & (1 << d)) !== 0)) names.add(name);
		}
		for (const answers of this.changed.values()) {
			if (answers === null) continue;
			const lines = linesOf(answers);
			if (lines) for (const line of lines) for (const name of line.lines.deviceNames(line.index)) names.add(name);
			else for (const entry of answers as readonly LogEntry[]) names.add(entry.device);
		}
		return names;
	}

	/** Visits every card's answers in id order. */
	visitInOrder(visitor: AnswersVisitor): void {
		this.walkInOrder(
			(id, lines, index) => visitor.line(id, lines, index),
			(id, value) => visitor.list(id, value instanceof JoinedLines ? value.answers() : value),
		);
	}
}

function listSummary(list: readonly LogEntry[]): LogSummary {
	const last = list[list.length - 1];
	return { count: list.length, lastTime: last?.time ?? 0, lastOffset: last?.offset ?? 0 };
}

function lineSummary(lines: AnswerLines, i: number): LogSummary {
	return { count: lines.count[i] as number, lastTime: lines.lastTime[i] as number, lastOffset: lines.lastOffset[i] as number };
}

/** Whether two device tables list the same names in the same order. */
export function sameDevices(a: readonly string[], b: readonly string[]): boolean {
	return a === b || (a.length === b.length && a.every((name, i) => name === b[i]));
}

/** Whether two stored answers are the same answer, field for field. */
export function sameEntry(a: LogEntry, b: LogEntry): boolean {
	return a.time === b.time && a.rating === b.rating && a.device === b.device && a.offset === b.offset && a.duration === b.duration && a.rev === b.rev && a.more === b.more;
}
