/**
 * Future due: how many cards come due on each coming day, stacked learning / young / mature, as
 * Anki's "Future due" graph with its backlog folded into today. Suspended and new cards never come due.
 */
import type { CardInfo } from "../types";
import { cardIntervalDays, maturityOfInterval, type Maturity } from "./card-maturity";
import type { DayClock } from "./day-clock";

/** Days in the short forecast: today and the 30 days after it. */
export const FORECAST_DAYS = 31;
/** Weeks in the long forecast (a year). */
export const FORECAST_WEEKS = 52;

/** Cards due in one bar, by maturity. */
export interface DueBar {
	/** In (re)learning steps. */
	learning: number;
	/** Review cards with an interval under 21 days. */
	young: number;
	/** Review cards with an interval of 21 days or more. */
	mature: number;
}

/** The due forecast of a deck subtree. */
export interface DueForecast {
	/** Cards due on each local day; index 0 is today (overdue cards included), index 30 is in 30 days. */
	daily: DueBar[];
	/** Cards due in each week; index 0 is today and the 6 days after it (overdue included). */
	weekly: DueBar[];
	/** Cards due after the weekly range. */
	later: DueBar;
	/** Cards due before today (also in today's bar). */
	overdue: number;
	/** Reviews a day at steady state, as Anki's daily load: Σ 1 / interval in days (under a day counts 1). */
	dailyLoad: number;
}

/** An empty bar. */
export function emptyDueBar(): DueBar {
	return { learning: 0, young: 0, mature: 0 };
}

/** Cards in a bar, all maturities together. */
export function dueBarTotal(bar: DueBar): number {
	return bar.learning + bar.young + bar.mature;
}

/** The forecast of the given cards (already filtered to a deck) from local day `today`. */
export function forecastDue(cards: readonly CardInfo[], clock: DayClock, today: number): DueForecast {
	const sink = new DueForecastSink(clock, today);
	for (const card of cards) sink.add(card);
	return sink.result();
}

/** `forecastDue` one card at a time (for work done in slices). */
export class DueForecastSink {
	private readonly daily = Array.from({ length: FORECAST_DAYS }, emptyDueBar);
	private readonly weekly = Array.from({ length: FORECAST_WEEKS }, emptyDueBar);
	private readonly later = emptyDueBar();
	private overdue = 0;
	private dailyLoad = 0;

	constructor(
		private readonly clock: DayClock,
		private readonly today: number,
	) {}

	add(card: CardInfo): void {
		if (card.suspended || card.state === "new") return;
		const interval = cardIntervalDays(card);
		const maturity: Maturity = card.state === "review" ? maturityOfInterval(interval) : "learning";
		let offset = this.clock.dayOf(card.due) - this.today;
		if (offset < 0) this.overdue++;
		// A buried card stays hidden for the rest of today: it comes back tomorrow at the earliest.
		offset = Math.max(offset, card.buried ? 1 : 0);
		this.dailyLoad += 1 / Math.max(1, interval);
		const week = Math.floor(offset / 7);
		const dayBar = this.daily[offset];
		if (dayBar) dayBar[maturity]++;
		(this.weekly[week] ?? this.later)[maturity]++;
	}

	result(): DueForecast {
		const copy = (bar: DueBar): DueBar => ({ ...bar });
		return { daily: this.daily.map(copy), weekly: this.weekly.map(copy), later: copy(this.later), overdue: this.overdue, dailyLoad: this.dailyLoad };
	}
}
