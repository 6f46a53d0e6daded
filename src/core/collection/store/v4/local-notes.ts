/**
 * The notes of the local cache's notes files (see local-cache.ts): a note's fields as layout 3 stores
 * them (`at`, `d`, `t`, `n`, `m`, `s`, `h`; `{ at, x: 1 }` for a deleted note), its cards column by
 * column: `i` the ids joined by spaces, `k` the kind letters, `l` lines, `e` end lines, `f` fronts,
 * `b` backs, `y` each card's extra (`0` for none). One list per field instead of one per card: a
 * third less for JSON.parse to build at start-up. Read back through layout 3's note reader, so both
 * accept exactly the same notes.
 */
import { encodeNote } from "../json/store-encode";
import { decodeNotes, fastCardOf, fastNoteWith } from "../json/store-decode-notes";
import { CollectionDataError, record } from "../json/data-checks";
import type { CardTuple, NoteJson } from "../json/store-schema";
import type { NoteRecord, StoredCard } from "../../store-model";

/** A note with its cards in columns. */
interface NoteColumns extends Omit<NoteJson, "c"> {
	i?: string;
	k?: string;
	l?: number[];
	e?: number[];
	f?: string[];
	b?: string[];
	y?: unknown[];
}

const COLUMNS = new WeakMap<NoteRecord, NoteColumns>();

/** A note as the notes files store it (kept per note record: a record is replaced, never changed, when its note changes). */
export function noteColumns(note: NoteRecord): NoteColumns {
	const known = COLUMNS.get(note);
	if (known) return known;
	const { c: cards, ...fields } = encodeNote(note);
	const columns: NoteColumns = fields;
	if (cards) {
		columns.i = cards.map((card) => card[0]).join(" ");
		columns.k = cards.map((card) => card[1]).join("");
		columns.l = cards.map((card) => card[2]);
		columns.e = cards.map((card) => card[3]);
		columns.f = cards.map((card) => card[4]);
		columns.b = cards.map((card) => card[5]);
		columns.y = cards.map((card) => card[6] ?? 0);
	}
	COLUMNS.set(note, columns);
	return columns;
}

/**
 * The notes of one notes file (`{ path: NoteColumns }`); throws `CollectionDataError` on anything layout
 * 3's reader would refuse. Cards are read straight from the columns (no tuple per card: 50,000 short
 * lists were a good part of reading the cache); a note that is off in any way goes through layout 3's
 * reader as tuples, whose error names the bad value.
 */
export function notesFromColumns(value: unknown): Map<string, NoteRecord> {
	const notes = record(value, "the local cache: notes");
	const result = new Map<string, NoteRecord>();
	for (const path of Object.keys(notes)) {
		const note = notes[path];
		result.set(path, fastColumns(path, note) ?? (decodeNotes({ [path]: noteJson(note, path) }).get(path) as NoteRecord));
	}
	return result;
}

/** A note in columns read without naming places (as layout 3's fast reader reads tuples); undefined when anything is off. */
function fastColumns(path: string, value: unknown): NoteRecord | undefined {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
	const { i, k, l, e, f, b, y } = value as NoteColumns;
	if (typeof i !== "string" || typeof k !== "string" || !Array.isArray(l) || !Array.isArray(e) || !Array.isArray(f) || !Array.isArray(b) || !Array.isArray(y)) return undefined;
	const ids = i.length > 0 ? i.split(" ") : [];
	const count = ids.length;
	if (k.length !== count || l.length !== count || e.length !== count || f.length !== count || b.length !== count || y.length !== count) return undefined;
	return fastNoteWith(path, value as Record<string, unknown>, (tags, added) => {
		const cards: StoredCard[] = [];
		for (let n = 0; n < count; n++) {
			const extra: unknown = y[n];
			const card = fastCardOf(ids[n], k[n], l[n], e[n], f[n], b[n], extra !== 0, extra, tags, added);
			if (!card) return undefined;
			cards.push(card);
		}
		return cards;
	});
}

/** The layout-3 form of a note in columns (its cards as tuples), for the note reader to check. */
function noteJson(value: unknown, path: string): NoteJson {
	const { i, k, l, e, f, b, y, ...fields } = record(value, `the local cache: notes: ${path}`) as NoteColumns & Record<string, unknown>;
	if (i === undefined) return fields;
	const ids = typeof i === "string" && i.length > 0 ? i.split(" ") : [];
	const columns = [k, l, e, f, b, y];
	const count = ids.length;
	if (typeof k !== "string" || k.length !== count || !columns.slice(1).every((column) => Array.isArray(column) && column.length === count)) {
		throw new CollectionDataError(`Invalid local cache: the cards of ${path} are not columns of one length.`);
	}
	const cards: unknown[] = [];
	for (let n = 0; n < count; n++) {
		const extra = (y as unknown[])[n];
		const tuple: unknown[] = [ids[n], k[n], (l as unknown[])[n], (e as unknown[])[n], (f as unknown[])[n], (b as unknown[])[n]];
		if (extra !== 0) tuple.push(extra);
		cards.push(tuple);
	}
	return { ...(fields as unknown as NoteJson), c: cards as CardTuple[] };
}
