import { createDayClock, dueBarTotal } from "../../../src/core";
import { forecastDue } from "../../../src/core/stats/due-forecast";
import { aCard, DAY, ianaZone, localTime, MINUTE, TOKYO } from "./builders";

const clock = createDayClock({ dayStartHour: 4, utcOffset: TOKYO });
const NOW = localTime("2024-05-15T12:00", TOKYO);
const TODAY = clock.dayOf(NOW);

/** A review card with `interval` days that falls due at a Tokyo wall-clock time. */
function dueAt(id: string, wall: string, interval: number) {
	const due = localTime(wall, TOKYO);
	return aCard(id).review(due - interval * DAY, interval);
}

describe("forecastDue", () => {
	it("stacks each day's bar by learning, young and mature cards", () => {
		const cards = [
			dueAt("young", "2024-05-17T09:00", 3).build(),
			dueAt("mature", "2024-05-17T10:00", 30).build(),
			dueAt("mature-2", "2024-05-17T11:00", 60).build(),
			aCard("learning").learning(NOW - 5 * MINUTE, NOW + 10 * MINUTE).build(),
		];
		const forecast = forecastDue(cards, clock, TODAY);
		expect(forecast.daily[0]).toEqual({ learning: 1, young: 0, mature: 0 });
		expect(forecast.daily[2]).toEqual({ learning: 0, young: 1, mature: 2 });
		expect(forecast.daily).toHaveLength(31);
	});

	it.each([
		{ wall: "2024-05-16T03:59", day: 0 },
		{ wall: "2024-05-16T04:00", day: 1 },
		{ wall: "2024-06-15T03:59", day: 30 },
	])("counts a card due at $wall Tokyo time on day $day of the forecast", ({ wall, day }) => {
		const forecast = forecastDue([dueAt("c", wall, 10).build()], clock, TODAY);
		expect(forecast.daily.findIndex((bar) => dueBarTotal(bar) > 0)).toBe(day);
	});

	it("folds overdue cards into today and counts them apart", () => {
		const cards = [dueAt("late", "2024-05-01T09:00", 10).build(), dueAt("today", "2024-05-15T20:00", 10).build()];
		const forecast = forecastDue(cards, clock, TODAY);
		expect(forecast.overdue).toBe(1);
		expect(forecast.daily[0]?.young).toBe(2);
	});

	it("leaves out new and suspended cards, and brings buried cards back tomorrow", () => {
		const cards = [
			aCard("new").isNew(NOW).build(),
			dueAt("suspended", "2024-05-15T20:00", 5).suspended().build(),
			dueAt("buried", "2024-05-15T20:00", 5).buried().build(),
			dueAt("buried-later", "2024-05-20T20:00", 5).buried().build(),
		];
		const forecast = forecastDue(cards, clock, TODAY);
		expect(forecast.daily.map(dueBarTotal).slice(0, 6)).toEqual([0, 1, 0, 0, 0, 1]);
	});

	it("sums the coming year by week and keeps later cards apart", () => {
		const cards = [
			dueAt("day-6", "2024-05-21T12:00", 100).build(),
			dueAt("day-7", "2024-05-22T12:00", 100).build(),
			dueAt("day-363", "2025-05-13T12:00", 400).build(),
			dueAt("day-364", "2025-05-14T12:00", 400).build(),
		];
		const forecast = forecastDue(cards, clock, TODAY);
		expect(forecast.weekly).toHaveLength(52);
		expect(forecast.weekly.map((bar) => bar.mature).filter((n) => n > 0)).toEqual([1, 1, 1]);
		expect([forecast.weekly[0]?.mature, forecast.weekly[1]?.mature, forecast.weekly[51]?.mature]).toEqual([1, 1, 1]);
		expect(forecast.later.mature).toBe(1);
	});

	it("gives the daily load as Σ 1/interval, a learning card counting one a day", () => {
		const cards = [
			dueAt("a", "2024-05-20T12:00", 10).build(),
			dueAt("b", "2024-05-20T12:00", 4).build(),
			aCard("learning").learning(NOW, NOW + 10 * MINUTE).build(),
		];
		expect(forecastDue(cards, clock, TODAY).dailyLoad).toBeCloseTo(0.1 + 0.25 + 1, 10);
	});

	it("counts days by the local calendar across a DST change in New York", () => {
		const zone = ianaZone("America/New_York");
		const nyClock = createDayClock({ dayStartHour: 4, utcOffset: zone });
		const now = localTime("2024-03-09T12:00", zone);
		const due = localTime("2024-03-11T04:30", zone);
		const card = aCard().review(due - 10 * DAY, 10).build();
		const forecast = forecastDue([card], nyClock, nyClock.dayOf(now));
		expect(forecast.daily.findIndex((bar) => bar.young > 0)).toBe(2);
	});
});
