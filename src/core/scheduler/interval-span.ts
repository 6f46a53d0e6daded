const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Anki's month and year: 365/12 days and 365 days. */
const MONTH = (365 / 12) * DAY;
const YEAR = 365 * DAY;

/** The unit a delay is shown in: minutes, hours, days, months, years. */
export type IntervalUnit = "m" | "h" | "d" | "mo" | "y";

/**
 * A delay rounded as Anki labels its answer buttons, for the interface to word: `amount` in `unit`
 * (`10` m, `1.5` mo); `under` marks a delay shorter than the amount (`<1m`).
 */
export interface IntervalSpan {
	amount: number;
	unit: IntervalUnit;
	under?: true;
}

interface Unit {
	unit: IntervalUnit;
	ms: number;
	/** Where the next unit takes over. */
	below: number;
	decimals: 0 | 1;
}

const UNITS: readonly Unit[] = [
	{ unit: "m", ms: MINUTE, below: HOUR, decimals: 0 },
	{ unit: "h", ms: HOUR, below: DAY, decimals: 0 },
	{ unit: "d", ms: DAY, below: MONTH, decimals: 0 },
	{ unit: "mo", ms: MONTH, below: YEAR, decimals: 1 },
	{ unit: "y", ms: YEAR, below: Infinity, decimals: 1 },
];

/**
 * A delay in `ms` as Anki shows it: under a minute, or whole minutes, hours and days; months and
 * years keep one decimal (`3.2` mo, `1` y). A value that rounds up to the next unit's size is given
 * in that unit (`1` h, never `60` m).
 */
export function intervalSpan(ms: number): IntervalSpan {
	if (!(ms >= MINUTE - SECOND / 2)) return { amount: 1, unit: "m", under: true };
	for (const unit of UNITS) {
		const factor = unit.decimals === 1 ? 10 : 1;
		const amount = Math.round((ms / unit.ms) * factor) / factor;
		if (amount * unit.ms < unit.below) return { amount, unit: unit.unit };
	}
	return { amount: Math.round((ms / YEAR) * 10) / 10, unit: "y" };
}
