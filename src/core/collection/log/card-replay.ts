import { replayLog } from "../../scheduler/log-replay";
import { replayFrom } from "../../scheduler/fsrs-adapter";
import type { ReviewEntry, ReviewRecord, SchedulerOptions, SchedulingState } from "../../types";
import { optionsAt, type TimedOptions } from "../presets/options-history";
import { effectiveEntries, resetTimes } from "./review-log";
import type { ReviewLogData, StoreData } from "../store-model";
import type { LiveView } from "../identity/live-view";
import { cardSchedule } from "../presets/deck-presets";

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
 * honoured), through the scheduler's own replay, so the result equals answering one by one. `keep`
 * false leaves the card's answers undecoded in the store (see `effectiveEntries`).
 */
export function replayCard(log: ReviewLogData, rawIds: readonly string[], cardId: string, options: ReplayOptions, keep = true): Replay {
	return replayEntries(effectiveEntries(log, rawIds, cardId, keep), resetTimes(log, rawIds), cardId, options);
}

/** A card of the store replayed by all its ids, each answer with its preset's options in force then: what its cached state must equal. */
export function replayStoredCard(data: StoreData, view: LiveView, cardId: string, keep = true): Replay {
	return replayCard(data.log, view.rawIds(cardId), cardId, cardSchedule(data, view, cardId), keep);
}

/** `replayCard` of answers that count (in replay order) and resets (sorted) given as they are. */
export function replayEntries(entries: readonly ReviewEntry[], resets: readonly number[], cardId: string, options: ReplayOptions): Replay {
	const parts = segments(entries, resets);
	const records: ReviewRecord[] = [];
	let state: SchedulingState | undefined;
	for (const part of parts) {
		state = undefined;
		if (part.length === 0) continue;
		for (const run of runs(part, options)) {
			const result = replayLog(cardId, run.entries, { options: run.options }, part[0]?.time, state);
			// Not push(...records): a card with 100,000 answers would overflow the call stack.
			for (const record of result.records) records.push(record);
			state = result.state;
		}
	}
	return { state, records };
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
