import type { Rating, SchedulingState } from "../types";
import { addAlias } from "./card-aliases";
import { isReviewableId } from "./card-identity";
import { applyOptions, DEFAULT_STORE_OPTIONS } from "./collection-options";
import { at, CollectionDataError, fail, field, integer, list, number, record, text, texts, type Where } from "./data-checks";
import { compareEntries, entryKey } from "./review-log";
import { DURATION_UNIT_MS, KIND_OF, REQUIRED_KEYS, STATE_OF, type StoreJson } from "./store-schema";
import { emptyStore, type LogEntry, type Register, type StoredCard, type StoreData } from "./store-model";

function cardId(value: unknown, where: Where): string {
	const id = text(value, where);
	if (!isReviewableId(id)) fail(where, "a card id (letters and digits, optional -r or -cN)", value);
	return id;
}

function decodeCard(value: unknown, where: Where, noteTags: readonly string[], noteAdded?: number): StoredCard {
	const tuple = list(value, where);
	if (tuple.length < 6 || tuple.length > 7) fail(where, "a card [id, kind, line, endLine, front, back, extra?]", value);
	const kind = KIND_OF[text(tuple[1], at(where, 1))];
	if (!kind) fail(at(where, 1), 'a card kind "b", "r" or "c"', tuple[1]);
	const card: StoredCard = {
		id: cardId(tuple[0], at(where, 0)),
		kind,
		line: integer(tuple[2], at(where, 2), 0),
		endLine: integer(tuple[3], at(where, 3), 0),
		front: text(tuple[4], at(where, 4)),
		back: text(tuple[5], at(where, 5)),
		added: noteAdded ?? 0,
		tags: [...noteTags],
		context: [],
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

function entries<T>(value: unknown, where: Where, decode: (item: unknown, where: Where, key: string) => T): Map<string, T> {
	const result = new Map<string, T>();
	for (const [key, item] of Object.entries(record(value, where))) result.set(key, decode(item, at(where, key), key));
	return result;
}

function rating(value: unknown, where: Where): Rating {
	if (value !== 1 && value !== 2 && value !== 3 && value !== 4) fail(where, "a rating 1, 2, 3 or 4", value);
	return value;
}

function decodeLog(value: unknown, where: Where, key: string, device: (i: unknown, w: Where) => string): LogEntry[] {
	cardId(key, where);
	let time = 0;
	let deviceIndex: unknown = 0;
	let offset = 0;
	const result = list(value, where).map((item, i) => {
		const w = at(where, i);
		const tuple = list(item, w);
		if (tuple.length < 2 || tuple.length > 6) fail(w, "an answer [time, rating, duration?, device?, offset?, rev?]", item);
		time = i === 0 ? integer(tuple[0], at(w, 0)) : time + integer(tuple[0], at(w, 0), 0);
		if (tuple.length > 3) deviceIndex = tuple[3];
		if (tuple.length > 4) offset = integer(tuple[4], at(w, 4));
		const entry: LogEntry = { time, rating: rating(tuple[1], at(w, 1)), device: device(deviceIndex, at(w, 3)), offset, rev: 0 };
		if (tuple[2] !== undefined && tuple[2] !== null) entry.duration = integer(tuple[2], at(w, 2), 0) * DURATION_UNIT_MS;
		if (tuple.length > 5) entry.rev = integer(tuple[5], at(w, 5), 0);
		return entry;
	});
	result.forEach((entry, i) => {
		const previous = result[i - 1];
		if (previous && compareEntries(previous, entry) >= 0) fail(at(where, i), "answers in time order without repeats", value);
	});
	return result;
}

function register<T>(value: unknown, where: Where, decode: (v: unknown, w: Where) => T, device: (i: unknown, w: Where) => string): Register<T> {
	const tuple = list(value, where);
	if (tuple.length !== 3) fail(where, "a write [value, time, device]", value);
	return { value: decode(tuple[0], at(where, 0)), time: integer(tuple[1], at(where, 1)), device: device(tuple[2], at(where, 2)) };
}

/** Smallest stability (days) the scheduler accepts once a card has a memory state. */
const MIN_STABILITY = 0.001;

function decodeCache(value: unknown, where: Where): SchedulingState {
	const tuple = list(value, where);
	if (tuple.length !== 7) fail(where, "a schedule [state, due, stability, difficulty, scheduledDays, step, lapses]", value);
	const state = STATE_OF[integer(tuple[0], at(where, 0), 0)];
	if (!state) fail(at(where, 0), "a state code 0–3", tuple[0]);
	const stability = number(tuple[2], at(where, 2));
	const difficulty = number(tuple[3], at(where, 3));
	// The scheduler refuses any other memory state, so such a cache would fail at the next answer instead.
	const noMemory = stability === 0 && difficulty === 0;
	if (!noMemory && !(stability >= MIN_STABILITY)) fail(at(where, 2), `a stability of at least ${MIN_STABILITY}`, tuple[2]);
	if (!noMemory && !(difficulty >= 1 && difficulty <= 10)) fail(at(where, 3), "a difficulty from 1 to 10", tuple[3]);
	return {
		state,
		due: integer(tuple[1], at(where, 1)),
		stability,
		difficulty,
		scheduledDays: number(tuple[4], at(where, 4)),
		step: integer(tuple[5], at(where, 5), 0),
		reps: 0,
		lapses: integer(tuple[6], at(where, 6), 0),
	};
}

/** Reads a version-2 store object; throws `CollectionDataError` naming the first bad value. */
export function decodeStore(json: Record<string, unknown>): StoreData {
	for (const key of REQUIRED_KEYS) field(json, key, "the store");
	const raw = json as unknown as StoreJson;
	const options = applyOptions(DEFAULT_STORE_OPTIONS, record(raw.options, "options"));
	if (!options.ok) throw new CollectionDataError(`Invalid store data at options: ${options.error}.`);
	const data = emptyStore(options.options);
	data.optionsRev = integer(raw.optionsRev, "optionsRev", 0);
	const devices = texts(raw.devices, "devices");
	const device = (value: unknown, where: Where): string => {
		const name = devices[integer(value, where, 0)];
		if (name === undefined) fail(where, `a device number below ${devices.length}`, value);
		return name;
	};
	data.notes = entries(raw.notes, "notes", (value, where, path) => {
		const note = record(value, where);
		const indexedAt = integer(field(note, "at", where), at(where, "at"));
		if (note.x === 1) return { path, indexedAt, deleted: true, deck: "", tags: [], cards: [] };
		const tags = texts(field(note, "t", where), at(where, "t"));
		const added = "n" in note ? integer(note.n, at(where, "n")) : undefined;
		const result = {
			path,
			indexedAt,
			deleted: false,
			deck: text(field(note, "d", where), at(where, "d")),
			tags,
			cards: list(field(note, "c", where), at(where, "c")).map((card, i) => decodeCard(card, at(at(where, "c"), i), tags, added)),
			...("m" in note ? { mtime: integer(note.m, at(where, "m")) } : {}),
			...("s" in note ? { size: integer(note.s, at(where, "s"), 0) } : {}),
			...("h" in note ? { parseHash: text(note.h, at(where, "h")) } : {}),
		};
		return result;
	});
	data.orphans = entries(raw.orphans, "orphans", (value, where) => {
		const orphan = record(value, where);
		if (orphan.x === 1) return { path: "", deck: "", since: integer(field(orphan, "at", where), at(where, "at")) };
		return {
			path: text(field(orphan, "p", where), at(where, "p")),
			deck: text(field(orphan, "d", where), at(where, "d")),
			since: integer(field(orphan, "at", where), at(where, "at")),
			card: decodeCard(field(orphan, "c", where), at(where, "c"), []),
		};
	});
	data.log.entries = entries(raw.log, "log", (value, where, key) => decodeLog(value, where, key, device));
	data.log.undone = entries(raw.undone, "undone", (value, where) =>
		new Set(
			list(value, where).map((item, i) => {
				const tuple = list(item, at(where, i));
				const w = at(where, i);
				return entryKey({ time: integer(tuple[0], at(w, 0)), device: device(tuple[1], at(w, 1)), rev: integer(tuple[2], at(w, 2), 0) });
			}),
		),
	);
	data.log.resets = entries(raw.resets, "resets", (value, where) => list(value, where).map((t, i) => integer(t, at(where, i))));
	data.log.purged = entries(raw.purged, "purged", (value, where) => integer(value, where));
	list(raw.aliases, "aliases").forEach((pair, i) => {
		const tuple = list(pair, at("aliases", i));
		addAlias(data.aliases, cardId(tuple[0], at(at("aliases", i), 0)), cardId(tuple[1], at(at("aliases", i), 1)));
	});
	const flag = (v: unknown, w: Where): boolean => {
		if (v !== 0 && v !== 1) fail(w, "0 or 1", v);
		return v === 1;
	};
	data.suspended = entries(raw.suspended, "suspended", (value, where) => register(value, where, flag, device));
	data.buried = entries(raw.buried, "buried", (value, where) => register(value, where, (v, w) => integer(v, w, 0), device));
	data.cache = entries(raw.cache, "cache", (value, where) => decodeCache(value, where));
	return data;
}
