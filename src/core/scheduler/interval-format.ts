const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Anki's month and year: 365/12 days and 365 days. */
const MONTH = (365 / 12) * DAY;
const YEAR = 365 * DAY;

interface Unit {
	suffix: string;
	ms: number;
	/** Where the next unit takes over. */
	below: number;
	decimals: 0 | 1;
}

const UNITS: readonly Unit[] = [
	{ suffix: "m", ms: MINUTE, below: HOUR, decimals: 0 },
	{ suffix: "h", ms: HOUR, below: DAY, decimals: 0 },
	{ suffix: "d", ms: DAY, below: MONTH, decimals: 0 },
	{ suffix: "mo", ms: MONTH, below: YEAR, decimals: 1 },
	{ suffix: "y", ms: YEAR, below: Infinity, decimals: 1 },
];

/**
 * A delay as Anki labels its answer buttons: `<1m`, `10m`, `1h`, `12d`, `3.2mo`, `1.5y`. Minutes,
 * hours and days are whole; months and years keep one decimal, dropped when it is 0. A value that
 * rounds up to the next unit's size is shown in that unit (`1h`, never `60m`).
 */
export function formatInterval(ms: number): string {
	if (!(ms >= MINUTE - SECOND / 2)) return "<1m";
	for (const unit of UNITS) {
		const factor = unit.decimals === 1 ? 10 : 1;
		const amount = Math.round((ms / unit.ms) * factor) / factor;
		if (amount * unit.ms < unit.below) return `${amount}${unit.suffix}`;
	}
	return `${Math.round((ms / YEAR) * 10) / 10}y`;
}
