import { aliasPairs } from "../../identity/card-aliases";
import { OPTION_KEYS } from "../../collection-options";
import { storedOptionsJson } from "../../presets/preset-store";
import {
	byText,
	KIND_CODE,
	STORE_FORMAT,
	STORE_VERSION,
	type CardExtra,
	type CardTuple,
	type NoteJson,
	type OrphanJson,
	type RegisterTuple,
	type StoreJson,
} from "./store-schema";
import { sortedKeys } from "../text/sorted-ids";
import { LineRuns } from "../text/line-runs";
import type { LogEntries } from "../../log/log-entries";
import { sameDevices } from "../../log/stored-answers";
import { ANSWERS_V3, LogLines, packAnswers } from "../text/packed-log";
import { packState } from "../text/packed-state";
import { encodeStudyParts, studyDevices, type StudyPartsJson } from "./study-parts";
import type { StateCache } from "../text/state-cache";
import type { NoteRecord, OrphanRecord, Register, StoredCard, StoreData, StoreOptions } from "../../store-model";

function sameList(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** What a note's cards share, left out of each card. */
export interface CardDefaults {
	tags: readonly string[];
	added?: number;
}

/** A stored card as a tuple; tags and first-seen time are left out when they are the note's. */
export function encodeCard(card: StoredCard, defaults: CardDefaults): CardTuple {
	const tuple: CardTuple = [card.id, KIND_CODE[card.kind], card.line, card.endLine, card.front, card.back];
	const extra: CardExtra = {};
	if (!sameList(card.tags, defaults.tags)) extra.t = [...card.tags];
	if (card.context.length > 0) extra.x = [...card.context];
	if (card.anchor !== undefined) extra.a = card.anchor;
	if (card.clozes !== undefined) extra.z = [...card.clozes];
	if (card.added !== defaults.added) extra.n = card.added;
	if (Object.keys(extra).length > 0) tuple.push(extra);
	return tuple;
}

/** The first-seen time most of a note's cards share (the earliest among the most frequent). */
function commonAdded(cards: readonly StoredCard[]): number | undefined {
	const counts = new Map<number, number>();
	for (const card of cards) counts.set(card.added, (counts.get(card.added) ?? 0) + 1);
	let best: number | undefined;
	for (const [time, count] of counts) {
		const bestCount = best === undefined ? 0 : (counts.get(best) ?? 0);
		if (count > bestCount || (count === bestCount && best !== undefined && time < best)) best = time;
	}
	return best;
}

/** Parses an undone-answer key `time|device|rev` (the device may itself hold `|`). */
export function splitEntryKey(key: string): { time: number; device: string; rev: number } {
	const first = key.indexOf("|");
	const last = key.lastIndexOf("|");
	return { time: Number(key.slice(0, first)), device: key.slice(first + 1, last), rev: Number(key.slice(last + 1)) };
}

/** A map as an object with its keys in text order. */
export function sortedObject<V, T>(map: ReadonlyMap<string, V>, encode: (value: V, key: string) => T): Record<string, T> {
	const result: Record<string, T> = {};
	for (const key of sortedKeys(map)) result[key] = encode(map.get(key) as V, key);
	return result;
}

function deviceTable(data: StoreData): string[] {
	return [...writeDevices(data, data.log.entries.devices())].sort(byText);
}

/** Adds to `names` the devices that undone answers, bury, suspend, practice and due-date writes name. */
export function writeDevices(data: StoreData, names = new Set<string>()): Set<string> {
	for (const keys of data.log.undone.values()) for (const key of keys) names.add(splitEntryKey(key).device);
	for (const write of data.suspended.values()) names.add(write.device);
	for (const write of data.buried.values()) names.add(write.device);
	studyDevices(data, names);
	return names;
}

/** The parts of a store besides notes, answers and cache, as stored: orphans, tombstones, aliases, bury, suspend, practice answers and set due dates. */
export type StoredWrites = Pick<StoreJson, "orphans" | "undone" | "resets" | "purged" | "aliases" | "suspended" | "buried"> & StudyPartsJson;

/** Those parts of `data`, with devices numbered by `device`. */
export function encodeWrites(data: StoreData, device: (name: string) => number): StoredWrites {
	const register = (write: Register<boolean> | Register<number>): RegisterTuple => [Number(write.value), write.time, device(write.device)];
	return {
		orphans: sortedObject(data.orphans, encodeOrphan),
		undone: sortedObject(data.log.undone, (keys) =>
			[...keys]
				.map(splitEntryKey)
				.sort((a, b) => a.time - b.time || byText(a.device, b.device) || a.rev - b.rev)
				.map((key): [number, number, number] => [key.time, device(key.device), key.rev]),
		),
		resets: sortedObject(data.log.resets, (times) => [...times]),
		purged: sortedObject(data.log.purged, (time) => time),
		aliases: aliasPairs(data.aliases),
		suspended: sortedObject(data.suspended, register),
		buried: sortedObject(data.buried, register),
		...encodeStudyParts(data, device),
	};
}

/**
 * The log text: a line per card with answers, in id order. When no card changed since loading it is the
 * text read; otherwise the lines of unchanged cards are copied from it (while its device table holds)
 * and only the others are written anew.
 */
function encodeLog(entries: LogEntries, devices: readonly string[], device: (name: string) => number): string {
	const unchanged = entries.unchangedText();
	if (unchanged instanceof LogLines && unchanged.codec === ANSWERS_V3 && sameDevices(unchanged.devices, devices)) return unchanged.text;
	// Lines read from one store share its device table: compare each table once.
	const tables = new Map<readonly string[], boolean>();
	const sameTable = (table: readonly string[]): boolean => {
		let same = tables.get(table);
		if (same === undefined) tables.set(table, (same = sameDevices(table, devices)));
		return same;
	};
	const out = new LineRuns();
	entries.visitInOrder({
		line: (id, lines, i) => {
			if (lines instanceof LogLines && lines.codec === ANSWERS_V3 && sameTable(lines.devices)) out.copy(lines, lines.text, lines.lineStart[i] as number, lines.end[i] as number);
			else out.write(`${id} ${packAnswers(lines.answers(i), device)}`);
		},
		// A card left without answers has no line (a line always holds one).
		list: (id, list) => {
			if (list.length > 0) out.write(`${id} ${packAnswers(list, device)}`);
		},
	});
	return out.text();
}

/** The cache text: a line per card with a state, in id order; unchanged lines copied from the text read. */
export function encodeCache(cache: StateCache): string {
	return encodeCacheLines(cache).text;
}

/**
 * `encodeCache`, with the lines it wrote from states (the others are copies of lines read, which were
 * checked then): what must be checked to know the whole text is as this version reads it.
 */
export function encodeCacheLines(cache: StateCache): { text: string; written: string[] } {
	const unchanged = cache.unchangedText();
	if (unchanged) return { text: unchanged.text, written: [] };
	const out = new LineRuns();
	const written: string[] = [];
	cache.visitInOrder({
		line: (_, lines, i) => out.copy(lines, lines.text, lines.lineStart[i] as number, lines.end[i] as number),
		state: (id, state) => {
			const line = `${id} ${packState(state)}`;
			written.push(line);
			out.write(line);
		},
	});
	return { text: out.text(), written };
}

/** Stored forms of note records: a record is replaced, never changed, so its form holds while it lives. */
const NOTE_JSON = new WeakMap<NoteRecord, NoteJson>();

/** A note as stored (a deletion is only its time). Do not modify the result: it is kept for the next save. */
export function encodeNote(note: NoteRecord): NoteJson {
	const known = NOTE_JSON.get(note);
	if (known) return known;
	const json = noteJson(note);
	NOTE_JSON.set(note, json);
	return json;
}

function noteJson(note: NoteRecord): NoteJson {
	if (note.deleted) return { at: note.indexedAt, x: 1 };
	const json: NoteJson = { at: note.indexedAt, d: note.deck, t: [...note.tags] };
	const added = commonAdded(note.cards);
	if (added !== undefined) json.n = added;
	if (note.mtime !== undefined) json.m = note.mtime;
	if (note.size !== undefined) json.s = note.size;
	if (note.parseHash !== undefined) json.h = note.parseHash;
	json.c = note.cards.map((card) => encodeCard(card, { tags: note.tags, added }));
	return json;
}

/** An orphan as stored. */
export function encodeOrphan(orphan: OrphanRecord): OrphanJson {
	if (!orphan.card) return { at: orphan.since, x: 1 };
	return { p: orphan.path, d: orphan.deck, at: orphan.since, c: encodeCard(orphan.card, { tags: [] }) };
}

/** The options as stored, in a fixed key order. */
export function encodeOptions(options: StoreOptions): Record<string, unknown> {
	const result: Record<string, unknown> = {};
	for (const key of OPTION_KEYS) {
		const value = options[key];
		result[key] = Array.isArray(value) ? [...value] : value;
	}
	return result;
}

/**
 * The store as plain JSON (schema version `STORE_VERSION`), every map in key order so equal stores print
 * alike. Unchanged parts (notes, answers and states as loaded) are reused, not encoded again, so the
 * result shares objects with the store's memo: treat it as read-only.
 */
export function encodeStore(data: StoreData): StoreJson {
	const devices = deviceTable(data);
	const index = new Map(devices.map((name, i) => [name, i]));
	const device = (name: string): number => index.get(name) ?? 0;
	const writes = encodeWrites(data, device);
	return {
		format: STORE_FORMAT,
		version: STORE_VERSION,
		options: storedOptionsJson(data, encodeOptions(data.options)),
		optionsRev: data.optionsRev,
		devices,
		notes: sortedObject(data.notes, encodeNote),
		orphans: writes.orphans,
		log: encodeLog(data.log.entries, devices, device),
		undone: writes.undone,
		resets: writes.resets,
		purged: writes.purged,
		aliases: writes.aliases,
		suspended: writes.suspended,
		buried: writes.buried,
		cache: encodeCache(data.cache),
		...(writes.practice ? { practice: writes.practice } : {}),
		...(writes.dueSet ? { dueSet: writes.dueSet } : {}),
	};
}
