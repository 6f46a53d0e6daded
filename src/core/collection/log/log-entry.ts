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
