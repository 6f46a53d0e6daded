import { MASK_BITS } from "../store/text/answer-scan";
import { sameEntry, unitedEntries, type LogEntry } from "./log-entry";
import { isLineRef, PackedOverlay } from "../store/text/packed-overlay";
import type { AnswerLines } from "../store/text/united-lines";
import { JoinedLines, lastTimeOf, lineSummary, linesOf, listSummary, sameLine, type Line, type LogSummary, type Stored } from "./stored-answers";

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
