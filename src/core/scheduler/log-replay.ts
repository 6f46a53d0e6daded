/** A card's scheduling rebuilt from its review log, with the record of each answer (history, statistics). */
import type { ReviewEntry, ReviewRecord, SchedulingState } from "../types";
import { newSchedulingState, replayFrom } from "./fsrs-adapter";
import type { ScheduleContext } from "./scheduler-options";

/** What the history keeps of an answer replayed from `before` to `next`. */
export function answerRecord(entry: ReviewEntry, before: SchedulingState, next: SchedulingState, elapsedDays: number): ReviewRecord {
	const record: ReviewRecord = {
		card: entry.card,
		time: entry.time,
		rating: entry.rating,
		device: entry.device,
		offset: entry.offset,
		stateBefore: before.state,
		state: next.state,
		due: next.due,
		scheduledDays: next.scheduledDays,
		stability: next.stability,
		difficulty: next.difficulty,
		elapsedDays,
	};
	if (entry.duration !== undefined) record.duration = entry.duration;
	return record;
}

/**
 * Rebuilds a card's state from its answers, in the given order (the caller sorts), each counted in the
 * zone recorded with it, so every device gets the states committed answer by answer. `start`: the
 * state before the first of them (a new card due at `newDue` unless given).
 */
export function replayLog(
	cardId: string,
	entries: readonly ReviewEntry[],
	ctx: Omit<ScheduleContext, "cardId" | "utcOffset">,
	newDue = entries[0]?.time ?? 0,
	start: SchedulingState = newSchedulingState(newDue),
): { state: SchedulingState; records: ReviewRecord[] } {
	const records: ReviewRecord[] = [];
	const state = replayFrom(cardId, start, entries, ctx, (entry, before, next, elapsedDays) => {
		records.push(answerRecord(entry, before, next, elapsedDays));
	});
	return { state, records };
}
