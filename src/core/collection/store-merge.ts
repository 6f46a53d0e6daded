import { mergeAliases } from "./card-aliases";
import { mergeRegisters } from "./registers";
import { mergeLogs } from "./review-log";
import { StateCache } from "./state-cache";
import { encodeNote, encodeOptions, encodeOrphan } from "./store-encode";
import type { Register, StoreData } from "./store-model";

/** The later of two versions by time; equal times fall back to comparing their stored text, so any order agrees. */
function later<T>(a: T, b: T, time: (value: T) => number, text: (value: T) => string): T {
	const dt = time(a) - time(b);
	if (dt !== 0) return dt > 0 ? a : b;
	return text(a) >= text(b) ? a : b;
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
 * The union of two stores' synced parts (DESIGN §4): logs and tombstones united, each note's newer
 * index kept (deletions included), orphans and bury/suspend writes last-writer-wins, aliases united,
 * options of the higher revision. Commutative, associative and idempotent; the cache is left empty
 * for the caller to fill (reusing either side's where that card's log did not change).
 */
export function mergeStores(a: StoreData, b: StoreData): StoreData {
	const noteText = (note: Parameters<typeof encodeNote>[0]): string => JSON.stringify(encodeNote(note));
	const pickOptions = later(
		a,
		b,
		(s) => s.optionsRev,
		(s) => JSON.stringify(encodeOptions(s.options)),
	);
	const log = mergeLogs(a.log, b.log);
	return {
		options: pickOptions.options,
		optionsRev: pickOptions.optionsRev,
		notes: mergeMaps(a.notes, b.notes, (x, y) => later(x, y, (n) => n.indexedAt, noteText)),
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
	};
}
