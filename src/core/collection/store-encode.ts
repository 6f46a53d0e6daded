import { aliasPairs } from "./card-aliases";
import { OPTION_KEYS } from "./collection-options";
import {
	byText,
	DURATION_UNIT_MS,
	KIND_CODE,
	STATE_CODE,
	STORE_FORMAT,
	STORE_VERSION,
	type CacheTuple,
	type CardExtra,
	type CardTuple,
	type EntryTuple,
	type NoteJson,
	type OrphanJson,
	type RegisterTuple,
	type StoreJson,
} from "./store-schema";
import type { LogEntry, NoteRecord, OrphanRecord, Register, StoredCard, StoreData, StoreOptions } from "./store-model";

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

/** One card's answers as tuples (see `EntryTuple`): times as gaps, repeated devices and offsets left out. */
export function encodeEntries(entries: readonly LogEntry[], device: (name: string) => number): EntryTuple[] {
	let previousTime = 0;
	let previousDevice = 0;
	let previousOffset = 0;
	return entries.map((entry, i) => {
		const tuple: EntryTuple = [i === 0 ? entry.time : entry.time - previousTime, entry.rating];
		const deviceIndex = device(entry.device);
		const optional: (number | null)[] = [
			entry.duration === undefined ? null : Math.round(entry.duration / DURATION_UNIT_MS),
			deviceIndex,
			entry.offset,
			entry.rev,
		];
		const needed = [entry.duration !== undefined, deviceIndex !== previousDevice, entry.offset !== previousOffset, entry.rev !== 0];
		const length = needed.lastIndexOf(true) + 1;
		for (let k = 0; k < length; k++) tuple.push(optional[k]);
		previousTime = entry.time;
		previousDevice = deviceIndex;
		previousOffset = entry.offset;
		return tuple;
	});
}

function sortedObject<V, T>(map: ReadonlyMap<string, V>, encode: (value: V, key: string) => T): Record<string, T> {
	const result: Record<string, T> = {};
	for (const key of [...map.keys()].sort(byText)) result[key] = encode(map.get(key) as V, key);
	return result;
}

function deviceTable(data: StoreData): string[] {
	const names = new Set<string>();
	for (const entries of data.log.entries.values()) for (const entry of entries) names.add(entry.device);
	for (const keys of data.log.undone.values()) for (const key of keys) names.add(splitEntryKey(key).device);
	for (const write of data.suspended.values()) names.add(write.device);
	for (const write of data.buried.values()) names.add(write.device);
	return [...names].sort(byText);
}

/** A note as stored (a deletion is only its time). */
export function encodeNote(note: NoteRecord): NoteJson {
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

/** The store as plain JSON (schema version `STORE_VERSION`), every map in key order so equal stores print alike. */
export function encodeStore(data: StoreData): StoreJson {
	const devices = deviceTable(data);
	const index = new Map(devices.map((name, i) => [name, i]));
	const device = (name: string): number => index.get(name) ?? 0;
	const register = (write: Register<boolean> | Register<number>): RegisterTuple => [Number(write.value), write.time, device(write.device)];
	return {
		format: STORE_FORMAT,
		version: STORE_VERSION,
		options: encodeOptions(data.options),
		optionsRev: data.optionsRev,
		devices,
		notes: sortedObject(data.notes, encodeNote),
		orphans: sortedObject(data.orphans, encodeOrphan),
		log: sortedObject(data.log.entries, (entries) => encodeEntries(entries, device)),
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
		cache: sortedObject(
			data.cache,
			(s): CacheTuple => [STATE_CODE[s.state], s.due, s.stability, s.difficulty, s.scheduledDays, s.step, s.lapses],
		),
	};
}
