/**
 * Changing presets and deck assignments: each change is a write stamped with its time and device, later
 * than the write it replaces (so it wins every merge against it, whatever the clocks say).
 */
import { normaliseDeck } from "../../deck-path";
import { shortHash } from "../identity/card-identity";
import type { Register, StoreData } from "../store-model";
import { ownPresetOf, presetIdOf } from "./deck-presets";
import { recordOptions } from "./options-history";
import type { SchedulerOptions } from "../../types";
import { applyPresetValues, DEFAULT_PRESET_ID, defaultPresetValues, nameProblem, presetValuesOf, type PresetInfo, type PresetValues, type StoredPreset } from "./preset-model";

/** A change refused, in words; or done. */
export type PresetResult = { ok: true } | { ok: false; error: string };

/** Where a write happens: the store, the writing device and the time. */
export interface PresetWrite {
	data: StoreData;
	device: string;
	time: number;
}

function put<T>(map: Map<string, Register<T>>, key: string, value: T, { time, device }: PresetWrite): void {
	map.set(key, { value, time: Math.max(time, (map.get(key)?.time ?? -1) + 1), device });
}

/** Every preset, the default first, then the others by name. */
export function listPresets(data: StoreData): PresetInfo[] {
	const named: PresetInfo[] = [];
	for (const [id, write] of data.presets) {
		if (write.value) named.push({ id, name: write.value.name, values: { ...write.value.values } });
	}
	named.sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
	return [{ id: DEFAULT_PRESET_ID, name: "", values: presetValuesOf(data.options) }, ...named];
}

/** Adds a preset named `name` with the values of `copyOf` (Anki's defaults when absent); returns its id. */
export function createPreset(write: PresetWrite, name: string, copyOf?: string): { ok: true; id: string } | { ok: false; error: string } {
	const problem = nameProblem(name);
	if (problem) return { ok: false, error: problem };
	const { data } = write;
	const source = copyOf === undefined ? undefined : listPresets(data).find((preset) => preset.id === copyOf);
	if (copyOf !== undefined && !source) return { ok: false, error: `unknown preset "${copyOf}"` };
	// Minted from the writer and the time, so two devices never mint one id for different presets.
	let id = `p${shortHash(`${write.device}|${write.time}|${name}`)}`;
	for (let n = 2; data.presets.has(id); n++) id = `p${shortHash(`${write.device}|${write.time}|${name}|${n}`)}`;
	const values: PresetValues = source ? source.values : defaultPresetValues();
	put(data.presets, id, { name: name.trim(), values, more: {} }, write);
	return { ok: true, id };
}

/** Renames a named preset or changes its values (the default preset's values are the store's options). */
export function updatePreset(write: PresetWrite, id: string, changes: Partial<PresetValues> & { name?: string }): PresetResult {
	const preset = write.data.presets.get(id)?.value;
	if (!preset) return { ok: false, error: `unknown preset "${id}"` };
	const { name, ...valueChanges } = changes;
	if (name !== undefined) {
		const problem = nameProblem(name);
		if (problem) return { ok: false, error: problem };
	}
	const values = applyPresetValues(preset.values, valueChanges);
	if (!values.ok) return values;
	const next: StoredPreset = { name: name?.trim() ?? preset.name, values: values.values, more: preset.more };
	// Answers given before this change keep the options they were given with (options-history.ts).
	const options = (v: PresetValues): SchedulerOptions => ({ ...v, dayStartHour: write.data.options.dayStartHour });
	const change = { preset: id, time: write.time, device: write.device, before: options(preset.values), after: options(values.values) };
	write.data.history = recordOptions(write.data.history, { ...change, latestAnswer: write.data.log.entries.latestTime() });
	put(write.data.presets, id, next, write);
	return { ok: true };
}

/** Deletes a named preset: its decks use their parent's preset from then on. The default cannot be deleted. */
export function deletePreset(write: PresetWrite, id: string): PresetResult {
	if (!write.data.presets.get(id)?.value) return { ok: false, error: `unknown preset "${id}"` };
	put(write.data.presets, id, null, write);
	return { ok: true };
}

/** Makes a deck (and the sub-decks without their own) use a preset; undefined: its parent's again. */
export function assignPreset(write: PresetWrite, deck: string, id: string | undefined): PresetResult {
	const path = normaliseDeck(deck);
	if (path === "") return { ok: false, error: "a deck path is needed" };
	if (id !== undefined && !listPresets(write.data).some((preset) => preset.id === id)) return { ok: false, error: `unknown preset "${id}"` };
	put(write.data.deckPresets, path, id ?? "", write);
	return { ok: true };
}

/** The preset a deck uses, and whether the deck chose it itself (rather than inheriting it). */
export function presetOfDeck(data: StoreData, deck: string): { id: string; own: boolean } {
	const path = normaliseDeck(deck);
	return { id: presetIdOf(data, path), own: ownPresetOf(data, path) !== undefined };
}

/** The decks that chose a preset themselves, with that preset, sorted by deck. */
export function deckAssignments(data: StoreData): [string, string][] {
	const result: [string, string][] = [];
	for (const deck of [...data.deckPresets.keys()].sort()) {
		const id = ownPresetOf(data, deck);
		if (id !== undefined) result.push([deck, id]);
	}
	return result;
}
