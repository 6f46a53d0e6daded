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

type PresetData = Pick<StoreData, "options" | "presets" | "deckPresets">;

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

/** The scheduling options of a preset (the default's for an unknown or deleted one), with the store's day start. */
export function presetOptions(data: PresetData, id: string): SchedulerOptions {
	const preset = id === DEFAULT_PRESET_ID ? undefined : data.presets.get(id)?.value;
	return preset ? { ...preset.values, dayStartHour: data.options.dayStartHour } : data.options;
}

/** The scheduling options of a deck's cards. */
export function deckOptions(data: PresetData, deck: string): SchedulerOptions {
	return data.deckPresets.size === 0 ? data.options : presetOptions(data, presetIdOf(data, deck));
}

/**
 * The scheduling options of a card (any id of it): those of its note's deck, or of the deck it was in
 * when it became an orphan; the default preset's when neither is known (a store read without notes).
 */
export function cardOptions(data: StoreData, view: LiveView, cardId: string): SchedulerOptions {
	if (data.deckPresets.size === 0) return data.options;
	const base = view.resolver.canonical(cardId.split("-")[0] ?? cardId);
	const path = view.placeOf(base)?.path;
	const deck = path !== undefined ? data.notes.get(path)?.deck : data.orphans.get(base)?.deck;
	return deck === undefined ? data.options : deckOptions(data, deck);
}
