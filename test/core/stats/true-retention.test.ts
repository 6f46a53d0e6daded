import { RETENTION_PERIODS } from "../../../src/core";
import { TrueRetentionSink, type RetentionRow } from "../../../src/core/stats/true-retention";
import { aReview, DAY, localTime, reviewHistory, scanInto, TOKYO } from "./builders";

const NOW = localTime("2024-05-15T12:00", TOKYO);
const TODAY_NOON = NOW;

function table(records: Parameters<typeof scanInto>[0]): Record<string, RetentionRow> {
	const rows = scanInto(records, NOW, () => new TrueRetentionSink()).rows();
	return Object.fromEntries(rows.map((row) => [row.period, row]));
}

describe("true retention", () => {
	it("counts Again as a fail and Hard, Good or Easy as a pass, with the answers behind each figure", () => {
		const rows = table([
			aReview("a", TODAY_NOON).rating(1).build(),
			aReview("b", TODAY_NOON).rating(2).build(),
			aReview("c", TODAY_NOON).rating(3).build(),
			aReview("d", TODAY_NOON).rating(4).build(),
		]);
		expect(rows.today?.young).toEqual({ passed: 3, failed: 1, reviews: 4, retention: 0.75 });
		expect(rows.today?.mature).toEqual({ passed: 0, failed: 0, reviews: 0, retention: null });
	});

	it("leaves out answers on new, learning and relearning cards", () => {
		const rows = table([
			aReview("a", TODAY_NOON).from("new").rating(1).build(),
			aReview("b", TODAY_NOON).from("learning").build(),
			aReview("c", TODAY_NOON).from("relearning").build(),
		]);
		expect(rows.all?.total.reviews).toBe(0);
	});

	it("counts only a card's first answer of the day", () => {
		const rows = table([aReview("a", TODAY_NOON - 3_600_000).rating(1).build(), aReview("a", TODAY_NOON).rating(3).build()]);
		expect(rows.today?.total).toMatchObject({ passed: 0, failed: 1 });
	});

	it("splits young and mature by the interval the card had before the answer", () => {
		// Intervals given: 3, 10, 25 then 60 days; the answers after 3 and 10 days are young, after 25 mature.
		const history = reviewHistory("a", NOW - 38 * DAY, [3, 10, 25, 60]);
		const rows = table(history);
		expect(rows.all?.young.passed).toBe(2);
		expect(rows.all?.mature.passed).toBe(1);
	});

	it.each([
		{ wall: "2024-05-15T03:59", period: "yesterday" },
		{ wall: "2024-05-15T04:00", period: "today" },
		{ wall: "2024-05-14T04:00", period: "yesterday" },
		{ wall: "2024-05-14T03:59", period: "week" },
	])("counts an answer at $wall Tokyo time (days start at 4:00) in $period", ({ wall, period }) => {
		const rows = table([aReview("a", localTime(wall, TOKYO)).build()]);
		const periodsWithIt = Object.values(rows)
			.filter((row) => row.total.reviews > 0)
			.map((row) => row.period);
		expect(periodsWithIt[0]).toBe(period);
	});

	it("covers today, yesterday, the last 7, 30 and 365 days, and all time", () => {
		const agos = [0, 1, 6, 7, 29, 30, 364, 365];
		const rows = table(agos.map((ago, i) => aReview(`c${i}`, NOW - ago * DAY).build()));
		expect(RETENTION_PERIODS.map(({ period }) => rows[period]?.total.reviews)).toEqual([1, 1, 3, 5, 7, 8]);
	});
});
