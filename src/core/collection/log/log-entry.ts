import type { Rating } from "../../types";

/** One answer as stored (the card id is the key it is stored under). */
export interface LogEntry {
	/** Epoch ms. */
	time: number;
	rating: Rating;
	/** Name of the device that answered. */
	device: string;
	/** UTC offset in minutes at `time`, east positive. */
	offset: number;
	/** Ms spent before answering, when known. */
	duration?: number;
	/** Tells apart answers of one card by one device at one ms (a redo after an undo); 0 almost always. */
	rev: number;
	/** Fields a newer version appended to this answer, kept as written and saved back unchanged. */
	more?: string;
}

/** Replay order of answers: by time, then device, then rev, so every device replays alike. */
export function compareEntries(a: LogEntry, b: LogEntry): number {
	return a.time - b.time || (a.device < b.device ? -1 : a.device > b.device ? 1 : 0) || a.rev - b.rev;
}

/** Replay order, then content: makes the survivor of two conflicting copies of one answer deterministic. */
export function compareFully(a: LogEntry, b: LogEntry): number {
	return (
		compareEntries(a, b) ||
		a.rating - b.rating ||
		a.offset - b.offset ||
		(a.duration ?? -1) - (b.duration ?? -1) ||
		((a.more ?? "") < (b.more ?? "") ? -1 : (a.more ?? "") > (b.more ?? "") ? 1 : 0)
	);
}

/** The union of answer lists of one card: in replay order, one copy of each answer (the first by `compareFully`). */
export function unitedEntries(lists: readonly (readonly LogEntry[])[]): LogEntry[] {
	const all = lists.flat();
	all.sort(compareFully);
	return all.filter((entry, i) => i === 0 || compareEntries(all[i - 1] as LogEntry, entry) !== 0);
}

/** Whether two stored answers are the same answer, field for field. */
export function sameEntry(a: LogEntry, b: LogEntry): boolean {
	return a.time === b.time && a.rating === b.rating && a.device === b.device && a.offset === b.offset && a.duration === b.duration && a.rev === b.rev && a.more === b.more;
}
