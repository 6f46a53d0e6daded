import { MASK_BITS } from "../store/answer-scan";
import type { LogEntry } from "./log-entry";
import type { LogLines } from "../store/packed-log";
import { isLineRef, PackedOverlay, type LineRef } from "../store/packed-overlay";

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
export class LogEntries extends PackedOverlay<LogLines, readonly LogEntry[]> {
	/** A card's answers (decoded on first use), or undefined when it has none. */
	get(id: string): readonly LogEntry[] | undefined {
		const answers = this.at(id);
		return answers !== undefined && isLineRef(answers) ? answers.lines.answers(answers.index) : answers;
	}

	/** Replaces a card's answers. */
	set(id: string, list: readonly LogEntry[]): void {
		this.replace(id, list);
	}

	/** How many answers a card has and its last one's time and offset, without decoding. */
	summary(id: string): LogSummary | undefined {
		const answers = this.at(id);
		if (answers === undefined) return undefined;
		if (isLineRef(answers)) return lineSummary(answers.lines, answers.index);
		const last = answers[answers.length - 1];
		return { count: answers.length, lastTime: last?.time ?? 0, lastOffset: last?.offset ?? 0 };
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
			const time = isLineRef(answers) ? (answers.lines.lastTime[answers.index] as number) : (answers[answers.length - 1]?.time ?? 0);
			latest = Math.max(latest, time);
		}
		return latest;
	}

	/** Whether a card's answers are the same in `other`, decoding only when their stored lines differ. */
	sameAs(id: string, other: LogEntries): boolean {
		const mine = this.lineOf(id);
		const theirs = other.lineOf(id);
		if (mine && theirs) {
			if (mine.lines === theirs.lines && mine.index === theirs.index) return true;
			if (mine.lines.codec === theirs.lines.codec && sameDevices(mine.lines.devices, theirs.lines.devices) && mine.lines.answersText(mine.index) === theirs.lines.answersText(theirs.index)) return true;
		}
		const a = this.get(id);
		const b = other.get(id);
		if (a === undefined || b === undefined) return a === b;
		return a.length === b.length && a.every((entry, i) => sameEntry(entry, b[i] as LogEntry));
	}

	/** A card's answers as a line of some loaded text, when they are one. */
	private lineOf(id: string): LineRef<LogLines> | undefined {
		const answers = this.at(id);
		return answers !== undefined && isLineRef(answers) ? answers : undefined;
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
			if (isLineRef(answers)) for (const name of answers.lines.deviceNames(answers.index)) names.add(name);
			else for (const entry of answers) names.add(entry.device);
		}
		return names;
	}

	/** Visits every card's answers in id order. */
	visitInOrder(visitor: AnswersVisitor): void {
		this.walkInOrder((id, lines, index) => visitor.line(id, lines, index), (id, list) => visitor.list(id, list));
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
	return a.time === b.time && a.rating === b.rating && a.device === b.device && a.offset === b.offset && a.duration === b.duration && a.rev === b.rev && a.more === b.more;
}
