/**
 * Option presets, as in Anki: named sets of scheduling options that decks use, a sub-deck using its
 * parent's unless it has its own (docs/decisions/option-presets.md). The default preset is the
 * store's own options, so a store without presets reads and schedules as before.
 */
import { optionProblem } from "../collection-options";
import { DEFAULT_SCHEDULER_OPTIONS } from "../../scheduler/scheduler-options";
import type { SchedulerOptions } from "../../types";

/** What a preset holds: every scheduling option but the day start, which stays one for all decks. */
export type PresetValues = Omit<SchedulerOptions, "dayStartHour">;

/** The options a preset holds, in the order they are stored. */
export const PRESET_KEYS: readonly (keyof PresetValues)[] = [
	"newPerDay",
	"reviewsPerDay",
	"desiredRetention",
	"maximumInterval",
	"learningSteps",
	"relearningSteps",
	"leechThreshold",
	"fsrsParameters",
];

/** Id of the default preset: the store's options, used by every deck without a preset of its own. */
export const DEFAULT_PRESET_ID = "default";

/** Longest preset name, in characters. */
export const MAX_PRESET_NAME = 100;

/** A named preset as stored; `more` holds the fields a newer version added, written back unchanged. */
export interface StoredPreset {
	name: string;
	values: PresetValues;
	more: Record<string, unknown>;
}

/** A preset as the collection shows it; the default preset's name is "" (the shell names it). */
export interface PresetInfo {
	id: string;
	name: string;
	values: PresetValues;
}

/** The preset values of a store's options (the default preset). */
export function presetValuesOf(options: SchedulerOptions): PresetValues {
	const values: Record<string, unknown> = {};
	for (const key of PRESET_KEYS) values[key] = options[key];
	return values as unknown as PresetValues;
}

/** The values a new preset starts from: Anki's defaults. */
export function defaultPresetValues(): PresetValues {
	return presetValuesOf(DEFAULT_SCHEDULER_OPTIONS);
}

/** Why a preset name is refused, or undefined. */
export function nameProblem(name: unknown): string | undefined {
	return typeof name === "string" && name.trim() !== "" && name.length <= MAX_PRESET_NAME
		? undefined
		: `a preset name must be a non-empty text of at most ${MAX_PRESET_NAME} characters`;
}

/**
 * `base` with `changes` applied if every key is a preset option with a valid value; otherwise the
 * first problem in words (nothing is applied then).
 */
export function applyPresetValues(base: PresetValues, changes: Readonly<Record<string, unknown>>): { ok: true; values: PresetValues } | { ok: false; error: string } {
	const next: Record<string, unknown> = { ...base };
	for (const [key, value] of Object.entries(changes)) {
		if (value === undefined) continue;
		if (!(PRESET_KEYS as readonly string[]).includes(key)) return { ok: false, error: `"${key}" is not a preset option` };
		const problem = optionProblem(key as keyof PresetValues, value);
		if (problem) return { ok: false, error: `option "${key}" ${problem} (got ${JSON.stringify(value)})` };
		next[key] = Array.isArray(value) ? [...(value as number[])] : value;
	}
	return { ok: true, values: next as unknown as PresetValues };
}
