import fc from "fast-check";
import { reviewTrail, sameTrailAnswer, trailLength, type CardState, type Rating } from "../../../src/core";
import { trailDevice, trailDuration, trailRating, trailScheduledDays, trailStateBefore, trailTime } from "../../../src/core/stats/review-trail";
import { aReview, DAY } from "./builders";

const NOW = Date.UTC(2024, 4, 15, 3);

const answer = fc.record({
	ago: fc.integer({ min: 0, max: 3000 * DAY }),
	rating: fc.constantFrom<Rating>(1, 2, 3, 4),
	before: fc.constantFrom<CardState>("new", "learning", "review", "relearning"),
	days: fc.integer({ min: 0, max: 36_500 }),
	duration: fc.option(fc.integer({ min: 1, max: 3_600_000 }), { nil: undefined }),
	device: fc.constantFrom("laptop", "phone", "tablet"),
});

describe("a card's packed answers", () => {
	it("give back every figure the statistics read, answer by answer", () => {
		fc.assert(
			fc.property(fc.array(answer, { maxLength: 20 }), fc.nat(400), (drawn, elapsed) => {
				const records = drawn.map(({ ago, rating, before, days, duration, device }, i) => {
					const built = { ...aReview("c1", NOW - ago).from(before).rating(rating).gives(days).elapsed(i === 0 ? elapsed : days).build(), device };
					return duration === undefined ? built : { ...built, duration };
				});
				const trail = reviewTrail("c1", records);
				expect(trail.card).toBe("c1");
				expect(trailLength(trail)).toBe(records.length);
				expect(trail.firstElapsedDays).toBe(records.length === 0 ? 0 : elapsed);
				records.forEach((record, i) => {
					expect([trailTime(trail, i), trailRating(trail, i), trailStateBefore(trail, i), trailScheduledDays(trail, i), trailDuration(trail, i), trailDevice(trail, i)]).toEqual([
						record.time,
						record.rating,
						record.stateBefore,
						record.scheduledDays,
						record.duration ?? 0,
						record.device,
					]);
				});
			}),
		);
	});

	it("tell the same answer from another one given at the same time elsewhere", () => {
		const mine = reviewTrail("c1", [{ ...aReview("c1", NOW).build(), device: "laptop" }]);
		const theirs = reviewTrail("c1", [{ ...aReview("c1", NOW).build(), device: "phone" }]);
		expect(sameTrailAnswer(mine, 0, reviewTrail("c1", [{ ...aReview("c1", NOW).build(), device: "laptop" }]), 0)).toBe(true);
		expect(sameTrailAnswer(mine, 0, theirs, 0)).toBe(false);
	});
});
