import { parseOptionsHash } from "../collection-options";
import type { NoteStat } from "./note-indexing";
import { orphanNoteCards, type IndexingScope } from "./note-orphans";
import { lostCard, type NoteRecord, type StoreData } from "../store-model";

/** Whether a note was indexed with this file stat and the store's current parse options (so reading it again would change nothing). */
export function isNoteUnchanged(data: Pick<StoreData, "notes" | "options">, path: string, stat: NoteStat): boolean {
	const note = data.notes.get(path);
	return note !== undefined && !note.deleted && note.mtime === stat.mtime && note.size === stat.size && note.parseHash === parseOptionsHash(data.options);
}

function tombstone(path: string, time: number): NoteRecord {
	return { path, indexedAt: time, deleted: true, deck: "", tags: [], cards: [] };
}

/** Forgets a note at `time`: a tombstone replaces its record (so the deletion wins merges) and its cards with history become orphans. */
export function deleteNoteRecord(scope: IndexingScope, path: string, time: number): void {
	const { data, view } = scope;
	const note = data.notes.get(path);
	if (!note || note.deleted) return;
	view.removeNote(note);
	const deletion = tombstone(path, Math.max(time, note.indexedAt));
	data.notes.set(path, deletion);
	view.addNote(deletion);
	orphanNoteCards(scope, note.cards, path, note.deck, time);
}

/**
 * Moves a note's record to a new path at `time` (ids and history unchanged), leaving a tombstone at
 * the old path; orphans last seen in the note follow it. The file stat is dropped so the shell reads
 * the note again, which also updates a deck taken from its folder.
 */
export function renameNoteRecord(scope: IndexingScope, oldPath: string, newPath: string, time: number): void {
	const { data, view } = scope;
	const note = data.notes.get(oldPath);
	if (oldPath === newPath || !note || note.deleted) return;
	const when = Math.max(time, note.indexedAt);
	deleteNoteRecord(scope, newPath, when);
	view.removeNote(note);
	const moved: NoteRecord = { ...note, path: newPath, indexedAt: when };
	delete moved.mtime;
	delete moved.size;
	const deletion = tombstone(oldPath, when);
	data.notes.set(oldPath, deletion);
	data.notes.set(newPath, moved);
	view.addNote(deletion);
	view.addNote(moved);
	for (const id of view.orphansAt(oldPath)) {
		const orphan = lostCard(data, id);
		view.removeOrphan(id);
		if (orphan) orphan.path = newPath;
		view.addOrphan(id);
	}
}
