import { countCards } from "../../../src/core/stats/card-counts";
import { aCard, HOUR } from "./builders";

const T0 = Date.UTC(2024, 4, 1, 10);

describe("countCards", () => {
	it("puts every card in exactly one state group, suspension first, then burial", () => {
		const cards = [
			aCard("new").isNew().build(),
			aCard("new-suspended").isNew().suspended().build(),
			aCard("learning").learning(T0, T0 + HOUR).build(),
			aCard("relearning").learning(T0, T0 + HOUR, "relearning").build(),
			aCard("young").review(T0, 5).build(),
			aCard("young-buried").review(T0, 5).buried().build(),
			aCard("mature").review(T0, 40).build(),
			aCard("mature-2").review(T0, 21).build(),
			aCard("leech").review(T0, 2).leech().suspended().build(),
		];
		const counts = countCards(cards);
		expect(counts).toEqual({
			total: 9,
			new: 1,
			learning: 1,
			relearning: 1,
			review: 3,
			young: 1,
			mature: 2,
			suspended: 2,
			buried: 1,
			leeches: 1,
		});
		expect(counts.new + counts.learning + counts.relearning + counts.review + counts.suspended + counts.buried).toBe(
			counts.total,
		);
	});

	it("counts a leech that is still active both as a leech and in its state", () => {
		const counts = countCards([aCard().review(T0, 3).leech().build()]);
		expect([counts.leeches, counts.young, counts.suspended]).toEqual([1, 1, 0]);
	});
});
