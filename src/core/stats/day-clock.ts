/**
 * Local days for statistics, the scheduler's `dayNumber` made cheap for half a million answers: a day
 * starts at `dayStartHour` local time in the injected zone, so the figures agree with the queue's
 * "today". Only day starts ask the zone (once per day touched); instants are placed between them.
 */
import { DAY_MS, startOfDay } from "../scheduler/local-day";
import type { UtcOffset } from "../types";

/** Where days start: the hour and the time zone. */
export interface DayOptions {
	/** Local hour (0–23) at which a new day starts. */
	dayStartHour: number;
	/** UTC offset in minutes (east positive) in force at an instant. */
	utcOffset: UtcOffset;
}

/** Maps instants to local day numbers and back, caching one zone lookup per day touched. */
export interface DayClock {
	/** The local day number an instant (epoch ms) falls in. */
	dayOf(epochMs: number): number;
	/** Epoch ms at which a local day number starts. */
	startOf(day: number): number;
}

/** A calendar date, as read on the wall clock of a day's start. */
export interface LocalDate {
	year: number;
	/** 1–12. */
	month: number;
	/** 1–31. */
	day: number;
	/** 0 Sunday … 6 Saturday. */
	weekday: number;
}

/** The day clock of a zone; cheap to query millions of times (only day starts ask the zone). */
export function createDayClock(options: DayOptions): DayClock {
	const { dayStartHour, utcOffset } = options;
	const shift = dayStartHour * 3_600_000;
	const starts = new Map<number, number>();
	// The day last returned: consecutive instants of a log mostly fall in it.
	let memoDay = Number.NaN;
	let memoStart = 0;
	let memoEnd = 0;
	// Offset of the last day found, a good guess for the next instant (asking the zone can be slow).
	let guessOffsetMs = Number.NaN;

	const startOf = (day: number): number => {
		const cached = starts.get(day);
		if (cached !== undefined) return cached;
		const start = startOfDay(day, dayStartHour, utcOffset);
		starts.set(day, start);
		return start;
	};

	const dayOf = (epochMs: number): number => {
		if (epochMs >= memoStart && epochMs < memoEnd) return memoDay;
		if (Number.isNaN(guessOffsetMs)) guessOffsetMs = utcOffset(epochMs) * 60_000;
		let day = Math.floor((epochMs + guessOffsetMs - shift) / DAY_MS);
		// A guess off by the zone's offset changes is corrected against the cached day starts.
		while (epochMs < startOf(day)) day--;
		while (epochMs >= startOf(day + 1)) day++;
		memoDay = day;
		memoStart = startOf(day);
		memoEnd = startOf(day + 1);
		guessOffsetMs = day * DAY_MS + shift - memoStart;
		return day;
	};

	return { dayOf, startOf };
}

/** The calendar date of a local day number. */
export function localDate(day: number): LocalDate {
	const date = new Date(day * DAY_MS);
	return {
		year: date.getUTCFullYear(),
		month: date.getUTCMonth() + 1,
		day: date.getUTCDate(),
		weekday: date.getUTCDay(),
	};
}

/** The local day number of a calendar date (month 1–12). */
export function dayOfDate(year: number, month: number, day: number): number {
	return Math.floor(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** A day number as `YYYY-MM-DD`, the form the view and tooltips print. */
export function formatLocalDate(day: number): string {
	const date = localDate(day);
	const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
	return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** An instant as `YYYY-MM-DD HH:mm` on the wall clock of a zone (card info's review dates). */
export function formatLocalDateTime(epochMs: number, utcOffset: UtcOffset): string {
	const wall = new Date(epochMs + utcOffset(epochMs) * 60_000);
	const pad = (n: number): string => (n < 10 ? `0${n}` : String(n));
	const date = `${wall.getUTCFullYear()}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
	return `${date} ${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`;
}
