import { mergePractice } from "../../log/practice-log";
import { mergeAliases } from "../../identity/card-aliases";
import { mergeRegisters } from "../../log/registers";
import { mergeLogs } from "../../log/review-log";
import { StateCache } from "../text/state-cache";
import { mergePresetWrites } from "../../presets/preset-store";
import { mergeHistory, withCurrentOptions } from "../../presets/options-history";
import { parseOptionsOf } from "../../collection-options";
import { encodeNote, encodeOptions, encodeOrphan } from "../json/store-encode";
import type { NoteRecord, Register, StoredCard, StoreData } from "../../store-model";

/** The later of two versions by time; equal times fall back to comparing their stored text, so any order agrees. */
function later<T>(a: T, b: T, time: (value: T) => number, text: (value: T) => string, same?: (a: T, b: T) => boolean): T {
	const dt = time(a) - time(b);
	if (dt !== 0) return dt > 0 ? a : b;
	// Two copies of one record (the usual case after a sync) store alike: either will do.
	if (a === b || same?.(a, b)) return a;
	return text(a) >= text(b) ? a : b;
}

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean = (x, y) => x === y): boolean {
	return a === b || (a.length === b.length && a.every((item, i) => same(item, b[i] as T)));
}

function sameCard(a: StoredCard, b: StoredCard): boolean {
	return (
		a.id === b.id &&
		a.kind === b.kind &&
		a.front === b.front &&
		a.back === b.back &&
		a.line === b.line &&
		a.endLine === b.endLine &&
		a.anchor === b.anchor &&
		a.added === b.added &&
		sameList(a.tags, b.tags) &&
		sameList(a.context, b.context) &&
		sameList(a.clozes ?? [], b.clozes ?? [])
	);
}

/** Whether two note records store alike (field by field, without writing them out). */
function sameNote(a: NoteRecord, b: NoteRecord): boolean {
	return (
		a.path === b.path &&
		a.indexedAt === b.indexedAt &&
		a.deleted === b.deleted &&
		a.deck === b.deck &&
		a.mtime === b.mtime &&
		a.size === b.size &&
		a.parseHash === b.parseHash &&
		sameList(a.tags, b.tags) &&
		sameList(a.cards, b.cards, sameCard)
	);
}

function mergeMaps<T>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>, pick: (x: T, y: T) => T): Map<string, T> {
	const result = new Map(a);
	for (const [key, value] of b) {
		const mine = result.get(key);
		result.set(key, mine === undefined ? value : pick(mine, value));
	}
	return result;
}

/** Drops the writes a purge came after: a purged card leaves nothing behind. */
function withoutPurged<T>(writes: Map<string, Register<T>>, purged: ReadonlyMap<string, number>): Map<string, Register<T>> {
	for (const [id, write] of [...writes]) if (write.time <= (purged.get(id) ?? -Infinity)) writes.delete(id);
	return writes;
}

/**
 * The union of two stores' synced parts (docs/decisions/card-identity.md): logs and tombstones united, each note's newer
 * index kept (deletions included), orphans and bury/suspend writes last-writer-wins, aliases united,
 * options of the higher revision (their scheduling part the latest of the options history), presets
 * and deck assignments last-writer-wins each, options histories united. Commutative, associative and idempotent; the cache is left empty
 * for the caller to fill (reusing either side's where that card's log did not change).
 */
export function mergeStores(a: StoreData, b: StoreData): StoreData {
	const noteText = (note: Parameters<typeof encodeNote>[0]): string => JSON.stringify(encodeNote(note));
	const pickOptions = later(
		a,
		b,
		(s) => s.optionsRev,
		// Parse options first: with a history, the scheduling part comes from it whichever side wins.
		(s) => JSON.stringify([parseOptionsOf(s.options), s.optionsMore, encodeOptions(s.options)]),
	);
	const log = mergeLogs(a.log, b.log);
	const history = mergeHistory(a.history, b.history);
	return {
		options: withCurrentOptions(pickOptions.options, history),
		optionsRev: pickOptions.optionsRev,
		optionsMore: pickOptions.optionsMore,
		...mergePresetWrites(a, b),
		history,
		notes: mergeMaps(a.notes, b.notes, (x, y) => later(x, y, (n) => n.indexedAt, noteText, sameNote)),
		orphans: mergeMaps(a.orphans, b.orphans, (x, y) =>
			later(
				x,
				y,
				(o) => o.since,
				(o) => JSON.stringify(encodeOrphan(o)),
			),
		),
		log,
		aliases: mergeAliases(a.aliases, b.aliases),
		suspended: withoutPurged(mergeRegisters(a.suspended, b.suspended), log.purged),
		buried: withoutPurged(mergeRegisters(a.buried, b.buried), log.purged),
		cache: new StateCache(),
		practice: mergePractice(a.practice, b.practice),
		dueSet: withoutPurged(mergeRegisters(a.dueSet, b.dueSet), log.purged),
	};
}
