/**
 * Reads a store object of the current layout (3), and the parts layout 2 shares with it. Everything is
 * checked on load; a bad value throws `CollectionDataError` naming it. Answers and cached states stay in
 * their stored texts (checked character by character) until a card needs them.
 */
import { addAlias } from "../../identity/card-aliases";
import { readStoredOptions } from "../../collection-options";
import { at, CollectionDataError, fail, field, integer, list, record, texts, type Where } from "./data-checks";
import { readLogText } from "../text/packed-log";
import { readStateText } from "../text/packed-state";
import { entryKey } from "../../log/review-log";
import { cardId, decodeNotes, decodeOrphans } from "./store-decode-notes";
import { REQUIRED_KEYS } from "./store-schema";
import { decodeStudyParts } from "./study-parts";
import { emptyStore, type Register, type StoreData } from "../../store-model";
import { takePresetOptions } from "../../presets/preset-store";

/** Reads `value` as an object whose every value `decode` reads. */
export function entries<T>(value: unknown, where: Where, decode: (item: unknown, where: Where, key: string) => T): Map<string, T> {
	const result = new Map<string, T>();
	for (const [key, item] of Object.entries(record(value, where))) result.set(key, decode(item, at(where, key), key));
	return result;
}

function register<T>(value: unknown, where: Where, decode: (v: unknown, w: Where) => T, device: (i: unknown, w: Where) => string): Register<T> {
	const tuple = list(value, where);
	if (tuple.length !== 3) fail(where, "a write [value, time, device]", value);
	return { value: decode(tuple[0], at(where, 0)), time: integer(tuple[1], at(where, 1)), device: device(tuple[2], at(where, 2)) };
}

/** A store with every part but the log's answers and the cache, and the device table to read those. */
export interface CommonParts {
	data: StoreData;
	devices: string[];
	/** The device name a stored device number stands for (checked). */
	device: (value: unknown, where: Where) => string;
}

/** Reads the parts layouts 2 and 3 store alike: options, devices, notes, orphans, tombstones, aliases, flags. */
export function decodeCommon(json: Record<string, unknown>): CommonParts {
	for (const key of REQUIRED_KEYS) field(json, key, "the store");
	const options = readStoredOptions(record(json.options, "options"));
	if (!options.ok) throw new CollectionDataError(`Invalid store data at options: ${options.error}.`);
	const data = emptyStore(options.options);
	takePresetOptions(data, options.more);
	data.optionsRev = integer(json.optionsRev, "optionsRev", 0);
	const devices = texts(json.devices, "devices");
	const device = (value: unknown, where: Where): string => {
		const name = devices[integer(value, where, 0)];
		if (name === undefined) fail(where, `a device number below ${devices.length}`, value);
		return name;
	};
	data.notes = decodeNotes(json.notes);
	data.orphans = decodeOrphans(json.orphans);
	data.log.undone = entries(json.undone, "undone", (value, where) =>
		new Set(
			list(value, where).map((item, i) => {
				const tuple = list(item, at(where, i));
				const w = at(where, i);
				return entryKey({ time: integer(tuple[0], at(w, 0)), device: device(tuple[1], at(w, 1)), rev: integer(tuple[2], at(w, 2), 0) });
			}),
		),
	);
	data.log.resets = entries(json.resets, "resets", (value, where) => list(value, where).map((t, i) => integer(t, at(where, i))));
	data.log.purged = entries(json.purged, "purged", (value, where) => integer(value, where));
	list(json.aliases, "aliases").forEach((pair, i) => {
		const tuple = list(pair, at("aliases", i));
		addAlias(data.aliases, cardId(tuple[0], at(at("aliases", i), 0)), cardId(tuple[1], at(at("aliases", i), 1)));
	});
	const flag = (v: unknown, w: Where): boolean => {
		if (v !== 0 && v !== 1) fail(w, "0 or 1", v);
		return v === 1;
	};
	data.suspended = entries(json.suspended, "suspended", (value, where) => register(value, where, flag, device));
	data.buried = entries(json.buried, "buried", (value, where) => register(value, where, (v, w) => integer(v, w, 0), device));
	Object.assign(data, decodeStudyParts(json, device));
	return { data, devices, device };
}

/**
 * Reads a version-3 store object; throws `CollectionDataError` naming the first bad value. The log and
 * cache texts are checked whole here but kept as text; the cached states still lack what the log
 * knows (reps, last answer), which `loadedState` adds.
 */
export function decodeStore(json: Record<string, unknown>): StoreData {
	const { data, devices } = decodeCommon(json);
	const logText = json.log;
	if (typeof logText !== "string") fail("log", "a text of answers, a line per card", logText);
	const log = readLogText(logText, devices);
	// Only lines written exactly as this version writes them are kept as text (and saved as they are).
	data.log.entries.load(log.lines, log.odd.length === 0);
	for (const [id, list] of log.odd) data.log.entries.set(id, list);
	const cacheText = json.cache;
	if (typeof cacheText !== "string") fail("cache", "a text of schedules, a line per card", cacheText);
	const cache = readStateText(cacheText);
	data.cache.load(cache.lines, cache.odd.length === 0);
	for (const [id, state] of cache.odd) data.cache.set(id, state);
	return data;
}
