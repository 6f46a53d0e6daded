/** How statistics print numbers: short, exact where it matters, never locale-dependent in tests. */

/** A share (0–1) as `92.5%`; a dash when there is none. */
export function percent(share: number | null): string {
	return share === null ? "—" : `${(share * 100).toFixed(1)}%`;
}

/** A count, rounded to a whole number. */
export function count(value: number): string {
	return String(Math.round(value));
}

/** A number with one decimal, dropped when it is 0 (`12`, `3.5`). */
export function oneDecimal(value: number): string {
	return String(Math.round(value * 10) / 10);
}

/** Time spent, as `45 s`, `12 min` or `1 h 05 min`. */
export function timeSpent(ms: number): string {
	const seconds = Math.round(ms / 1000);
	if (seconds < 60) return `${seconds} s`;
	const minutes = Math.round(seconds / 60);
	if (minutes < 60) return `${minutes} min`;
	const rest = minutes % 60;
	return `${Math.floor(minutes / 60)} h ${rest < 10 ? "0" : ""}${rest} min`;
}

/** `1 card`, `2 cards`. */
export function plural(value: number, one: string, many: string): string {
	return `${count(value)} ${Math.round(value) === 1 ? one : many}`;
}
