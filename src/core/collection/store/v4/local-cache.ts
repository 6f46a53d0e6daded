/**
 * The device-local cache of layout 4 (`toLocalFiles`): each card's scheduling state and the notes'
 * full texts, kept off the synced files (the shell keeps it in IndexedDB). It is never needed for
 * correctness: without it the notes are read again from the vault and the cards replayed. With it,
 * only the cards whose answers may have changed since it was written are replayed: those of a log
 * part that changed, and, when a writes part changed, those with tombstones or aliases.
 *
 * `local-cache.json` holds the header, the digest of the synced parts and the states; the notes are in
 * `local-notes.<n>.json` files of a few thousand cards each, which it names (one JSON text of 10 MB is
 * 60 ms of parsing that cannot be split; ten are ten short steps), their cards in columns (see
 * local-notes.ts). A cache that still holds its notes itself (`notes`, as layout 3) is read as well.
 */
import { CollectionDataError, record } from "../json/data-checks";
import { indexStateTextInSteps, readStateTextInSteps } from "../text/packed-state";
import { decodeNotes } from "../json/store-decode-notes";
import { notesFromColumns } from "./local-notes";
import { splitId } from "../../identity/card-identity";
import { StateCache } from "../text/state-cache";
import { LOCAL_FILE, partKind } from "./layout";
import { textHash, type PartsRead } from "./read-parts";
import type { NoteRecord, StoreData } from "../../store-model";
import { cachedOptions } from "./cached-options";

/** Cards of the notes one notes file holds, at most (a note with more has a file of its own). */
export const CARDS_PER_NOTES_FILE = 5_000;

/** The name of the `n`th (0-based) notes file of the local cache. */
export function localNotesName(n: number): string {
	return `local-notes.${n + 1}.json`;
}

/** A notes file of the cache as read: its text and the notes it holds, in its order. */
export interface NotesFileRead {
	text: string;
	notes: Map<string, NoteRecord>;
}

/** What applying the local cache took: its notes files, and the options its states were scheduled with when they are not the store's. */
export interface LocalCacheRead {
	/** The notes files taken (none when the cache was not used), so that a save need not write them again. */
	notes: NotesFileRead[];
	/** Set when the states taken were scheduled under other options: `dropStaleStates` checks them once the view is built. */
	options?: StoreData;
}

/**
 * Applies the local cache to a folder just read (notes and states), or nothing when it does not fit,
 * yielding after the header, after parsing and after taking each notes file, and every few hundred
 * states.
 */
export function* applyLocalCacheInSteps(local: Readonly<Record<string, string>>, read: PartsRead, deviceId: string, optionsKey: string): Generator<void, LocalCacheRead> {
	const text = local[LOCAL_FILE];
	if (text === undefined) return { notes: [] };
	const files: NotesFileRead[] = [];
	try {
		const json = record(JSON.parse(text) as unknown, "the local cache");
		// The header holds the states' text (3 MB at bench scale, 10–20 ms to parse): a step of its own.
		yield;
		if (json.version !== 4 || json.device !== deviceId) return { notes: [] };
		const digest = record(json.digest, "the local cache: digest");
		const cacheText = json.cache;
		// Read in full before any is taken: a cache with a notes file missing or damaged is not used.
		const notes: Map<string, NoteRecord>[] = [];
		for (const name of noteFiles(json)) {
			const file = local[name];
			if (file === undefined) return { notes: [] };
			const parsed = JSON.parse(file) as unknown;
			// Parsing a file and building its notes are 3–10 ms each, more while the code is new: a step each.
			yield;
			const fileNotes = notesFromColumns(record(parsed, name).notes);
			notes.push(fileNotes);
			files.push({ text: file, notes: fileNotes });
			yield;
		}
		if ("notes" in json) notes.push(decodeNotes(json.notes));
		const { data } = read;
		// A note some part holds (a device that has not updated) wins when indexed later.
		for (const file of notes) {
			for (const [path, note] of file) {
				const known = data.notes.get(path);
				if (!known || known.indexedAt <= note.indexedAt) data.notes.set(path, note);
			}
		}
		const options = cachedOptions(json, optionsKey);
		if (options === null || typeof cacheText !== "string") return { notes: files };
		// Taking the notes is a ms or two, and the states' first lines are read before the code is optimised.
		yield;
		// A text as this version wrote it (its hash, given only when every line was one the reader takes as
		// a line) has its lines found by their newlines; any other is read field by field.
		const written = typeof json.cacheHash === "number" && json.cacheHash === textHash(cacheText);
		const states = written ? { lines: yield* indexStateTextInSteps(cacheText), odd: [] } : yield* readStateTextInSteps(cacheText);
		const cache = new StateCache();
		cache.load(states.lines, states.odd.length === 0);
		for (const [id, state] of states.odd) cache.set(id, state);
		yield;
		let writesChanged = false;
		for (const [name, hash] of read.hashes) {
			if (digest[name] === hash) continue;
			if (partKind(name) === "log") for (const id of read.logIds.get(name) ?? []) cache.delete(id);
			else writesChanged = true;
		}
		for (const name of Object.keys(digest)) if (!read.hashes.has(name) && partKind(name) !== "log") writesChanged = true;
		if (writesChanged) {
			const log = data.log;
			for (const id of [...log.undone.keys(), ...log.resets.keys(), ...log.purged.keys()]) cache.delete(id);
			for (const id of [...cache.keys()]) if (data.aliases.has(splitId(id).base)) cache.delete(id);
		}
		data.cache = cache;
		return options ? { notes: files, options } : { notes: files };
	} catch (error) {
		// A damaged cache only costs time: the store is read without it.
		if (!(error instanceof CollectionDataError) && !(error instanceof SyntaxError)) throw error;
		return { notes: [] };
	}
}

/** The notes files a cache header names (none for one that holds its notes itself). */
function noteFiles(json: Record<string, unknown>): string[] {
	const names = json.noteFiles;
	if (names === undefined) return [];
	if (!Array.isArray(names) || !names.every((name) => typeof name === "string")) throw new CollectionDataError("Invalid local cache: noteFiles is not a list of names.");
	return names;
}
