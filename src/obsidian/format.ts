/**
 * How the interface writes delays and times: in the app's language (its decimal sign, its unit words),
 * never the system's. Numbers themselves: `formatNumber` and `formatPercent` in ./i18n.
 */
import { intervalSpan, type IntervalUnit } from "../core";
import { language, t, type MessageKey } from "./i18n";

const UNIT_KEYS: Record<IntervalUnit, MessageKey> = { m: "interval.m", h: "interval.h", d: "interval.d", mo: "interval.mo", y: "interval.y" };

/** A delay as the answer buttons show it: `<1m`, `10m`, `3d`, `1.5mo` (`1,5 Mon.` in German). */
export function formatInterval(ms: number): string {
	const span = intervalSpan(ms);
	const text = t(UNIT_KEYS[span.unit], { amount: span.amount });
	return span.under ? t("interval.under", { interval: text }) : text;
}

/** When something happens, relative to now: "now", "in 10m", "in 3d", "3d ago". */
export function formatDue(due: number, now: number): string {
	const delta = due - now;
	if (Math.abs(delta) < 60_000) return t("when.now");
	return delta > 0 ? t("when.in", { interval: formatInterval(delta) }) : t("when.ago", { interval: formatInterval(-delta) });
}

/** A local clock time, with the date when it is not today ("14:05", "Mar 3, 09:00"). */
export function formatClock(epochMs: number, now: number): string {
	const when = new Date(epochMs);
	const sameDay = when.toDateString() === new Date(now).toDateString();
	const time = when.toLocaleTimeString(language(), { hour: "2-digit", minute: "2-digit" });
	return sameDay ? time : `${when.toLocaleDateString(language(), { month: "short", day: "numeric" })}, ${time}`;
}

/** A deck path for people: `A::B::C` → `A › B › C`. */
export function deckLabel(deck: string): string {
	return deck.split("::").join(" › ");
}
