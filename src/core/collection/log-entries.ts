import { MASK_BITS } from "./answer-scan";
import type { LogEntry } from "./log-entry";
import type { LogLines } from "./packed-log";

/** A line of a loaded log text (another store's, after a merge). */
interface LineRef {
	lines: LogLines;
	index: number;
}

/** A card's answers when they are not its own line of the text this log was read from. */
type Answers = readonly LogEntry[] | LineRef;

function isRef(answers: Answers): answers is LineRef {
	return !Array.isArray(answers);
}

/** Count, time and UTC offset of a card's last answer, read without decoding its answers. */
export interface LogSummary {
	count: number;
	lastTime: number;
	lastOffset: number;
}

/** Visits a card's answers in id order: as a line of a loaded text, or as a list. */
export interface AnswersVisitor {
	line(id: string, lines: LogLines, index: number): void;
	list(id: string, list: readonly LogEntry[]): void;
}

/**
 * The answers of every card, by reviewable id, each list sorted in replay order. A store read from
 * disk keeps its log text's lines (`LogLines`) and decodes a card's answers on first use, so loading
 * and saving a large store cost its size in characters, not in answers; what changed since is kept
 * beside them. Lists are never changed in place: a change sets a new list, so lists and lines can be
 * shared between two stores.
 */
export class LogEntries {
	/** The text this log was read from, in lines (absent for a log built in memory). */
	private lines: LogLines | undefined;
	/** Cards whose answers are not their line of `lines`: a list, another text's line, or none (null). */
	private readonly changed = new Map<string, Answers | null>();
	private added = 0;
	private removed = 0;
	private version = 0;
	/** Whether every card is still exactly its line of `lines` (saving then writes the text back whole). */
	private pristine = false;

	/** Starts from a loaded log text (on an empty log); `whole` when it holds every line of that text. */
	load(lines: LogLines, whole: boolean): void {
		this.lines = lines;
		this.pristine = whole;
		this.version++;
	}

	private own(id: string): number {
		return this.lines ? this.lines.indexOf(id) : -1;
	}

	/** A card's answers (decoded on first use), or undefined when it has none. */
	get(id: string): readonly LogEntry[] | undefined {
		const answers = this.changed.get(id);
		if (answers === null) return undefined;
		if (answers !== undefined) return isRef(answers) ? answers.lines.answers(answers.index) : answers;
		const i = this.own(id);
		return i < 0 ? undefined : this.lines?.answers(i);
	}

	/** Replaces a card's answers. */
	set(id: string, list: readonly LogEntry[]): void {
		this.replace(id, list);
	}

	delete(id: string): boolean {
		return this.replace(id, null);
	}

	has(id: string): boolean {
		const answers = this.changed.get(id);
		return answers === undefined ? this.own(id) >= 0 : answers !== null;
	}

	/** Card ids, the text's first (in order), then the others. */
	*keys(): IterableIterator<string> {
		for (const id of this.lines?.ids ?? []) if (this.changed.get(id) !== null) yield id;
		for (const [id, answers] of this.changed) if (answers !== null && this.own(id) < 0) yield id;
	}

	get size(): number {
		return (this.lines?.ids.length ?? 0) - this.removed + this.added;
	}

	/** Changes whenever a card is added or removed (not when one changes). */
	get keysVersion(): number {
		return this.version;
	}

	/** The loaded text, when no card changed since loading. */
	unchangedText(): LogLines | undefined {
		return this.pristine ? this.lines : undefined;
	}

	/** How many answers a card has and its last one's time and offset, without decoding. */
	summary(id: string): LogSummary | undefined {
		const answers = this.changed.get(id);
		if (answers === null) return undefined;
		if (answers === undefined) {
			const i = this.own(id);
			return i < 0 || !this.lines ? undefined : lineSummary(this.lines, i);
		}
		if (isRef(answers)) return lineSummary(answers.lines, answers.index);
		const last = answers[answers.length - 1];
		return { count: answers.length, lastTime: last?.time ?? 0, lastOffset: last?.offset ?? 0 };
	}

	/**
	 * A reader of summaries for ids asked mostly in increasing order (as the cache's lines come): walks
	 * the loaded lines alongside instead of searching them for each id; searches for one out of order.
	 */
	summariesInOrder(): (id: string) => LogSummary | undefined {
		let cursor = 0;
		let previous = "";
		const lines = this.lines;
		return (id) => {
			if (this.changed.has(id) || !lines || id < previous) return this.summary(id);
			previous = id;
			while (cursor < lines.ids.length && (lines.ids[cursor] as string) < id) cursor++;
			return lines.ids[cursor] === id ? lineSummary(lines, cursor) : undefined;
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
			const time = isRef(answers) ? (answers.lines.lastTime[answers.index] as number) : (answers[answers.length - 1]?.time ?? 0);
			latest = Math.max(latest, time);
		}
		return latest;
	}

	/** Takes a card's answers from another log, sharing them (they are never changed in place). */
	adopt(id: string, other: LogEntries): void {
		const answers = other.changed.get(id);
		if (answers === null) return;
		if (answers !== undefined) {
			this.replace(id, answers);
			return;
		}
		const index = other.own(id);
		if (index >= 0 && other.lines) this.replace(id, { lines: other.lines, index });
	}

	/** Whether a card's answers are the same in `other`, decoding only when their stored lines differ. */
	sameAs(id: string, other: LogEntries): boolean {
		const mine = this.lineOf(id);
		const theirs = other.lineOf(id);
		if (mine && theirs) {
			if (mine.lines === theirs.lines && mine.index === theirs.index) return true;
			if (sameDevices(mine.lines.devices, theirs.lines.devices) && mine.lines.answersText(mine.index) === theirs.lines.answersText(theirs.index)) return true;
		}
		const a = this.get(id);
		const b = other.get(id);
		if (a === undefined || b === undefined) return a === b;
		return a.length === b.length && a.every((entry, i) => sameEntry(entry, b[i] as LogEntry));
	}

	/** A card's answers as a line of some loaded text, when they are one. */
	private lineOf(id: string): LineRef | undefined {
		const answers = this.changed.get(id);
		if (answers === null) return undefined;
		if (answers !== undefined) return isRef(answers) ? answers : undefined;
		const index = this.own(id);
		return index < 0 || !this.lines ? undefined : { lines: this.lines, index };
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
			if (isRef(answers)) for (const name of answers.lines.deviceNames(answers.index)) names.add(name);
			else for (const entry of answers) names.add(entry.device);
		}
		return names;
	}

	/** Visits every card's answers in id order. */
	visitInOrder(visitor: AnswersVisitor): void {
		const own = this.lines?.ids ?? [];
		const others = [...this.changed.keys()].filter((id) => this.changed.get(id) !== null).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
		let i = 0;
		let j = 0;
		while (i < own.length || j < others.length) {
			const mine = own[i];
			const other = others[j];
			if (mine !== undefined && (other === undefined || mine < other)) {
				if (!this.changed.has(mine) && this.lines) visitor.line(mine, this.lines, i);
				i++;
				continue;
			}
			if (other === undefined) break;
			if (mine === other) i++;
			const answers = this.changed.get(other) as Answers;
			if (isRef(answers)) visitor.line(other, answers.lines, answers.index);
			else visitor.list(other, answers);
			j++;
		}
	}

	/** Sets (or removes, with null) a card's answers, keeping count of the ids. Returns whether the card had answers. */
	private replace(id: string, answers: Answers | null): boolean {
		const had = this.has(id);
		if (answers === null && !had) return false;
		const inText = this.own(id) >= 0;
		if (answers === null && !inText) this.changed.delete(id);
		else this.changed.set(id, answers);
		if (had !== (answers !== null)) {
			this.version++;
			if (inText) this.removed += had ? 1 : -1;
			else this.added += had ? -1 : 1;
		}
		this.pristine = false;
		return had;
	}
}

function lineSummary(lines: LogLines, i: number): LogSummary {
	return { count: lines.count[i] as number, lastTime: lines.lastTime[i] as number, lastOffset: lines.lastOffset[i] as number };
}

/** Whether two device tables list the same names in the same order. */
export function sameDevices(a: readonly string[], b: readonly string[]): boolean {
	return a === b || (a.length === b.length && a.every((name, i) => name === b[i]));
}

/** Whether two stored answers are the same answer, field for field. */
export function sameEntry(a: LogEntry, b: LogEntry): boolean {
	return a.time === b.time && a.rating === b.rating && a.device === b.device && a.offset === b.offset && a.duration === b.duration && a.rev === b.rev;
}
