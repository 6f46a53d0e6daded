/** The scheduler's options and per-card context, shared by the FSRS adapter and its callers. */
import type { SchedulerOptions, UtcOffset } from "../types";

/** Anki's defaults: 20 new / 200 reviews a day, 4:00 rollover, steps 1m 10m / 10m, leech at 8 lapses. */
export const DEFAULT_SCHEDULER_OPTIONS: SchedulerOptions = {
	newPerDay: 20,
	reviewsPerDay: 200,
	dayStartHour: 4,
	desiredRetention: 0.9,
	maximumInterval: 36500,
	learningSteps: [1, 10],
	relearningSteps: [10],
	leechThreshold: 8,
	fsrsParameters: [],
};

/** What scheduling one card needs besides its state: its id (the fuzz seed), the options and the zone. */
export interface ScheduleContext {
	/** Reviewable card id; with the review count it seeds the fuzz, so preview, commit and replay agree. */
	cardId: string;
	options: SchedulerOptions;
	/** Zone whose local days (starting at `options.dayStartHour`) count elapsed days. */
	utcOffset: UtcOffset;
	/** Interval fuzz; on unless false (the FSRS reference vectors assume it off). */
	fuzz?: boolean;
}
