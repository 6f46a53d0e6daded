/**
 * Which preset a deck uses and the scheduling options that gives a card: a deck's own assignment, else
 * its parent's preset, up to the default preset (the store's options). An assignment to a deleted
 * preset counts as none, so a deletion merged from another device leaves no deck without options.
 */
import { DECK_SEPARATOR } from "../../deck-path";
import type { SchedulerOptions } from "../../types";
import type { LiveView } from "../identity/live-view";
import type { StoreData } from "../store-model";
import { DEFAULT_PRESET_ID } from "./preset-model";
import { firstDifference, optionsAt, scheduleOf, type TimedOptions } from "./options-history";

type PresetData = Pick<StoreData, "options" | "presets" | "deckPresets" | "history">;

/** The preset a deck's own assignment names, when it names one that exists. */
export function ownPresetOf(data: PresetData, deck: string): string | undefined {
	const id = data.deckPresets.get(deck)?.value;
	if (id === undefined || id === "") return undefined;
	return id === DEFAULT_PRESET_ID || data.presets.get(id)?.value ? id : undefined;
}

/** The preset a deck uses: its own, else the nearest deck above it with one, else the default. */
export function presetIdOf(data: PresetData, deck: string): string {
	if (data.deckPresets.size === 0) return DEFAULT_PRESET_ID;
	let path = deck;
	for (;;) {
		const own = ownPresetOf(data, path);
		if (own !== undefined) return own;
		const cut = path.lastIndexOf(DECK_SEPARATOR);
		if (cut < 0) return DEFAULT_PRESET_ID;
		path = path.slice(0, cut);
	}
}

/**
 * The scheduling options of a preset over time (the default's for an unknown or deleted one), each
 * with the day start in force then. One entry when the preset's options never changed.
 */
export function presetSchedule(data: PresetData, id: string): TimedOptions[] {
	const preset = id === DEFAULT_PRESET_ID ? undefined : data.presets.get(id)?.value;
	const defaults = scheduleOf(data.history.get(DEFAULT_PRESET_ID) ?? [], data.options);
	if (!preset) return defaults;
	return scheduleOf(data.history.get(id) ?? [], { ...preset.values, dayStartHour: data.options.dayStartHour }, defaults);
}

/** The scheduling options of a preset now (the default's for an unknown or deleted one), with the store's day start. */
export function presetOptions(data: PresetData, id: string): SchedulerOptions {
	const preset = id === DEFAULT_PRESET_ID ? undefined : data.presets.get(id)?.value;
	if (!data.history.has(id)) return preset ? { ...preset.values, dayStartHour: data.options.dayStartHour } : data.options;
	return optionsAt(presetSchedule(data, id), Infinity);
}

/** The scheduling options of a deck's cards now. */
export function deckOptions(data: PresetData, deck: string): SchedulerOptions {
	return data.deckPresets.size === 0 ? data.options : presetOptions(data, presetIdOf(data, deck));
}

/** The preset of a card (any id of it): that of its note's deck, or of the deck it was in when it became an orphan; the default when neither is known (a store read without notes). */
export function cardPreset(data: StoreData, view: LiveView, cardId: string): string {
	if (data.deckPresets.size === 0) return DEFAULT_PRESET_ID;
	const deck = cardDeck(data, view, cardId);
	return deck === undefined ? DEFAULT_PRESET_ID : presetIdOf(data, deck);
}

/** A card's deck (by any of its ids): its note's, or the one it had when it left its note; undefined when unknown. */
export function cardDeck(data: StoreData, view: LiveView, cardId: string): string | undefined {
	const base = view.resolver.canonical(cardId.split("-")[0] ?? cardId);
	const path = view.placeOf(base)?.path;
	return path !== undefined ? data.notes.get(path)?.deck : data.orphans.get(base)?.deck;
}

/** The scheduling options of a card over time: what replaying its answers uses, each with the options in force when it was given. */
export function cardSchedule(data: StoreData, view: LiveView, cardId: string): TimedOptions[] {
	if (data.history.size === 0 && data.deckPresets.size === 0) return [{ from: -Infinity, options: data.options }];
	return presetSchedule(data, cardPreset(data, view, cardId));
}

/** The scheduling options of a card in force at `time` (by default, now and from then on). */
export function cardOptions(data: StoreData, view: LiveView, cardId: string, time = Infinity): SchedulerOptions {
	if (data.history.size === 0 && data.deckPresets.size === 0) return data.options;
	return optionsAt(cardSchedule(data, view, cardId), time);
}

/**
 * From when a card's options differ between two stores, by the preset it has in each (`presetA` in `a`,
 * `presetB` in `b`; memoised per pair): answers given before were scheduled alike. Infinity when never.
 */
export function scheduleDifference(a: PresetData, b: PresetData): (presetA: string, presetB: string) => number {
	const since = new Map<string, number>();
	return (presetA, presetB) => {
		const key = `${presetA}|${presetB}`;
		let time = since.get(key);
		if (time === undefined) {
			time = firstDifference(presetSchedule(a, presetA), presetSchedule(b, presetB));
			since.set(key, time);
		}
		return time;
	};
}

/** The earliest time from which some preset's options differ between two stores (Infinity when none does): answers before it were scheduled alike. */
export function optionsChangedSince(a: PresetData, b: PresetData): number {
	let since = Infinity;
	for (const id of new Set([DEFAULT_PRESET_ID, ...a.presets.keys(), ...b.presets.keys()])) {
		since = Math.min(since, firstDifference(presetSchedule(a, id), presetSchedule(b, id)));
	}
	return since;
}
