/**
 * The device-local cache of layout 4 (`toLocalFiles`): each card's scheduling state and the notes'
 * full texts, kept off the synced files (the shell keeps it in IndexedDB). It is never needed for
 * correctness: without it the notes are read again from the vault and the cards replayed. With it,
 * only the cards whose answers may have changed since it was written are replayed: those of a log
 * part that changed, and, when a writes part changed, those with tombstones or aliases.
 */
import { CollectionDataError, record } from "../json/data-checks";
import { readStateText } from "../text/packed-state";
import { decodeNotes } from "../json/store-decode-notes";
import { splitId } from "../../identity/card-identity";
import { StateCache } from "../text/state-cache";
import { partKind } from "./layout";
import type { PartsRead } from "./read-parts";

/** Applies the local cache to a folder just read (notes and states), or nothing when it does not fit. */
export function applyLocalCache(text: string | undefined, read: PartsRead, deviceId: string, options: string): void {
	if (text === undefined) return;
	try {
		const json = record(JSON.parse(text) as unknown, "the local cache");
		if (json.version !== 4 || json.device !== deviceId) return;
		const notes = decodeNotes(json.notes);
		const digest = record(json.digest, "the local cache: digest");
		const cacheText = json.cache;
		const { data } = read;
		// A note some part holds (a device that has not updated) wins when indexed later.
		for (const [path, note] of notes) {
			const known = data.notes.get(path);
			if (!known || known.indexedAt <= note.indexedAt) data.notes.set(path, note);
		}
		if (json.options !== options || typeof cacheText !== "string") return;
		const states = readStateText(cacheText);
		const cache = new StateCache();
		cache.load(states.lines, states.odd.length === 0);
		for (const [id, state] of states.odd) cache.set(id, state);
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
	} catch (error) {
		// A damaged cache only costs time: the store is read without it.
		if (!(error instanceof CollectionDataError) && !(error instanceof SyntaxError)) throw error;
	}
}
