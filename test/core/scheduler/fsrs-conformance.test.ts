import {
	DEFAULT_SCHEDULER_OPTIONS,
	newSchedulingState,
	scheduleAnswer,
	type ScheduleContext,
} from "../../../src/core";
import type { Rating, SchedulingState } from "../../../src/core/types";

// The FSRS-6 reference vectors shared by fsrs-rs, py-fsrs and ts-fsrs: default weights, fuzz off,
// short-term on, whole-day offsets from a fixed UTC instant (so no zone can move a day boundary).
const START = Date.UTC(2022, 11, 29, 12, 30);
const DAY = 86_400_000;
const REFERENCE: ScheduleContext = {
	cardId: "reference",
	options: { ...DEFAULT_SCHEDULER_OPTIONS, dayStartHour: 0 },
	utcOffset: () => 0,
	fuzz: false,
};

describe("fsrs-adapter conformance", () => {
	it("gives the reference interval history when each answer comes at the previous due", () => {
		const ratings: Rating[] = [3, 3, 3, 3, 3, 3, 1, 1, 3, 3, 3, 3, 3];
		let state: SchedulingState = newSchedulingState(START);
		let now = START;
		const scheduled: number[] = [];
		for (const rating of ratings) {
			state = scheduleAnswer(state, rating, now, REFERENCE);
			scheduled.push(state.scheduledDays);
			now = state.due;
		}
		expect(scheduled).toEqual([0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21]);
	});

	it("gives the reference memory state for answers at day offsets 0, 0, 1, 3, 8, 21", () => {
		const answers: [Rating, number][] = [
			[1, 0],
			[3, 0],
			[3, 1],
			[3, 3],
			[3, 8],
			[3, 21],
		];
		let state: SchedulingState = newSchedulingState(START);
		let now = START;
		for (const [rating, days] of answers) {
			now += days * DAY;
			state = scheduleAnswer(state, rating, now, REFERENCE);
		}
		expect(Math.abs(state.stability - 53.62691)).toBeLessThan(1e-4);
		expect(Math.abs(state.difficulty - 6.3574867)).toBeLessThan(1e-4);
	});

	it("gives the reference first-review memory for each answer to a new card", () => {
		const outcomes = ([1, 2, 3, 4] as Rating[]).map((rating) =>
			scheduleAnswer(newSchedulingState(START), rating, START, REFERENCE),
		);
		const stabilities = [0.212, 1.2931, 2.3065, 8.2956];
		const difficulties = [6.4133, 5.11217071, 2.11810397, 1];
		outcomes.forEach((state, i) => {
			expect(state.stability).toBeCloseTo(stabilities[i] ?? NaN, 6);
			expect(state.difficulty).toBeCloseTo(difficulties[i] ?? NaN, 6);
		});
		expect(outcomes.map((s) => s.scheduledDays)).toEqual([0, 0, 0, 8]);
		expect(outcomes.map((s) => s.state)).toEqual(["learning", "learning", "learning", "review"]);
	});
});
