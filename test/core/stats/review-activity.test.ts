import { ReviewActivitySink } from "../../../src/core/stats/review-activity";
import { reviewHeatmap } from "../../../src/core/stats/review-heatmap";
import { reviewsPerDay, todaySummary } from "../../../src/core/stats/reviews-per-day";
import { createDayClock, formatLocalDate } from "../../../src/core";
import type { ReviewRecord } from "../../../src/core";
import { aReview, DAY, HOUR, localTime, scanInto, TOKYO, TOKYO_4AM } from "./builders";

const NOW = localTime("2024-05-15T12:00", TOKYO);
const TODAY = createDayClock(TOKYO_4AM).dayOf(NOW);

function activity(records: ReviewRecord[], now = NOW) {
	const clock = createDayClock(TOKYO_4AM);
	return scanInto(records, now, () => new ReviewActivitySink(clock.dayOf(now))).result();
}

/** One Good answer a day on each of the given days ago. */
function onDaysAgo(agos: number[]): ReviewRecord[] {
	return agos.sort((a, b) => b - a).map((ago, i) => aReview(`c${i}`, NOW - ago * DAY).build());
}

describe("review heatmap", () => {
	it("counts answers per local day, days starting at 4:00 Tokyo time", () => {
		const heatmap = reviewHeatmap(
			activity([
				aReview("a", localTime("2024-05-14T03:59", TOKYO)).build(),
				aReview("b", localTime("2024-05-14T04:00", TOKYO)).build(),
				aReview("c", localTime("2024-05-15T03:59", TOKYO)).build(),
				aReview("d", localTime("2024-05-15T04:00", TOKYO)).build(),
				aReview("e", localTime("2024-05-15T11:00", TOKYO)).build(),
			]),
		);
		expect(heatmap.counts).toHaveLength(365);
		expect(heatmap.counts.slice(-3)).toEqual([1, 2, 2]);
		expect(heatmap.today).toBe(2);
		expect(heatmap.max).toBe(2);
		expect(formatLocalDate(heatmap.firstDay)).toBe("2023-05-17");
		expect(heatmap.firstDay + 364).toBe(TODAY);
	});

	it.each([
		{ agos: [0, 1, 2, 4], streak: 3, longest: 3, story: "counts the days in a row up to today" },
		{ agos: [1, 2, 5], streak: 2, longest: 2, story: "keeps yesterday's streak while today has no answer yet" },
		{ agos: [2, 3, 4, 5], streak: 0, longest: 4, story: "breaks the streak after a day without answers" },
		{ agos: [0, 500, 501, 502, 503], streak: 1, longest: 4, story: "finds the longest run beyond the past year" },
	])("$story", ({ agos, streak, longest }) => {
		const heatmap = reviewHeatmap(activity(onDaysAgo(agos)));
		expect([heatmap.streak, heatmap.longestStreak]).toEqual([streak, longest]);
	});

	it("counts the days studied in the year and in the last 30 days", () => {
		const heatmap = reviewHeatmap(activity(onDaysAgo([0, 0, 3, 29, 30, 364, 365])));
		expect([heatmap.daysStudiedLast30, heatmap.daysStudied]).toEqual([3, 5]);
	});
});

describe("reviews per day", () => {
	const records = [
		aReview("n", NOW - 8 * DAY).from("new").took(4000).build(),
		aReview("l", NOW - HOUR).from("learning").took(3000).build(),
		aReview("r", NOW - HOUR).from("relearning").took(2000).build(),
		aReview("y", NOW).elapsed(3).rating(1).build(),
		aReview("m", NOW).elapsed(30).took(1000).build(),
		aReview("old", NOW - 40 * DAY).build(),
	];
	const result = activity(records);

	it("stacks each of the past 30 days by learning, relearning, young and mature", () => {
		const charts = reviewsPerDay(result);
		expect(charts.daily).toHaveLength(30);
		expect(charts.daily[29]).toEqual({
			day: TODAY,
			learning: 1,
			relearning: 1,
			young: 1,
			mature: 1,
			total: 4,
			durationMs: 6000,
		});
		expect(charts.daily[21]?.learning).toBe(1);
		expect([charts.monthTotal, charts.monthDaysStudied]).toEqual([5, 2]);
		expect(charts.monthAverage).toBeCloseTo(5 / 30, 10);
	});

	it("sums the past year by week, the last week ending today", () => {
		const charts = reviewsPerDay(result);
		expect(charts.weekly).toHaveLength(52);
		expect(charts.weekly[51]).toMatchObject({ day: TODAY - 6, total: 4 });
		expect(charts.weekly[50]?.total).toBe(1);
		expect(charts.weekly[46]?.total).toBe(1);
	});

	it("sums today with its Again presses and correct share", () => {
		expect(todaySummary(result)).toMatchObject({ total: 4, again: 1, correct: 0.75, durationMs: 6000 });
		expect(todaySummary(activity([])).correct).toBeNull();
	});
});
