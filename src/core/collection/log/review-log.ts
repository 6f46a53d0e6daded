import type { ReviewEntry } from "../../types";
import { LogEntries } from "./log-entries";
import { compareEntries, unitedEntries } from "./log-entry";
import type { LogEntry, ReviewLogData } from "../store-model";

/** The identity of an answer within its card's log: `time|device|rev` (card + time + device, see docs/decisions/card-identity.md). */
export function entryKey(entry: Pick<LogEntry, "time" | "device" | "rev">): string {
	return `${entry.time}|${entry.device}|${entry.rev}`;
}

export { compareEntries };

/** The first `rev` that no answer or undone answer of this card, device and ms uses yet. */
export function freeRev(log: ReviewLogData, id: string, time: number, device: string): number {
	const used = new Set<number>();
	for (const entry of log.entries.get(id) ?? []) if (entry.time === time && entry.device === device) used.add(entry.rev);
	const undone = log.undone.get(id);
	let rev = 0;
	while (used.has(rev) || undone?.has(entryKey({ time, device, rev }))) rev++;
	return rev;
}

/**
 * Adds an answer in replay order (a duplicate is ignored). Returns whether it landed last, so the
 * caller can update the card incrementally instead of replaying it.
 */
export function appendEntry(log: ReviewLogData, id: string, entry: LogEntry): "last" | "earlier" | "duplicate" {
	const list = log.entries.get(id);
	if (!list) {
		log.entries.set(id, [entry]);
		return "last";
	}
	let at = list.length;
	while (at > 0 && compareEntries(list[at - 1] as LogEntry, entry) > 0) at--;
	const before = list[at - 1];
	if (before && compareEntries(before, entry) === 0) return "duplicate";
	// A new list, never a change in place: a list may be shared with another store (see LogEntries).
	log.entries.set(id, [...list.slice(0, at), entry, ...list.slice(at)]);
	return at === list.length ? "last" : "earlier";
}

/**
 * Undoes an answer: it leaves the log and a tombstone takes its place, so a device that still has the
 * answer drops it when merging this log.
 */
export function markUndone(log: ReviewLogData, id: string, entry: LogEntry): void {
	const keys = log.undone.get(id) ?? new Set<string>();
	keys.add(entryKey(entry));
	log.undone.set(id, keys);
	dropIneffective(log, id);
}

/** Removes the answers of a card that a tombstone cancels (they can never count again). */
export function dropIneffective(log: ReviewLogData, id: string): void {
	const list = log.entries.get(id);
	if (!list) return;
	const kept = list.filter((entry) => isEffective(log, id, entry));
	if (kept.length === 0) log.entries.delete(id);
	else if (kept.length < list.length) log.entries.set(id, kept);
}

/** Records a reset of a card at `time`: its earlier answers stay in its history but stop scheduling it. */
export function markReset(log: ReviewLogData, id: string, time: number): void {
	const times = log.resets.get(id) ?? [];
	if (!times.includes(time)) times.push(time);
	times.sort((a, b) => a - b);
	log.resets.set(id, times);
}

/** Purges a card's history up to `time`, the only deletion of answers; the tombstone itself stays. */
export function markPurged(log: ReviewLogData, id: string, time: number): void {
	log.purged.set(id, Math.max(time, log.purged.get(id) ?? -Infinity));
	dropIneffective(log, id);
}

/** Whether an answer still counts: not undone, not purged. */
export function isEffective(log: ReviewLogData, id: string, entry: LogEntry): boolean {
	const purgedUpTo = log.purged.get(id);
	if (purgedUpTo !== undefined && entry.time <= purgedUpTo) return false;
	return !log.undone.get(id)?.has(entryKey(entry));
}

/**
 * How many answers the log holds that count (not undone, not purged; those before a reset too, since
 * they stay in the history). Read from the loaded lines' counts: only cards with tombstones are decoded,
 * and nothing decoded is kept.
 */
export function answerCount(log: ReviewLogData): number {
	const summaryOf = log.entries.summariesInOrder();
	let count = 0;
	for (const id of log.entries.keys()) {
		if (log.undone.has(id) || log.purged.has(id)) count += (log.entries.read(id) ?? []).filter((entry) => isEffective(log, id, entry)).length;
		else count += summaryOf(id)?.count ?? 0;
	}
	return count;
}

/**
 * The answers that count of a card known under several raw ids (aliases), in replay order, as `cardId`.
 * `keep` false leaves a loaded card's answers undecoded in the store afterwards (see `LogEntries.read`).
 */
export function effectiveEntries(log: ReviewLogData, rawIds: readonly string[], cardId: string, keep = true): ReviewEntry[] {
	const all: LogEntry[] = [];
	for (const id of rawIds) for (const entry of (keep ? log.entries.get(id) : log.entries.read(id)) ?? []) if (isEffective(log, id, entry)) all.push(entry);
	if (rawIds.length > 1) all.sort(compareEntries);
	return all.map((entry) => toReviewEntry(cardId, entry));
}

/**
 * What `effectiveEntries(log, [id], id)` and `resetTimes(log, [id])` give once `other` is merged into
 * `log` (`mergeLogInto`), without merging: the union of both sides' answers to the card that neither
 * side's tombstones cancel, and both sides' resets.
 */
export function mergedCardLog(log: ReviewLogData, other: ReviewLogData, id: string): { entries: ReviewEntry[]; resets: number[] } {
	const mine = log.entries.get(id) ?? [];
	const theirs = other.entries.get(id) ?? [];
	const all = theirs.length === 0 ? mine : mine.length === 0 ? theirs : unitedEntries([mine, theirs]);
	const entries = all.filter((entry) => isEffective(log, id, entry) && isEffective(other, id, entry)).map((entry) => toReviewEntry(id, entry));
	const resets = [...new Set([...(log.resets.get(id) ?? []), ...(other.resets.get(id) ?? [])])].sort((x, y) => x - y);
	return { entries, resets };
}

/** The resets of a card known under several raw ids, sorted. */
export function resetTimes(log: ReviewLogData, rawIds: readonly string[]): number[] {
	const times: number[] = [];
	for (const id of rawIds) for (const time of log.resets.get(id) ?? []) times.push(time);
	return times.sort((a, b) => a - b);
}

/** A stored answer as the public `ReviewEntry`. */
export function toReviewEntry(card: string, entry: LogEntry): ReviewEntry {
	const result: ReviewEntry = { card, time: entry.time, rating: entry.rating, device: entry.device, offset: entry.offset };
	if (entry.duration !== undefined) result.duration = entry.duration;
	return result;
}

/**
 * The union of two logs: answers deduplicated by card, time, device and rev, tombstones united, and the
 * answers a tombstone cancels dropped. The result depends on neither the order nor the grouping of
 * merges. Inputs are not modified.
 */
export function mergeLogs(a: ReviewLogData, b: ReviewLogData): ReviewLogData {
	const entries = new LogEntries();
	for (const id of a.entries.keys()) entries.adopt(id, a.entries);
	const copy: ReviewLogData = { entries, undone: new Map(), resets: new Map(), purged: new Map(a.purged) };
	for (const [id, keys] of a.undone) copy.undone.set(id, new Set(keys));
	for (const [id, times] of a.resets) copy.resets.set(id, [...times]);
	mergeLogInto(copy, b);
	return copy;
}

/** `mergeLogs` into `target` (changed in place; `b` is not): costs what `b` holds, not what `target` does. */
export function mergeLogInto(target: ReviewLogData, b: ReviewLogData): void {
	const entries = target.entries;
	if (!entries.uniteLoaded(b.entries)) for (const id of b.entries.keys()) entries.unite(id, b.entries);
	for (const [id, keys] of b.undone) target.undone.set(id, new Set([...(target.undone.get(id) ?? []), ...keys]));
	for (const [id, times] of b.resets) target.resets.set(id, [...new Set([...(target.resets.get(id) ?? []), ...times])].sort((x, y) => x - y));
	for (const [id, time] of b.purged) target.purged.set(id, Math.max(time, target.purged.get(id) ?? -Infinity));
	// Only cards with tombstones can hold answers that no longer count.
	for (const id of new Set([...target.undone.keys(), ...target.purged.keys()])) dropIneffective(target, id);
}

/** Whether two lists of the same card's answers hold the same answers. */
export function sameEntries(a: readonly ReviewEntry[], b: readonly ReviewEntry[]): boolean {
	if (a.length !== b.length) return false;
	return a.every((entry, i) => {
		const other = b[i] as ReviewEntry;
		return (
			entry.time === other.time &&
			entry.device === other.device &&
			entry.rating === other.rating &&
			entry.offset === other.offset &&
			entry.duration === other.duration
		);
	});
}
