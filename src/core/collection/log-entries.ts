import type { LogEntry } from "./log-entry";
import { packedDeviceNames, unpackLog, type LogSource, type PackedLog } from "./packed-log";

/** A card's answers: a list, or its line of a loaded log text (which keeps the list once decoded). */
type Answers = PackedLog | readonly LogEntry[];

function isPacked(answers: Answers): answers is PackedLog {
	return !Array.isArray(answers);
}

/** Count, time and UTC offset of a card's last answer, read without decoding its answers. */
export interface LogSummary {
	count: number;
	lastTime: number;
	lastOffset: number;
}

/**
 * The answers of every card, by reviewable id, each list sorted in replay order. A card loaded from a
 * store keeps its line of the stored text and is decoded on first use, so loading and saving a large
 * store cost its size in characters, not in answers. Lists are never changed in place: a change sets
 * a new list (and drops the stored line), so an entry can be shared between two stores.
 */
export class LogEntries {
	private readonly answers = new Map<string, Answers>();
	/** Changes whenever a card is added or removed (not when one changes). */
	private version = 0;
	/** The text the log was read from, while every card is still as read (saving writes it back whole). */
	private pristine: LogSource | undefined;

	/** A card's answers (decoded on first use), or undefined when it has none. */
	get(id: string): readonly LogEntry[] | undefined {
		const answers = this.answers.get(id);
		if (answers === undefined || !isPacked(answers)) return answers;
		answers.list ??= unpackLog(answers, id);
		return answers.list;
	}

	/** Replaces a card's answers. */
	set(id: string, list: readonly LogEntry[]): void {
		if (!this.answers.has(id)) this.version++;
		this.answers.set(id, list);
		this.pristine = undefined;
	}

	/** Sets a card's line as read (and checked) from a store's log text. */
	setPacked(id: string, packed: PackedLog): void {
		this.version++;
		this.answers.set(id, packed);
	}

	/** Marks the log as holding exactly what `source` says (every line read from it, unchanged). */
	loaded(source: LogSource): void {
		this.pristine = source;
	}

	delete(id: string): boolean {
		this.pristine = undefined;
		const deleted = this.answers.delete(id);
		if (deleted) this.version++;
		return deleted;
	}

	/** Changes whenever a card is added or removed (not when one changes): lets saving reuse its sorted ids. */
	get keysVersion(): number {
		return this.version;
	}

	has(id: string): boolean {
		return this.answers.has(id);
	}

	keys(): IterableIterator<string> {
		return this.answers.keys();
	}

	get size(): number {
		return this.answers.size;
	}

	/** The stored text when no card changed since loading. */
	unchangedSource(): LogSource | undefined {
		return this.pristine;
	}

	/** A card's line of the stored text, while its answers are unchanged since loading. */
	packed(id: string): PackedLog | undefined {
		const answers = this.answers.get(id);
		return answers !== undefined && isPacked(answers) ? answers : undefined;
	}

	/** How many answers a card has and its last one's time and offset, without decoding. */
	summary(id: string): LogSummary | undefined {
		const answers = this.answers.get(id);
		if (answers === undefined || isPacked(answers)) return answers;
		const last = answers[answers.length - 1];
		return { count: answers.length, lastTime: last?.time ?? 0, lastOffset: last?.offset ?? 0 };
	}

	/** Epoch ms of the latest answer of any card (0 when there is none), without decoding. */
	latestTime(): number {
		let latest = 0;
		for (const answers of this.answers.values()) {
			const time = isPacked(answers) ? answers.lastTime : (answers[answers.length - 1]?.time ?? 0);
			if (time > latest) latest = time;
		}
		return latest;
	}

	/** Takes a card's answers from another log, sharing them (they are never changed in place). */
	adopt(id: string, other: LogEntries): void {
		const answers = other.answers.get(id);
		if (answers === undefined) return;
		if (!this.answers.has(id)) this.version++;
		this.answers.set(id, answers);
		this.pristine = undefined;
	}

	/** Whether a card's answers are the same in `other`, decoding only when their stored lines differ. */
	sameAs(id: string, other: LogEntries): boolean {
		const mine = this.answers.get(id);
		const theirs = other.answers.get(id);
		if (mine === theirs) return true;
		if (mine === undefined || theirs === undefined) return false;
		if (isPacked(mine) && isPacked(theirs) && sameDevices(mine.source.devices, theirs.source.devices)) {
			if (mine.source.text.slice(mine.start, mine.end) === theirs.source.text.slice(theirs.start, theirs.end)) return true;
		}
		const a = this.get(id) ?? [];
		const b = other.get(id) ?? [];
		return a.length === b.length && a.every((entry, i) => sameEntry(entry, b[i] as LogEntry));
	}

	/** Every device name an answer mentions. */
	devices(): Set<string> {
		const names = new Set<string>();
		// Lines read from one store share its device table: unite their masks per table first.
		const masks = new Map<readonly string[], number>();
		for (const [id, answers] of this.answers) {
			if (isPacked(answers) && answers.deviceMask !== -1) {
				const table = answers.source.devices;
				masks.set(table, (masks.get(table) ?? 0) | answers.deviceMask);
			} else {
				for (const entry of this.get(id) ?? []) names.add(entry.device);
			}
		}
		for (const [devices, deviceMask] of masks) {
			const all = { source: { text: "", devices }, lineStart: 0, start: 0, end: 0, count: 0, lastTime: 0, lastOffset: 0, deviceMask };
			for (const name of packedDeviceNames(all, "")) names.add(name);
		}
		return names;
	}
}

/** Whether two device tables list the same names in the same order. */
export function sameDevices(a: readonly string[], b: readonly string[]): boolean {
	return a === b || (a.length === b.length && a.every((name, i) => name === b[i]));
}

/** Whether two stored answers are the same answer, field for field. */
export function sameEntry(a: LogEntry, b: LogEntry): boolean {
	return a.time === b.time && a.rating === b.rating && a.device === b.device && a.offset === b.offset && a.duration === b.duration && a.rev === b.rev;
}
