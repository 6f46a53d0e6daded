/**
 * Reading the notes and orphans of a stored object (layouts 2 and 3 store them alike). Each note goes
 * through a fast check first; anything it does not accept is read again by the strict reader, whose
 * error names the bad value. The fast check accepts only what the strict reader accepts.
 */
import { isReviewableId } from "../../identity/card-identity";
import { at, fail, field, integer, list, record, text, texts, type Where } from "./data-checks";
import type { CardKind } from "../../../types";
import type { NoteRecord, OrphanRecord, StoredCard } from "../../store-model";

/** Shared by the cards read without heading context (never changed: frozen to make sure). */
const NO_CONTEXT = Object.freeze([]) as unknown as string[];

function kindOf(code: unknown): CardKind | undefined {
	if (code === "m") return "reminder";
	return code === "b" ? "basic" : code === "r" ? "reversed" : code === "c" ? "cloze" : undefined;
}

/** A reviewable card id, checked. */
export function cardId(value: unknown, where: Where): string {
	const id = text(value, where);
	if (!isReviewableId(id)) fail(where, "a card id (letters and digits, optional -r or -cN)", value);
	return id;
}

function isWhole(value: unknown, min: number): value is number {
	return typeof value === "number" && Number.isSafeInteger(value) && value >= min;
}

function isTexts(value: unknown): value is string[] {
	if (!Array.isArray(value)) return false;
	for (const item of value) if (typeof item !== "string") return false;
	return true;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A card tuple read without naming places; undefined when anything is off (the strict reader then says what). */
function fastCard(value: unknown, noteTags: string[], noteAdded: number | undefined): StoredCard | undefined {
	if (!Array.isArray(value) || value.length < 6 || value.length > 7) return undefined;
	return fastCardOf(value[0], value[1], value[2], value[3], value[4], value[5], value.length === 7, value[6], noteTags, noteAdded);
}

/**
 * A card from the values of its tuple `[id, kind, line, endLine, front, back, extra?]` (`hasExtra`
 * when the seventh is there), read without naming places: undefined when anything is off. Taking the
 * values rather than the tuple lets the local cache's columns be read without a tuple per card.
 */
export function fastCardOf(
	id: unknown,
	kindCode: unknown,
	line: unknown,
	endLine: unknown,
	front: unknown,
	back: unknown,
	hasExtra: boolean,
	extra: unknown,
	noteTags: string[],
	noteAdded: number | undefined,
): StoredCard | undefined {
	const kind = kindOf(kindCode);
	if (typeof id !== "string" || !kind || !isWhole(line, 0) || !isWhole(endLine, 0) || typeof front !== "string" || typeof back !== "string") return undefined;
	if (!isReviewableId(id)) return undefined;
	const card: StoredCard = { id, kind, front, back, line, endLine, tags: noteTags, context: NO_CONTEXT, added: noteAdded ?? 0 };
	if (hasExtra) {
		if (!isPlainObject(extra)) return undefined;
		if ("t" in extra) {
			if (!isTexts(extra.t)) return undefined;
			card.tags = extra.t.slice();
		}
		if ("x" in extra) {
			if (!isTexts(extra.x)) return undefined;
			card.context = extra.x.slice();
		}
		if ("a" in extra) {
			if (typeof extra.a !== "string") return undefined;
			card.anchor = extra.a;
		}
		if ("z" in extra) {
			const z = extra.z;
			if (!Array.isArray(z) || !z.every((n) => isWhole(n, 1))) return undefined;
			card.clozes = (z as unknown[]).slice() as number[];
		}
		if ("n" in extra) {
			if (!isWhole(extra.n, -Number.MAX_SAFE_INTEGER)) return undefined;
			card.added = extra.n;
		} else if (noteAdded === undefined) return undefined;
	} else if (noteAdded === undefined) return undefined;
	if (kind === "cloze" && !card.clozes) return undefined;
	return card;
}

/** A card tuple, strictly: throws `CollectionDataError` naming the first bad value. */
export function decodeCard(value: unknown, where: Where, noteTags: readonly string[], noteAdded?: number): StoredCard {
	const tuple = list(value, where);
	if (tuple.length < 6 || tuple.length > 7) fail(where, "a card [id, kind, line, endLine, front, back, extra?]", value);
	const kind = kindOf(text(tuple[1], at(where, 1)));
	if (!kind) fail(at(where, 1), 'a card kind "b", "r", "c" or "m"', tuple[1]);
	const card: StoredCard = {
		id: cardId(tuple[0], at(where, 0)),
		kind,
		front: text(tuple[4], at(where, 4)),
		back: text(tuple[5], at(where, 5)),
		line: integer(tuple[2], at(where, 2), 0),
		endLine: integer(tuple[3], at(where, 3), 0),
		tags: [...noteTags],
		context: [],
		added: noteAdded ?? 0,
	};
	if (tuple.length === 7) {
		const extraWhere = at(where, 6);
		const extra = record(tuple[6], extraWhere);
		if ("t" in extra) card.tags = texts(extra.t, at(extraWhere, "t"));
		if ("x" in extra) card.context = texts(extra.x, at(extraWhere, "x"));
		if ("a" in extra) card.anchor = text(extra.a, at(extraWhere, "a"));
		if ("z" in extra) card.clozes = list(extra.z, at(extraWhere, "z")).map((n, i) => integer(n, at(at(extraWhere, "z"), i), 1));
		if ("n" in extra) card.added = integer(extra.n, at(extraWhere, "n"));
	}
	if (noteAdded === undefined && (tuple.length < 7 || !("n" in (tuple[6] as object)))) {
		fail(where, "the time the card was first seen (extra.n)", value);
	}
	if (card.kind === "cloze" && !card.clozes) fail(where, "cloze numbers (extra.z) on a cloze card", value);
	return card;
}

/** A note record without naming places; undefined when anything is off. */
function fastNote(path: string, value: unknown): NoteRecord | undefined {
	if (!isPlainObject(value)) return undefined;
	const c = value.c;
	return fastNoteWith(path, value, (tags, added) => {
		if (!Array.isArray(c)) return undefined;
		const cards: StoredCard[] = [];
		for (const item of c) {
			const card = fastCard(item, tags, added);
			if (!card) return undefined;
			cards.push(card);
		}
		return cards;
	});
}

/**
 * A note record from its fields (`at`, `d`, `t`, `n`, `m`, `s`, `h`, or `{ at, x: 1 }`), its cards
 * read by `readCards` with the note's tags and first-seen time; without naming places, undefined when
 * anything is off. A deleted note reads no cards.
 */
export function fastNoteWith(path: string, value: Record<string, unknown>, readCards: (tags: string[], added: number | undefined) => StoredCard[] | undefined): NoteRecord | undefined {
	if (!isWhole(value.at, -Number.MAX_SAFE_INTEGER)) return undefined;
	if (value.x === 1) return { path, indexedAt: value.at, deleted: true, deck: "", tags: [], cards: [] };
	const { d, t, n, m, s, h } = value;
	if (typeof d !== "string" || !isTexts(t)) return undefined;
	if (("n" in value && !isWhole(n, -Number.MAX_SAFE_INTEGER)) || ("m" in value && !isWhole(m, -Number.MAX_SAFE_INTEGER))) return undefined;
	if (("s" in value && !isWhole(s, 0)) || ("h" in value && typeof h !== "string")) return undefined;
	const added = "n" in value ? (n as number) : undefined;
	// One copy of the note's tags, shared by its cards (nothing changes a card's tags in place).
	const tags = t.slice();
	const cards = readCards(tags, added);
	if (!cards) return undefined;
	const note: NoteRecord = { path, indexedAt: value.at, deleted: false, deck: d, tags, cards };
	if ("m" in value) note.mtime = m as number;
	if ("s" in value) note.size = s as number;
	if ("h" in value) note.parseHash = h as string;
	return note;
}

/** A note record, strictly: throws `CollectionDataError` naming the first bad value. */
function strictNote(path: string, value: unknown, where: Where): NoteRecord {
	const note = record(value, where);
	const indexedAt = integer(field(note, "at", where), at(where, "at"));
	if (note.x === 1) return { path, indexedAt, deleted: true, deck: "", tags: [], cards: [] };
	const tags = texts(field(note, "t", where), at(where, "t"));
	const added = "n" in note ? integer(note.n, at(where, "n")) : undefined;
	const result: NoteRecord = {
		path,
		indexedAt,
		deleted: false,
		deck: text(field(note, "d", where), at(where, "d")),
		tags,
		cards: list(field(note, "c", where), at(where, "c")).map((card, i) => decodeCard(card, at(at(where, "c"), i), tags, added)),
	};
	if ("m" in note) result.mtime = integer(note.m, at(where, "m"));
	if ("s" in note) result.size = integer(note.s, at(where, "s"), 0);
	if ("h" in note) result.parseHash = text(note.h, at(where, "h"));
	return result;
}

/** The `notes` object: note records by path. */
export function decodeNotes(value: unknown): Map<string, NoteRecord> {
	const notes = record(value, "notes");
	const result = new Map<string, NoteRecord>();
	for (const path of Object.keys(notes)) result.set(path, fastNote(path, notes[path]) ?? strictNote(path, notes[path], at("notes", path)));
	return result;
}

/** The `orphans` object: orphan records by note card id. */
export function decodeOrphans(value: unknown): Map<string, OrphanRecord> {
	const result = new Map<string, OrphanRecord>();
	for (const [id, item] of Object.entries(record(value, "orphans"))) {
		const where = at("orphans", id);
		const orphan = record(item, where);
		const since = integer(field(orphan, "at", where), at(where, "at"));
		if (orphan.x === 1) {
			result.set(id, { path: "", deck: "", since });
			continue;
		}
		result.set(id, {
			path: text(field(orphan, "p", where), at(where, "p")),
			deck: text(field(orphan, "d", where), at(where, "d")),
			since,
			card: decodeCard(field(orphan, "c", where), at(where, "c"), []),
		});
	}
	return result;
}
