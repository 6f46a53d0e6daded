import type { LogEntry } from "./log-entry";
import { compareEntries, entryKey } from "./review-log";

/**
 * A practice answer: given in a study that does not reschedule (a cram, a preview). It is kept and
 * synced so it shows in the card's history, but it is never replayed: it changes no schedule, no
 * daily count and no statistic. `undone` is its tombstone (an undo that must survive a merge).
 */
export interface PracticeEntry extends LogEntry {
	undone?: boolean;
}

/** Practice answers per reviewable id, oldest first. */
export type PracticeLog = Map<string, PracticeEntry[]>;

/** Adds a practice answer in time order; the `rev` keeps two answers of one ms apart. */
export function addPractice(log: PracticeLog, id: string, entry: LogEntry): PracticeEntry {
	const list = log.get(id) ?? [];
	let rev = 0;
	while (list.some((e) => e.time === entry.time && e.device === entry.device && e.rev === rev)) rev++;
	const added: PracticeEntry = { ...entry, rev };
	log.set(id, [...list, added].sort(compareEntries));
	return added;
}

/** Marks a practice answer undone (a tombstone kept in the log, so other devices drop it too). */
export function undoPractice(log: PracticeLog, id: string, entry: LogEntry): void {
	const key = entryKey(entry);
	const list = log.get(id);
	if (list) log.set(id, list.map((e) => (entryKey(e) === key ? { ...e, undone: true } : e)));
}

/** The practice answers of a card (under any of its raw ids) that were not undone, oldest first. */
export function practiceOf(log: PracticeLog, rawIds: readonly string[]): PracticeEntry[] {
	const all: PracticeEntry[] = [];
	for (const id of rawIds) for (const entry of log.get(id) ?? []) if (!entry.undone) all.push(entry);
	return all.sort(compareEntries);
}

/** The union of two practice logs: one copy of each answer, undone when either copy is. */
export function mergePractice(a: PracticeLog, b: PracticeLog): PracticeLog {
	const result: PracticeLog = new Map(a);
	for (const [id, theirs] of b) {
		const byKey = new Map<string, PracticeEntry>();
		for (const entry of [...(result.get(id) ?? []), ...theirs]) {
			const key = entryKey(entry);
			const seen = byKey.get(key);
			byKey.set(key, seen ? { ...seen, undone: Boolean(seen.undone) || Boolean(entry.undone) } : entry);
		}
		result.set(id, [...byKey.values()].map(cleanUndone).sort(compareEntries));
	}
	return result;
}

function cleanUndone(entry: PracticeEntry): PracticeEntry {
	if (entry.undone) return entry;
	const { undone: _undone, ...rest } = entry;
	return rest;
}
