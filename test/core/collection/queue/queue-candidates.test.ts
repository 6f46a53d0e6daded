import fc from "fast-check";
import type { CardInfo } from "../../../../src/core";
import { sortedByDue } from "../../../../src/core/collection/queue/queue-candidates";

/** Just what sorting reads: an id to tell cards apart and a due time. */
const withDue = (id: number, due: number): CardInfo => ({ id: `c${id}`, due }) as CardInfo;

describe("sortedByDue", () => {
	// Few distinct times, so that most cards tie; far-apart times and -0, which a packed key would get wrong.
	const dues = fc.array(
		fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(-0, 0.5, 1.7e12, 2.6e12, Number.MAX_SAFE_INTEGER, -1e15), fc.double({ noNaN: true, noDefaultInfinity: true })),
		{ maxLength: 300 },
	);

	it("gives what a stable sort by due gives, ties in their given order", () => {
		fc.assert(
			fc.property(dues, (times) => {
				const cards = times.map((due, i) => withDue(i, due));
				const expected = [...cards].sort((a, b) => a.due - b.due);
				expect(sortedByDue(cards).map((c) => c.id)).toEqual(expected.map((c) => c.id));
			}),
			{ numRuns: 300 },
		);
	});

	it("leaves the list it was given as it was", () => {
		const cards = [withDue(0, 3), withDue(1, 1), withDue(2, 2)];
		sortedByDue(cards);
		expect(cards.map((c) => c.id)).toEqual(["c0", "c1", "c2"]);
	});
});
