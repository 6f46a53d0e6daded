import { formatInterval } from "../core";
import { language, t } from "./i18n";

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
	// In the app's language (not the system's), as the rest of the interface.
	const time = when.toLocaleTimeString(language(), { hour: "2-digit", minute: "2-digit" });
	return sameDay ? time : `${when.toLocaleDateString(language(), { month: "short", day: "numeric" })}, ${time}`;
}

/** "1 card", "3 cards". */
export function plural(count: number, one: string, many = `${one}s`): string {
	return `${count} ${count === 1 ? one : many}`;
}

/** A deck path for people: `A::B::C` → `A › B › C`. */
export function deckLabel(deck: string): string {
	return deck.split("::").join(" › ");
}
