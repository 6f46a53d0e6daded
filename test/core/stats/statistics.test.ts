import fc from "fast-check";
import { computeStatistics, createDayClock, formatLocalDate } from "../../../src/core";
import type { ReviewRecord } from "../../../src/core";
import { aCard, aReview, DAY, HOUR, ianaZone, localTime, MINUTE, reviewHistory, TOKYO, TOKYO_4AM } from "./builders";

const NOW = localTime("2024-05-15T12:00", TOKYO);

describe("computeStatistics", () => {
	const cards = [
		aCard("ab").deck("A::B").review(NOW - 3 * DAY, 5).build(),
		aCard("abc").deck("A::B::C").review(NOW - 30 * DAY, 40).build(),
		aCard("abc-new").deck("A::B::C").isNew().build(),
		aCard("abx").deck("A::BC").review(NOW - 2 * DAY, 4).build(),
		aCard("other").deck("Other").learning(NOW - MINUTE, NOW + 9 * MINUTE).build(),
	];
	const records = [
		...reviewHistory("ab", NOW - 4 * DAY, [1, 5]),
		...reviewHistory("abc", NOW - 35 * DAY, [5, 40]),
		...reviewHistory("abx", NOW - 3 * DAY, [1, 4]),
		aReview("other", NOW - MINUTE).from("new").gives(0).build(),
		aReview("deleted", NOW - 2 * HOUR).rating(1).build(),
	].sort((a, b) => a.time - b.time);

	it("limits every figure to a deck subtree: A::B holds A::B::C but not A::BC", () => {
		const stats = computeStatistics(cards, records, NOW, TOKYO_4AM, "A::B");
		expect(stats.deck).toBe("A::B");
		expect(stats.counts).toMatchObject({ total: 3, new: 1, young: 1, mature: 1 });
		expect(stats.heatmap.counts.reduce((a, b) => a + b, 0)).toBe(4);
		expect(stats.forecast.daily[2]?.young).toBe(1);
		expect(stats.memory.stability.total).toBe(2);
	});

	it("counts for the whole collection the answers of cards whose note is gone", () => {
		const stats = computeStatistics(cards, records, NOW, TOKYO_4AM);
		expect(stats.deck).toBeUndefined();
		expect(stats.counts.total).toBe(5);
		expect(stats.heatmap.counts.reduce((a, b) => a + b, 0)).toBe(8);
		expect(stats.todaySummary).toMatchObject({ total: 2, again: 1, learning: 1 });
	});

	it("gives the same figures for a log in any order", () => {
		const expected = computeStatistics(cards, records, NOW, TOKYO_4AM);
		fc.assert(
			fc.property(fc.shuffledSubarray(records, { minLength: records.length }), (shuffled) => {
				expect(computeStatistics(cards, shuffled, NOW, TOKYO_4AM)).toEqual(expected);
			}),
			{ numRuns: 30 },
		);
	});

	it("ignores answers dated after today, as a device with a fast clock may write", () => {
		const future = aReview("ab", NOW + 2 * DAY).rating(1).build();
		const stats = computeStatistics(cards, [...records, future], NOW, TOKYO_4AM);
		expect(stats).toEqual(computeStatistics(cards, records, NOW, TOKYO_4AM));
	});

	it("agrees with itself on today: heatmap, reviews chart and today's summary", () => {
		const stats = computeStatistics(cards, records, NOW, TOKYO_4AM);
		expect(stats.heatmap.today).toBe(stats.todaySummary.total);
		expect(stats.reviews.daily[29]?.total).toBe(stats.todaySummary.total);
		expect(stats.today).toBe(createDayClock(TOKYO_4AM).dayOf(NOW));
	});

	it("dates answers by local days across a DST change (New York, spring 2024)", () => {
		const zone = ianaZone("America/New_York");
		const options = { dayStartHour: 4, utcOffset: zone };
		const now = localTime("2024-03-10T12:00", zone);
		const log: ReviewRecord[] = [
			// 03:30 EDT is still the night of the 9th; 04:30 EDT is the 10th.
			aReview("a", Date.parse("2024-03-10T07:30:00Z")).build(),
			aReview("b", Date.parse("2024-03-10T08:30:00Z")).build(),
			aReview("c", localTime("2024-03-09T04:00", zone)).build(),
		];
		const stats = computeStatistics([], log, now, options);
		expect(formatLocalDate(stats.today)).toBe("2024-03-10");
		expect(stats.heatmap.counts.slice(-2)).toEqual([2, 1]);
		expect(stats.heatmap.streak).toBe(2);
	});
});
