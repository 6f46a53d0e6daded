import { AnswerButtonSink } from "../../../src/core/stats/answer-buttons";
import { aReview, DAY, localTime, scanInto, TOKYO } from "./builders";

const NOW = localTime("2024-05-15T12:00", TOKYO);

describe("answer buttons", () => {
	const usage = scanInto(
		[
			aReview("new", NOW - 400 * DAY).from("new").rating(1).build(),
			aReview("learning", NOW - 100 * DAY).from("learning").rating(3).build(),
			aReview("relearning", NOW - 2 * DAY).from("relearning").rating(4).build(),
			aReview("young", NOW - DAY).elapsed(5).rating(2).build(),
			aReview("young-2", NOW).elapsed(5).rating(1).build(),
			aReview("mature", NOW).elapsed(40).rating(3).build(),
		],
		NOW,
		() => new AnswerButtonSink(),
	).usage();

	it("counts each button for learning (relearning included), young and mature cards", () => {
		expect(usage.all.learning.counts).toEqual([1, 0, 1, 1]);
		expect(usage.all.young.counts).toEqual([1, 1, 0, 0]);
		expect(usage.all.mature.counts).toEqual([0, 0, 1, 0]);
	});

	it("keeps only the answers of the past month or year in those periods", () => {
		expect(usage.month.learning.total).toBe(1);
		expect(usage.year.learning.total).toBe(2);
		expect(usage.all.learning.total).toBe(3);
	});

	it("gives the share of answers that were not Again", () => {
		expect(usage.all.learning.correct).toBeCloseTo(2 / 3, 10);
		expect(usage.all.young.correct).toBe(0.5);
		expect(usage.month.mature.correct).toBe(1);
	});

	it("has no correct share for a group never answered", () => {
		expect(scanInto([], NOW, () => new AnswerButtonSink()).usage().month.young).toEqual({
			counts: [0, 0, 0, 0],
			total: 0,
			correct: null,
		});
	});
});
