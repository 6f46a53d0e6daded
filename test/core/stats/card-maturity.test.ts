import { cardIntervalDays, cardMaturity, reviewKind } from "../../../src/core/stats/card-maturity";
import { aCard, DAY, HOUR } from "./builders";

const T0 = Date.UTC(2024, 4, 1, 10);

describe("card maturity", () => {
	it("reads a review card's interval from its last answer and due date, across a DST hour", () => {
		const card = aCard().review(T0, 30).build();
		expect(cardIntervalDays(card)).toBe(30);
		expect(cardIntervalDays({ ...card, due: card.due - HOUR })).toBe(30);
		expect(cardIntervalDays(aCard().build())).toBe(0);
	});

	it.each([
		{ interval: 1, maturity: "young" },
		{ interval: 20, maturity: "young" },
		{ interval: 21, maturity: "mature" },
		{ interval: 400, maturity: "mature" },
	])("calls a review card with a $interval-day interval $maturity", ({ interval, maturity }) => {
		expect(cardMaturity(aCard().review(T0, interval).build())).toBe(maturity);
	});

	it("calls a card in relearning steps learning, whatever its stability", () => {
		const card = aCard().learning(T0, T0 + 10 * 60_000, "relearning").memory(90, 5).build();
		expect(cardMaturity(card)).toBe("learning");
		expect(cardIntervalDays({ ...card, due: T0 + DAY })).toBe(1);
	});

	it.each([
		{ before: "new", interval: 0, kind: "learning" },
		{ before: "learning", interval: 0, kind: "learning" },
		{ before: "relearning", interval: 0, kind: "relearning" },
		{ before: "review", interval: 20, kind: "young" },
		{ before: "review", interval: 21, kind: "mature" },
	] as const)("classes an answer given in $before after a $interval-day interval as $kind", ({ before, interval, kind }) => {
		expect(reviewKind(before, interval)).toBe(kind);
	});
});
