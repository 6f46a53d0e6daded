import { FSRS6_DEFAULT_DECAY as FSRS6_DECAY, forgetting_curve } from "ts-fsrs";
import { cardRetrievability, retrievability } from "../../../src/core";
import { forgettingCurve, FSRS6_DEFAULT_DECAY } from "../../../src/core/stats/forgetting-curve";
import { memoryDistributions } from "../../../src/core/stats/memory-distributions";
import { aCard, DAY } from "./builders";

const NOW = Date.UTC(2024, 4, 15, 3);

describe("forgettingCurve", () => {
	it.each([1, 7, 100])("gives 90 %% recall once the stability (%d days) has elapsed", (stability) => {
		expect(forgettingCurve(stability, stability)).toBeCloseTo(0.9, 10);
	});

	it("is certain recall right after an answer and falls as time passes", () => {
		expect(forgettingCurve(0, 5)).toBe(1);
		expect(forgettingCurve(10, 5)).toBeLessThan(forgettingCurve(5, 5));
	});

	it.each([
		[30, 12],
		[1, 0.4],
		[400, 80],
	])("agrees with ts-fsrs after %d days at stability %d", (elapsed, stability) => {
		expect(FSRS6_DEFAULT_DECAY).toBe(FSRS6_DECAY);
		expect(forgettingCurve(elapsed, stability)).toBeCloseTo(forgetting_curve(FSRS6_DECAY, elapsed, stability), 7);
	});
});

describe("cardRetrievability", () => {
	it("reads the time since the last answer in fractions of a day", () => {
		const card = aCard().review(NOW - 10 * DAY, 10).memory(10, 5).build();
		expect(cardRetrievability(card, NOW)).toBeCloseTo(0.9, 10);
		expect(cardRetrievability(card, NOW - DAY / 2)).toBeCloseTo(forgettingCurve(9.5, 10), 12);
	});

	it.each([0.5, 3, 40])("agrees with the scheduler's retrievability %d days after the last answer", (days) => {
		const card = aCard().review(NOW - days * DAY, 10).memory(7.5, 5).build();
		const state = { state: "review" as const, due: card.due, stability: 7.5, difficulty: 5, scheduledDays: 10, step: 0, reps: 3, lapses: 0, lastReview: card.lastReview };
		expect(cardRetrievability(card, NOW)).toBeCloseTo(retrievability(state, NOW), 7);
	});

	it("has no retrievability for a new card", () => {
		expect(cardRetrievability(aCard().isNew().build(), NOW)).toBeNull();
	});
});

describe("memoryDistributions", () => {
	const cards = [
		aCard("a").review(NOW - 2 * DAY, 2).memory(2, 1).build(),
		aCard("b").review(NOW - 10 * DAY, 10).memory(10, 5.5).build(),
		aCard("c").review(NOW - 100 * DAY, 100).memory(1000, 10).suspended().build(),
		aCard("new").isNew().build(),
	];
	const memory = memoryDistributions(cards, NOW);

	it("counts every answered card, suspended ones too, and no new card", () => {
		expect([memory.stability.total, memory.difficulty.total, memory.retrievability.total]).toEqual([3, 3, 3]);
	});

	it("puts stability in widening buckets with an open top", () => {
		const counted = memory.stability.buckets.filter((b) => b.count > 0).map((b) => [b.from, b.to]);
		expect(counted).toEqual([
			[2, 3],
			[7, 14],
			[730, null],
		]);
		expect(memory.stability.mean).toBeCloseTo((2 + 10 + 1000) / 3, 10);
	});

	it("puts difficulty in unit buckets from 1 to 10, 10 in the last", () => {
		expect(memory.difficulty.buckets).toHaveLength(9);
		expect(memory.difficulty.buckets.map((b) => b.count)).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 1]);
	});

	it("puts current retrievability in 5 % buckets and sums it as the cards known now", () => {
		const recall = cards.slice(0, 3).map((card) => cardRetrievability(card, NOW) ?? 0);
		expect(memory.retrievability.buckets).toHaveLength(20);
		for (const r of recall) {
			const bucket = memory.retrievability.buckets[Math.min(19, Math.floor(r * 20))];
			expect(bucket?.count).toBeGreaterThan(0);
		}
		expect(memory.knownCards).toBeCloseTo(recall[0]! + recall[1]! + recall[2]!, 10);
	});

	it("has no mean when there is nothing to count", () => {
		expect(memoryDistributions([], NOW).retrievability.mean).toBeNull();
	});
});
