/**
 * What an answer may hold, checked once where it enters the store (answer(), migrations) and again
 * by every reader, with these same bounds, so nothing accepted on input is refused by the next load.
 */

/** Latest (and, negated, earliest) epoch ms an answer may have: 2^49 ms, about the year 19,800. The
 * packed log folds the rating into the gap (gap × 4), which must stay an exact integer. */
export const MAX_TIME = 2 ** 49;

/** Longest time spent on a card that is recorded: a day (beyond that the screen was left open). */
export const MAX_DURATION_MS = 86_400_000;

/** Largest UTC offset in minutes either way (time zones span −12 h to +14 h; ISO 8601 allows 18 h). */
export const MAX_OFFSET_MINUTES = 18 * 60;

/** Whether an epoch ms can be stored as an answer's time. */
export function isStorableTime(time: number): boolean {
	return Number.isSafeInteger(time) && time <= MAX_TIME && time >= -MAX_TIME;
}

/** Whether a UTC offset (minutes) can be stored. */
export function isStorableOffset(offset: number): boolean {
	return Number.isSafeInteger(offset) && Math.abs(offset) <= MAX_OFFSET_MINUTES;
}
