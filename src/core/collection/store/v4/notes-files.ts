/**
 * The local cache's notes files (see local-cache.ts): the notes in path order, in files of at most
 * `CARDS_PER_NOTES_FILE` cards (a larger note alone), each note's cards in columns (local-notes.ts).
 * A file whose notes are the very records it was last written from is not written again: a save after
 * answers (which change no note) rewrites none of the 12 MB of note texts a large vault keeps there,
 * and one after an edit rewrites the file of that note (and the files after it, when its card count
 * moved their bounds).
 */
import type { NoteRecord, StoreData } from "../../store-model";
import { sortedKeys } from "../text/sorted-ids";
import { CARDS_PER_NOTES_FILE, localNotesName, type NotesFileRead } from "./local-cache";
import { noteColumns } from "./local-notes";

/** One notes file as last written: its notes (paths and records, in order) and its text. */
interface WrittenFile {
	paths: string[];
	notes: NoteRecord[];
	text: string;
}

export class NotesFiles {
	private written: WrittenFile[] = [];

	/** `cardsPerFile`: the bound of a file (tests use small ones to have many files). */
	constructor(private readonly cardsPerFile = CARDS_PER_NOTES_FILE) {}

	/** The notes files a load took from the cache: written as they are until their notes change. */
	seed(files: readonly NotesFileRead[]): void {
		this.written = files.map(({ text, notes }) => ({ paths: [...notes.keys()], notes: [...notes.values()], text }));
	}

	/**
	 * The notes as they are now, in files: which notes each file holds, the texts of files whose notes
	 * did not change since the last call, and a function that writes the text of any other file. A
	 * note record is replaced, never changed, when its note changes, so the same records give the same text.
	 */
	plan(data: StoreData): { names: string[]; known: (string | undefined)[]; write: (file: number) => string } {
		const groups: { paths: string[]; notes: NoteRecord[] }[] = [];
		let paths: string[] = [];
		let notes: NoteRecord[] = [];
		let cards = 0;
		const flush = (): void => {
			groups.push({ paths, notes });
			paths = [];
			notes = [];
			cards = 0;
		};
		for (const path of sortedKeys(data.notes)) {
			const note = data.notes.get(path) as NoteRecord;
			if (cards > 0 && cards + note.cards.length > this.cardsPerFile) flush();
			paths.push(path);
			notes.push(note);
			cards += note.cards.length;
		}
		if (paths.length > 0) flush();
		const previous = this.written;
		const written: WrittenFile[] = groups.map((group, i) => ({ ...group, text: sameNotes(group, previous[i]) ? (previous[i] as WrittenFile).text : "" }));
		this.written = written;
		return {
			names: groups.map((_, i) => localNotesName(i)),
			known: written.map((file) => (file.text === "" ? undefined : file.text)),
			write: (i) => {
				const file = written[i] as WrittenFile;
				if (file.text === "") file.text = notesText(file);
				return file.text;
			},
		};
	}

	/** Every notes file's text, by name (`plan` with each file written). */
	files(data: StoreData): Record<string, string> {
		const { names, write } = this.plan(data);
		return Object.fromEntries(names.map((name, i) => [name, write(i)]));
	}
}

/** Whether a file holds exactly the notes (same paths, same records) it held when last written. */
function sameNotes(group: { paths: string[]; notes: NoteRecord[] }, file: WrittenFile | undefined): boolean {
	if (!file || file.text === "" || file.notes.length !== group.notes.length) return false;
	for (let i = 0; i < group.notes.length; i++) if (file.notes[i] !== group.notes[i] || file.paths[i] !== group.paths[i]) return false;
	return true;
}

function notesText(file: { paths: string[]; notes: NoteRecord[] }): string {
	const notes: Record<string, unknown> = {};
	file.paths.forEach((path, i) => (notes[path] = noteColumns(file.notes[i] as NoteRecord)));
	return JSON.stringify({ notes });
}
