import { answerRecord } from "../../scheduler/log-replay";
import { newSchedulingState, replayFrom } from "../../scheduler/fsrs-adapter";
import type { ReviewEntry, ReviewRecord, SchedulerOptions, SchedulingState } from "../../types";
import { optionsAt, type TimedOptions } from "../presets/options-history";
import { effectiveEntries, resetTimes } from "./review-log";
import type { ReviewLogData, StoreData } from "../store-model";
import type { LiveView } from "../identity/live-view";
import { cardSchedule } from "../presets/deck-presets";
import { TrailWriter, type ReviewTrail } from "../../stats/review-trail";

/** A card's answers cut at its resets: each part is scheduled from a new card; the last part is current. */
export function segments(entries: readonly ReviewEntry[], resets: readonly number[]): ReviewEntry[][] {
	const parts: ReviewEntry[][] = [[]];
	let r = 0;
	for (const entry of entries) {
		let crossed = false;
		while (r < resets.length && (resets[r] as number) < entry.time) {
			r++;
			crossed = true;
		}
		if (crossed) parts.push([]);
		(parts[parts.length - 1] as ReviewEntry[]).push(entry);
	}
	if (r < resets.length) parts.push([]);
	return parts;
}

/** What replaying a card's log gives: its state (undefined while new) and one record per answer. */
export interface Replay {
	state: SchedulingState | undefined;
	records: ReviewRecord[];
}

/** The options answers are replayed with: one set for all, or those in force at each answer's time. */
export type ReplayOptions = SchedulerOptions | readonly TimedOptions[];

/** Consecutive answers that the same options schedule. */
function runs(entries: readonly ReviewEntry[], options: ReplayOptions): { options: SchedulerOptions; entries: readonly ReviewEntry[] }[] {
	if (!Array.isArray(options)) return [{ options: options as SchedulerOptions, entries }];
	const schedule = options as readonly TimedOptions[];
	if (schedule.length === 1) return [{ options: (schedule[0] as TimedOptions).options, entries }];
	const result: { options: SchedulerOptions; entries: ReviewEntry[] }[] = [];
	for (const entry of entries) {
		const inForce = optionsAt(schedule, entry.time);
		const last = result[result.length - 1];
		if (last?.options === inForce) last.entries.push(entry);
		else result.push({ options: inForce, entries: [entry] });
	}
	return result;
}

/**
 * Rebuilds a card from its log (answers under all its raw ids, undone and purged ones left out, resets
 * honoured), through the scheduler's own replay, so the result equals answering one by one.
 */
export function replayCard(log: ReviewLogData, rawIds: readonly string[], cardId: string, options: ReplayOptions): Replay {
	return replayEntries(effectiveEntries(log, rawIds, cardId), resetTimes(log, rawIds), cardId, options);
}

/** A card of the store replayed by all its ids, each answer with its preset's options in force then: what its cached state must equal. */
export function replayStoredCard(data: StoreData, view: LiveView, cardId: string): Replay {
	return replayCard(data.log, view.rawIds(cardId), cardId, cardSchedule(data, view, cardId));
}

/** `replayCard`'s state alone (undefined while new), without a record per answer. */
export function cardState(log: ReviewLogData, rawIds: readonly string[], cardId: string, options: ReplayOptions): SchedulingState | undefined {
	return entriesState(effectiveEntries(log, rawIds, cardId), resetTimes(log, rawIds), cardId, options);
}

/** `replayStoredCard`'s state alone: what a card's cached state must equal. */
export function storedCardState(data: StoreData, view: LiveView, cardId: string): SchedulingState | undefined {
	return cardState(data.log, view.rawIds(cardId), cardId, cardSchedule(data, view, cardId));
}

/**
 * A card of the store replayed into its packed trail (what `reviewTrail` makes of its records), without
 * a record per answer and leaving its answers undecoded in the store: the statistics read every card so.
 */
export function storedCardTrail(data: StoreData, view: LiveView, cardId: string): ReviewTrail {
	const rawIds = view.rawIds(cardId);
	const entries = effectiveEntries(data.log, rawIds, cardId, false);
	const writer = new TrailWriter(entries.length);
	replayParts(entries, resetTimes(data.log, rawIds), cardId, cardSchedule(data, view, cardId), (entry, before, next, elapsedDays) => {
		writer.put(entry, before.state, next.scheduledDays, elapsedDays);
	});
	return writer.trail(cardId);
}

/** Called with each answer replayed, as `replayFrom` calls it. */
type Recorder = NonNullable<Parameters<typeof replayFrom>[4]>;

/** The state after answers that count (in replay order) and resets (sorted), each part from a new card due at its first answer. */
function replayParts(entries: readonly ReviewEntry[], resets: readonly number[], cardId: string, options: ReplayOptions, record?: Recorder): SchedulingState | undefined {
	let state: SchedulingState | undefined;
	for (const part of segments(entries, resets)) {
		state = undefined;
		const first = part[0];
		if (!first) continue;
		for (const run of runs(part, options)) state = replayFrom(cardId, state ?? newSchedulingState(first.time), run.entries, { options: run.options }, record);
	}
	return state;
}

/** `replayCard` of answers that count (in replay order) and resets (sorted) given as they are. */
export function replayEntries(entries: readonly ReviewEntry[], resets: readonly number[], cardId: string, options: ReplayOptions): Replay {
	const records: ReviewRecord[] = [];
	const state = replayParts(entries, resets, cardId, options, (entry, before, next, elapsedDays) => {
		records.push(answerRecord(entry, before, next, elapsedDays));
	});
	return { state, records };
}

/**
 * `replayEntries`' state alone. A merge or a load replays cards only for their states, and a record per
 * answer is garbage then. V8 allocates records straight into the old generation once it has seen them
 * kept (allocation-site pretenuring), so a whole merge left some 145 MB there for a full collection,
 * whose pause fell in a slice (docs/decisions/frame-budget.md).
 */
export function entriesState(entries: readonly ReviewEntry[], resets: readonly number[], cardId: string, options: ReplayOptions): SchedulingState | undefined {
	return replayParts(entries, resets, cardId, options);
}

/** A state carried on over more answers (after all those it was computed from), each with the options in force then. */
export function replayOver(cardId: string, start: SchedulingState, entries: readonly ReviewEntry[], options: ReplayOptions): SchedulingState {
	let state = start;
	for (const run of runs(entries, options)) state = replayFrom(cardId, state, run.entries, { options: run.options });
	return state;
}

/**
 * Completes a cached state read from disk with what the log already says (the store does not repeat
 * it): reps, time and UTC offset of the last answer. Reads the card's answers, replays nothing.
 */
export function completeState(state: SchedulingState, log: ReviewLogData, rawIds: readonly string[], cardId: string): SchedulingState {
	const parts = segments(effectiveEntries(log, rawIds, cardId), resetTimes(log, rawIds));
	const current = parts[parts.length - 1] ?? [];
	const last = current[current.length - 1];
	const result: SchedulingState = { ...state, reps: current.length };
	if (last) {
		result.lastReview = last.time;
		result.lastReviewOffset = last.offset;
	}
	return result;
}
