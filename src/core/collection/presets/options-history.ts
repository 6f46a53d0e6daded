/**
 * The scheduling options each preset had over time, so that replaying an answer uses the options in
 * force when it was given (docs/decisions/option-presets.md, "Options over time"). A change of options
 * reschedules nothing: the answers before it keep the options they were given with, on every device
 * and after any merge, and "cached state = replay of the log" holds.
 *
 * Stored inside the synced options (an older version keeps it as an option it does not know):
 * `"history": { "<preset id>": [[time, "device", { "newPerDay": …, … }], …] }`, the default preset's
 * snapshots also holding `dayStartHour`. A snapshot is in force from its time to the next one's; the
 * earliest stands for every time before it too. Merged as a union per preset (a join-semilattice);
 * only the latest `HISTORY_LIMIT` snapshots of a preset are kept, the same ones whatever the order.
 */
import { at, CollectionDataError, fail, integer, list, record, text, type Where } from "../store/json/data-checks";
import { optionProblem } from "../collection-options";
import type { SchedulerOptions } from "../../types";
import { MAX_TIME } from "../log/log-limits";
import { applyPresetValues, DEFAULT_PRESET_ID, defaultPresetValues, PRESET_KEYS, presetValuesOf, type PresetValues } from "./preset-model";

/** Snapshots kept per preset: option changes are rare, and edits made with no answer between are one snapshot. */
export const HISTORY_LIMIT = 24;

/** Time of the snapshot that records the options before a preset's first change: before any answer. */
export const BEFORE_ALL = -MAX_TIME;

/** One write of a preset's scheduling options, in force from `time` until the next snapshot. */
export interface OptionsSnapshot {
	/** Epoch ms from which these options schedule answers. */
	time: number;
	/** Name of the writing device. */
	device: string;
	/** The preset's options. */
	values: PresetValues;
	/** The day start, in the default preset's snapshots only (it is one for every deck). */
	dayStartHour?: number;
	/** Fields a newer version added, written back unchanged. */
	more: Record<string, unknown>;
	/** The stored text, which orders snapshots of equal time and device. */
	text: string;
}

/** Per preset id (the default's is `default`), its snapshots sorted by time, device and text. */
export type OptionsHistory = ReadonlyMap<string, readonly OptionsSnapshot[]>;

/** Where an options schedule starts and the options in force from then on (the first starts at -Infinity). */
export interface TimedOptions {
	from: number;
	options: SchedulerOptions;
}

function snapshotJson(s: Omit<OptionsSnapshot, "text">): [number, string, Record<string, unknown>] {
	const values: Record<string, unknown> = {};
	for (const key of PRESET_KEYS) {
		const value = s.values[key];
		values[key] = Array.isArray(value) ? [...value] : value;
	}
	if (s.dayStartHour !== undefined) values.dayStartHour = s.dayStartHour;
	return [s.time, s.device, { ...values, ...s.more }];
}

/** A snapshot with its stored text. */
export function snapshot(s: Omit<OptionsSnapshot, "text">): OptionsSnapshot {
	return { ...s, text: JSON.stringify(snapshotJson(s)) };
}

function compareSnapshots(a: OptionsSnapshot, b: OptionsSnapshot): number {
	if (a.time !== b.time) return a.time - b.time;
	if (a.device !== b.device) return a.device < b.device ? -1 : 1;
	return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
}

function readSnapshot(value: unknown, where: Where, withDayStart: boolean): OptionsSnapshot {
	const tuple = list(value, where);
	if (tuple.length !== 3) fail(where, "a snapshot [time, device, options]", value);
	const time = integer(tuple[0], at(where, 0));
	if (time < BEFORE_ALL || time > MAX_TIME) fail(at(where, 0), `a time within ${MAX_TIME} ms of 1970`, time);
	const device = text(tuple[1], at(where, 1));
	const json = record(tuple[2], at(where, 2));
	const known: Record<string, unknown> = {};
	const more: Record<string, unknown> = {};
	let dayStartHour: number | undefined;
	for (const [key, item] of Object.entries(json)) {
		if (key === "__proto__") fail(where, "no __proto__ key", value);
		if ((PRESET_KEYS as readonly string[]).includes(key)) known[key] = item;
		else if (key === "dayStartHour" && withDayStart) {
			const problem = optionProblem("dayStartHour", item);
			if (problem) fail(at(at(where, 2), key), problem, item);
			dayStartHour = item as number;
		} else more[key] = item;
	}
	const values = applyPresetValues(defaultPresetValues(), known);
	if (!values.ok) throw new CollectionDataError(`Invalid store data at ${where}: ${values.error}.`);
	return snapshot({ time, device, values: values.values, ...(dayStartHour === undefined ? {} : { dayStartHour }), more });
}

/** The latest `HISTORY_LIMIT` of distinct snapshots, sorted. */
function normalised(snapshots: readonly OptionsSnapshot[]): OptionsSnapshot[] {
	const sorted = [...snapshots].sort(compareSnapshots);
	const distinct = sorted.filter((s, i) => i === 0 || compareSnapshots(s, sorted[i - 1] as OptionsSnapshot) !== 0);
	return distinct.slice(-HISTORY_LIMIT);
}

/** Reads the `history` option; `isPresetId` tells a valid named preset id. Throws `CollectionDataError` naming a bad value. */
export function readHistory(json: unknown, isPresetId: (id: string) => boolean): Map<string, OptionsSnapshot[]> {
	const history = new Map<string, OptionsSnapshot[]>();
	for (const [id, item] of Object.entries(record(json ?? {}, "options.history"))) {
		const where = at("options.history", id);
		if (id !== DEFAULT_PRESET_ID && !isPresetId(id)) fail(where, "a preset id", id);
		const snapshots = list(item, where).map((s, i) => readSnapshot(s, at(where, i), id === DEFAULT_PRESET_ID));
		if (snapshots.length > 0) history.set(id, normalised(snapshots));
	}
	return history;
}

/** The `history` option as stored, presets sorted; undefined when there is none (older stores stay as they were). */
export function encodeHistory(history: OptionsHistory): Record<string, unknown> | undefined {
	if (history.size === 0) return undefined;
	const json: Record<string, unknown> = {};
	for (const id of [...history.keys()].sort()) json[id] = (history.get(id) ?? []).map((s) => snapshotJson(s));
	return json;
}

/** The union of two histories, each preset's kept to its latest `HISTORY_LIMIT` snapshots. */
export function mergeHistory(a: OptionsHistory, b: OptionsHistory): OptionsHistory {
	if (b.size === 0 || a === b) return a;
	if (a.size === 0) return b;
	const result = new Map(a);
	for (const [id, theirs] of b) {
		const mine = result.get(id);
		result.set(id, mine ? normalised([...mine, ...theirs]) : theirs);
	}
	return result;
}

/** Whether merging `theirs` would add nothing to `mine`. */
export function historySubsumed(theirs: OptionsHistory, mine: OptionsHistory): boolean {
	return theirs.size === 0 || sameHistory(mergeHistory(mine, theirs), mine);
}

function encodeText(history: OptionsHistory): string {
	return JSON.stringify(encodeHistory(history) ?? null);
}

/** Whether two histories store alike. */
export function sameHistory(a: OptionsHistory, b: OptionsHistory): boolean {
	return a === b || encodeText(a) === encodeText(b);
}

/** What a preset's change records: the options before (kept as the first snapshot) and after. */
export interface OptionsWrite {
	preset: string;
	time: number;
	device: string;
	before: SchedulerOptions;
	after: SchedulerOptions;
	/** Epoch ms of the latest answer in the log: a snapshot of this device written after it is replaced rather than followed. */
	latestAnswer: number;
}

function sameValues(a: SchedulerOptions, b: SchedulerOptions, withDayStart: boolean): boolean {
	return JSON.stringify(presetValuesOf(a)) === JSON.stringify(presetValuesOf(b)) && (!withDayStart || a.dayStartHour === b.dayStartHour);
}

/**
 * The history with a change of a preset's options recorded: a snapshot from `time` on (after the
 * preset's latest, whatever the clock says). The first change also records the options before it, in
 * force before any answer. A snapshot this device wrote with no answer since is replaced (a setting
 * typed in several steps is one change). The history itself when the scheduling options did not change.
 */
export function recordOptions(history: OptionsHistory, write: OptionsWrite): OptionsHistory {
	const withDayStart = write.preset === DEFAULT_PRESET_ID;
	if (sameValues(write.before, write.after, withDayStart)) return history;
	const of = (options: SchedulerOptions, time: number): OptionsSnapshot =>
		snapshot({ time, device: write.device, values: presetValuesOf(options), ...(withDayStart ? { dayStartHour: options.dayStartHour } : {}), more: {} });
	const snapshots = [...(history.get(write.preset) ?? [])];
	if (snapshots.length === 0) snapshots.push(of(write.before, BEFORE_ALL));
	const last = snapshots[snapshots.length - 1] as OptionsSnapshot;
	const time = Math.max(write.time, last.time + 1);
	if (snapshots.length > 1 && last.device === write.device && write.latestAnswer < last.time) snapshots.pop();
	snapshots.push(of(write.after, time));
	const result = new Map(history);
	result.set(write.preset, normalised(snapshots));
	return result;
}

/** The options in force over time from a preset's snapshots; `dayStart` gives the day start in force (the default preset's). */
export function scheduleOf(snapshots: readonly OptionsSnapshot[], fallback: SchedulerOptions, dayStart?: readonly TimedOptions[]): TimedOptions[] {
	const own: { from: number; values: PresetValues; dayStartHour: number }[] =
		snapshots.length === 0
			? [{ from: -Infinity, values: presetValuesOf(fallback), dayStartHour: fallback.dayStartHour }]
			: snapshots.map((s, i) => ({ from: i === 0 ? -Infinity : s.time, values: s.values, dayStartHour: s.dayStartHour ?? fallback.dayStartHour }));
	if (!dayStart || dayStart.length <= 1) {
		const hour = dayStart?.[0]?.options.dayStartHour;
		return own.map((o) => ({ from: o.from, options: { ...o.values, dayStartHour: hour ?? o.dayStartHour } }));
	}
	// A named preset over time, with the day start of the default preset at each time.
	const starts = [...new Set([...own.map((o) => o.from), ...dayStart.map((d) => d.from)])].sort((x, y) => x - y);
	return starts.map((from) => ({ from, options: { ...(inForce(own, from) as (typeof own)[number]).values, dayStartHour: (inForce(dayStart, from) as TimedOptions).options.dayStartHour } }));
}

function inForce<T extends { from: number }>(schedule: readonly T[], time: number): T | undefined {
	let found: T | undefined;
	for (const item of schedule) {
		if (item.from > time) break;
		found = item;
	}
	return found ?? schedule[0];
}

/** The options in force at `time`. */
export function optionsAt(schedule: readonly TimedOptions[], time: number): SchedulerOptions {
	return (inForce(schedule, time) as TimedOptions).options;
}

const optionsText = (options: SchedulerOptions): string => JSON.stringify([presetValuesOf(options), options.dayStartHour]);

/** The earliest time at which two schedules give different options (Infinity when they never do). */
export function firstDifference(a: readonly TimedOptions[], b: readonly TimedOptions[]): number {
	const starts = [...new Set([...a.map((x) => x.from), ...b.map((x) => x.from)])].sort((x, y) => x - y);
	for (const time of starts) if (optionsText(optionsAt(a, time)) !== optionsText(optionsAt(b, time))) return time;
	return Infinity;
}

/** Options whose scheduling part is the default preset's latest snapshot (options merged by revision may hold another). */
export function withCurrentOptions<T extends SchedulerOptions>(options: T, history: OptionsHistory): T {
	const latest = history.get(DEFAULT_PRESET_ID)?.at(-1);
	if (!latest) return options;
	const current = { ...options, ...latest.values, dayStartHour: latest.dayStartHour ?? options.dayStartHour };
	return JSON.stringify(presetValuesOf(current)) === JSON.stringify(presetValuesOf(options)) && current.dayStartHour === options.dayStartHour ? options : current;
}
