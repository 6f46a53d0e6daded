/** How statistics print numbers: short, exact where it matters, in the app's language. */
import { formatLocalDate } from "../../core";
import { formatNumber, formatPercent, language, t } from "../i18n";
import type { ChartUnit } from "./bar-chart";

/** A share (0–1) as `92.5%` (`92,5 %` in German); a dash when there is none. */
export function percent(share: number | null): string {
	return share === null ? "—" : formatPercent(share, 1);
}

/** A count, rounded to a whole number. */
export function count(value: number): string {
	return formatNumber(value);
}

/** A number with one decimal, dropped when it is 0 (`12`, `3.5`; `3,5` in German). */
export function oneDecimal(value: number): string {
	return formatNumber(value, { decimals: 1 });
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

/** `1 card`, `2 cards`, in the app's language. */
export const cards = (n: number): string => t("stats.cards", { count: Math.round(n) });
/** `1 answer`, `2 answers`. */
export const answers = (n: number): string => t("stats.answers", { count: Math.round(n) });
/** `1 day`, `2 days`. */
export const days = (n: number): string => t("stats.days", { count: Math.round(n) });

/** Cards, as a chart counts them. */
export const cardUnit = (): ChartUnit => ({ amount: cards, column: t("stats.cardsColumn") });
/** Answers, as a chart counts them. */
export const answerUnit = (): ChartUnit => ({ amount: answers, column: t("stats.answersColumn") });

/** A local day (days since the epoch, as the core counts them) as a short date in the app's language: `Mar 14`. */
export function shortDate(localDay: number): string {
	const [year = 1970, month = 1, day = 1] = formatLocalDate(localDay).split("-").map(Number);
	return new Intl.DateTimeFormat(language(), { month: "short", day: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(year, month - 1, day)));
}
