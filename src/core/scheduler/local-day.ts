import type { UtcOffset } from "../types";

/** Milliseconds in 24 hours. */
export const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const HOUR_MS = 3_600_000;

/** The runtime's own time zone (the device clock's), DST included. */
export const runtimeUtcOffset: UtcOffset = (epochMs) => 0 - new Date(epochMs).getTimezoneOffset(); // never -0

/** The UTC offset of an IANA zone (`Asia/Tokyo`) at each instant, read through `Intl`; throws on an unknown zone. */
export function zoneUtcOffset(ianaZone: string): UtcOffset {
	const format = new Intl.DateTimeFormat("en-US", {
		timeZone: ianaZone,
		hourCycle: "h23",
		year: "numeric",
		month: "numeric",
		day: "numeric",
		hour: "numeric",
		minute: "numeric",
		second: "numeric",
	});
	return (epochMs) => {
		const fields: Record<string, number> = {};
		for (const part of format.formatToParts(epochMs)) {
			if (part.type !== "literal") fields[part.type] = Number(part.value);
		}
		const wall = Date.UTC(
			fields.year ?? 1970,
			(fields.month ?? 1) - 1,
			fields.day ?? 1,
			fields.hour ?? 0,
			fields.minute ?? 0,
			fields.second ?? 0,
		);
		// The wall clock has whole seconds; compare it with the instant floored to the second.
		return Math.round((wall - Math.floor(epochMs / 1000) * 1000) / MINUTE_MS);
	};
}

/** Local wall-clock time of an instant, as if it were UTC epoch ms (the device's clock face). */
function wallClock(epochMs: number, utcOffset: UtcOffset): number {
	return epochMs + utcOffset(epochMs) * MINUTE_MS;
}

/**
 * Integer index of the local day holding an instant, days starting at `dayStartHour` local time
 * (day 0 starts at 1970-01-01 `dayStartHour`:00 local). Consecutive days differ by one.
 */
export function dayNumber(epochMs: number, dayStartHour: number, utcOffset: UtcOffset): number {
	return Math.floor((wallClock(epochMs, utcOffset) - dayStartHour * HOUR_MS) / DAY_MS);
}

/**
 * Epoch ms at which a local day starts: the first instant whose `dayNumber` is `day`. DST-safe: the
 * boundary follows the local clock (days of 23 or 25 hours), and a start hour skipped by a DST jump
 * starts the day at the jump.
 */
export function startOfDay(day: number, dayStartHour: number, utcOffset: UtcOffset): number {
	const wall = day * DAY_MS + dayStartHour * HOUR_MS;
	// Fast path: the instant showing that wall time, found with the offset in force there.
	let guess = wall - utcOffset(wall) * MINUTE_MS;
	guess = wall - utcOffset(guess) * MINUTE_MS;
	const isStart = (t: number): boolean =>
		dayNumber(t, dayStartHour, utcOffset) >= day && dayNumber(t - 1, dayStartHour, utcOffset) < day;
	if (isStart(guess)) return guess;
	// Rare DST corner: search the first instant of the day (offsets lie within ±18 h).
	let lo = wall - 19 * HOUR_MS;
	let hi = wall + 19 * HOUR_MS;
	while (hi - lo > 1) {
		const mid = Math.floor((lo + hi) / 2);
		if (dayNumber(mid, dayStartHour, utcOffset) >= day) hi = mid;
		else lo = mid;
	}
	return hi;
}

/** Epoch ms at which the local day after the one holding `now` starts ("tomorrow" begins). */
export function nextDayStart(now: number, dayStartHour: number, utcOffset: UtcOffset): number {
	return startOfDay(dayNumber(now, dayStartHour, utcOffset) + 1, dayStartHour, utcOffset);
}
