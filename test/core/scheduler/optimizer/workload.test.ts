import { DEFAULT_PARAMETERS, simulateWorkload } from "../../../../src/core";

describe("simulateWorkload", () => {
	const retentions = [0.7, 0.8, 0.9, 0.95];
	const results = simulateWorkload([], { retentions, days: 200, newPerDay: 5 });

	it("costs more reviews and remembers more cards as the desired retention rises", () => {
		expect(results.map((r) => r.retention)).toEqual(retentions);
		results.forEach((r, i) => {
			if (i === 0) return;
			expect(r.reviewsPerDay).toBeGreaterThan(results[i - 1]?.reviewsPerDay ?? Infinity);
			expect(r.remembered).toBeGreaterThan(results[i - 1]?.remembered ?? Infinity);
		});
	});

	it("counts at least each new card's first answer, and never more cards than were added", () => {
		for (const r of results) {
			expect(r.reviewsPerDay).toBeGreaterThanOrEqual(5);
			expect(r.remembered).toBeLessThanOrEqual(200 * 5);
		}
	});

	it("is the same for the same parameters, and uses the parameters given", () => {
		expect(simulateWorkload([...DEFAULT_PARAMETERS], { retentions, days: 200, newPerDay: 5 })).toEqual(results);
		const forgetful = [...DEFAULT_PARAMETERS];
		forgetful[2] = 0.5; // a Good first answer holds half a day instead of two
		const [withForgetful] = simulateWorkload(forgetful, { retentions: [0.9], days: 200, newPerDay: 5 });
		expect(withForgetful?.reviewsPerDay).toBeGreaterThan(results[2]?.reviewsPerDay ?? Infinity);
	});

	it("keeps intervals within the maximum interval", () => {
		const [capped] = simulateWorkload([], { retentions: [0.9], days: 200, newPerDay: 5, maximumInterval: 3 });
		expect(capped?.reviewsPerDay).toBeGreaterThan(results[2]?.reviewsPerDay ?? Infinity);
	});
});
