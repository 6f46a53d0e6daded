/**
 * Presets and deck assignments as stored, inside the synced options (so that a version without presets
 * keeps them as options it does not know and writes them back), and how two stores' copies merge:
 * last writer wins per preset and per deck, a deleted preset being a write of `null`. Each is a
 * join-semilattice (a total order of writes), so merges stay commutative, associative and idempotent.
 *
 * `"presets": { "<id>": [{ "name": …, "newPerDay": …, … } | null, time, "device"] }`
 * `"deckPresets": { "<deck path>": ["<preset id>" | "", time, "device"] }` ("" = the parent's preset)
 */
import { at, CollectionDataError, fail, integer, list, record, text, type Where } from "../store/json/data-checks";
import type { Register, StoreData } from "../store-model";
import { applyPresetValues, DEFAULT_PRESET_ID, defaultPresetValues, nameProblem, PRESET_KEYS, type StoredPreset } from "./preset-model";
import { encodeHistory, historySubsumed, readHistory, withCurrentOptions, type OptionsHistory } from "./options-history";

/** Named presets by id: the latest write of each, `null` once deleted. */
export type PresetWrites = Map<string, Register<StoredPreset | null>>;

/** Per deck path, the latest assignment: a preset id, or "" for the parent's preset. */
export type DeckPresetWrites = Map<string, Register<string>>;

/** The option keys presets and the options history are stored under. */
export const PRESET_OPTION_KEYS = ["presets", "deckPresets", "history"] as const;

/** A preset id as minted (`createPreset`): a plain word, never the default's. */
export function isPresetId(id: string): boolean {
	return /^[A-Za-z0-9_-]{1,40}$/.test(id) && id !== DEFAULT_PRESET_ID;
}

function writeOf<T>(value: unknown, where: Where, decode: (v: unknown, w: Where) => T): Register<T> {
	const tuple = list(value, where);
	if (tuple.length !== 3) fail(where, "a write [value, time, device]", value);
	return { value: decode(tuple[0], at(where, 0)), time: integer(tuple[1], at(where, 1)), device: text(tuple[2], at(where, 2)) };
}

function readPreset(value: unknown, where: Where): StoredPreset | null {
	if (value === null) return null;
	const json = record(value, where);
	const problem = nameProblem(json.name);
	if (problem) fail(at(where, "name"), problem, json.name);
	const known: Record<string, unknown> = {};
	const more: Record<string, unknown> = {};
	for (const [key, item] of Object.entries(json)) {
		if (key === "__proto__") fail(where, "no __proto__ key", value);
		if ((PRESET_KEYS as readonly string[]).includes(key)) known[key] = item;
		else if (key !== "name") more[key] = item;
	}
	// A key a newer version left out takes the default; a bad value is refused, as options are.
	const values = applyPresetValues(defaultPresetValues(), known);
	if (!values.ok) throw new CollectionDataError(`Invalid store data at ${where}: ${values.error}.`);
	return { name: json.name as string, values: values.values, more };
}

/**
 * Takes the presets and deck assignments out of the options a store part holds (kept by `readStoredOptions`
 * among the keys it does not know); throws `CollectionDataError` naming a bad value.
 */
export function readPresetOptions(optionsMore: Record<string, unknown>): { presets: PresetWrites; deckPresets: DeckPresetWrites; history: OptionsHistory; more: Record<string, unknown> } {
	const { presets: presetsJson, deckPresets: decksJson, history: historyJson, ...more } = optionsMore;
	const presets: PresetWrites = new Map();
	for (const [id, item] of Object.entries(record(presetsJson ?? {}, "options.presets"))) {
		const where = at("options.presets", id);
		if (!isPresetId(id)) fail(where, "a preset id (a plain word other than default)", id);
		presets.set(id, writeOf(item, where, readPreset));
	}
	const deckPresets: DeckPresetWrites = new Map();
	for (const [deck, item] of Object.entries(record(decksJson ?? {}, "options.deckPresets"))) {
		const where = at("options.deckPresets", deck);
		deckPresets.set(deck, writeOf(item, where, (v, w) => {
			const id = text(v, w);
			if (id !== "" && id !== DEFAULT_PRESET_ID && !isPresetId(id)) fail(w, "a preset id or an empty text", v);
			return id;
		}));
	}
	return { presets, deckPresets, history: readHistory(historyJson, isPresetId), more };
}

function presetJson(preset: StoredPreset | null): Record<string, unknown> | null {
	if (preset === null) return null;
	const json: Record<string, unknown> = { name: preset.name };
	for (const key of PRESET_KEYS) {
		const value = preset.values[key];
		json[key] = Array.isArray(value) ? [...value] : value;
	}
	return { ...json, ...preset.more };
}

function sortedWrites<T, J>(writes: ReadonlyMap<string, Register<T>>, encode: (value: T) => J): Record<string, [J, number, string]> {
	const result: Record<string, [J, number, string]> = {};
	for (const key of [...writes.keys()].sort()) {
		const write = writes.get(key) as Register<T>;
		result[key] = [encode(write.value), write.time, write.device];
	}
	return result;
}

/** The option keys presets and the options history are stored under, sorted; none when there are none (older stores stay as they were). */
export function encodePresetOptions(data: Pick<StoreData, "presets" | "deckPresets" | "history">): Record<string, unknown> {
	const json: Record<string, unknown> = {};
	if (data.presets.size > 0) json.presets = sortedWrites(data.presets, presetJson);
	if (data.deckPresets.size > 0) json.deckPresets = sortedWrites(data.deckPresets, (id) => id);
	const history = encodeHistory(data.history);
	if (history) json.history = history;
	return json;
}

/** Total order of writes: later time, then greater device, then greater stored text. */
function compareWrites<T>(a: Register<T>, b: Register<T>, textOf: (value: T) => string): number {
	if (a.time !== b.time) return a.time - b.time;
	if (a.device !== b.device) return a.device < b.device ? -1 : 1;
	const x = textOf(a.value);
	const y = textOf(b.value);
	return x < y ? -1 : x > y ? 1 : 0;
}

function mergeWrites<T>(a: ReadonlyMap<string, Register<T>>, b: ReadonlyMap<string, Register<T>>, textOf: (value: T) => string): Map<string, Register<T>> {
	const result = new Map(a);
	for (const [key, write] of b) {
		const mine = result.get(key);
		if (!mine || compareWrites(write, mine, textOf) > 0) result.set(key, write);
	}
	return result;
}

const presetText = (preset: StoredPreset | null): string => JSON.stringify(presetJson(preset));

/** Each preset's and each deck's latest write of both stores. */
export function mergePresetWrites(a: Pick<StoreData, "presets" | "deckPresets">, b: Pick<StoreData, "presets" | "deckPresets">): Pick<StoreData, "presets" | "deckPresets"> {
	return { presets: mergeWrites(a.presets, b.presets, presetText), deckPresets: mergeWrites(a.deckPresets, b.deckPresets, (id) => id) };
}

/** Whether merging `theirs` would change no preset, assignment or options history of `mine`. */
export function presetsSubsumed(theirs: Pick<StoreData, "presets" | "deckPresets" | "history">, mine: Pick<StoreData, "presets" | "deckPresets" | "history">): boolean {
	const within = <T>(their: ReadonlyMap<string, Register<T>>, my: ReadonlyMap<string, Register<T>>, textOf: (value: T) => string): boolean =>
		[...their].every(([key, write]) => {
			const kept = my.get(key);
			return kept !== undefined && compareWrites(write, kept, textOf) <= 0;
		});
	return within(theirs.presets, mine.presets, presetText) && within(theirs.deckPresets, mine.deckPresets, (id) => id) && historySubsumed(theirs.history, mine.history);
}

/** Puts the options a part held beyond the known ones into a store just read: presets, assignments, and the rest kept aside. */
export function takePresetOptions(data: StoreData, optionsMore: Record<string, unknown>): void {
	const read = readPresetOptions(optionsMore);
	data.presets = read.presets;
	data.deckPresets = read.deckPresets;
	data.history = read.history;
	data.optionsMore = read.more;
	data.options = withCurrentOptions(data.options, data.history);
}

/** The options object every part stores: known options in a fixed order, presets, then what a newer version added. */
export function storedOptionsJson(data: StoreData, known: Record<string, unknown>): Record<string, unknown> {
	return { ...known, ...encodePresetOptions(data), ...data.optionsMore };
}

/** What cached states depend on besides the log: the options and presets they were scheduled with. */
export function schedulingKey(data: StoreData, known: Record<string, unknown>): string {
	const presets = encodePresetOptions(data);
	return JSON.stringify(Object.keys(presets).length === 0 ? known : [known, presets]);
}
