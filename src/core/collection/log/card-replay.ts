import { replayLog } from "../../scheduler/log-replay";
import type { ReviewEntry, ReviewRecord, SchedulerOptions, SchedulingState } from "../../types";
import { effectiveEntries, resetTimes } from "./review-log";
import type { ReviewLogData } from "../store-model";

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

/**
 * Rebuilds a card from its log (answers under all its raw ids, undone and purged ones left out, resets
 * honoured), through the scheduler's own replay, so the result equals answering one by one.
 */
export function replayCard(log: ReviewLogData, rawIds: readonly string[], cardId: string, options: SchedulerOptions): Replay {
	return replayEntries(effectiveEntries(log, rawIds, cardId), resetTimes(log, rawIds), cardId, options);
}

/** `replayCard` of answers that count (in replay order) and resets (sorted) given as they are. */
export function replayEntries(entries: readonly ReviewEntry[], resets: readonly number[], cardId: string, options: SchedulerOptions): Replay {
	const parts = segments(entries, resets);
	const records: ReviewRecord[] = [];
	let state: SchedulingState | undefined;
	for (const part of parts) {
		if (part.length === 0) {
			state = undefined;
			continue;
		}
		const result = replayLog(cardId, part, { options });
		// Not push(...records): a card with 100,000 answers would overflow the call stack.
		for (const record of result.records) records.push(record);
		state = result.state;
	}
	return { state, records };
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
