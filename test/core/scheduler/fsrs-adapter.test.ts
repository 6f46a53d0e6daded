import {
	DEFAULT_SCHEDULER_OPTIONS,
	newSchedulingState,
	previewAnswers,
	replayLog,
	retrievability,
	scheduleAnswer,
	type ScheduleContext,
} from "../../../src/core";
import { zoneUtcOffset } from "../../../src/core/scheduler/local-day";
import { RATINGS, type Rating, type ReviewEntry, type SchedulingState, type UtcOffset } from "../../../src/core/types";

const MINUTE = 60_000;
const DAY = 86_400_000;
const T0 = Date.UTC(2024, 4, 6, 9, 0); // Monday 6 May 2024, 09:00 UTC

function context(cardId = "card-1", utcOffset: UtcOffset = () => 0): ScheduleContext {
	return { cardId, options: DEFAULT_SCHEDULER_OPTIONS, utcOffset };
}

/** Answers in turn, each `gaps[i]` ms after the previous answer; returns every state reached. */
function answerAll(ctx: ScheduleContext, answers: [Rating, number][], start = T0): SchedulingState[] {
	const states: SchedulingState[] = [];
	let state = newSchedulingState(start);
	let now = start;
	for (const [rating, gap] of answers) {
		now += gap;
		state = scheduleAnswer(state, rating, now, ctx);
		states.push(state);
	}
	return states;
}

function entriesFor(card: string, answers: [Rating, number][], utcOffset: UtcOffset, start = T0): ReviewEntry[] {
	let time = start;
	return answers.map(([rating, gap]) => {
		time += gap;
		return { card, time, rating, device: "phone", offset: utcOffset(time) };
	});
}

// New → learning → review, then long gaps so that the fuzz has room (intervals ≥ 2.5 days).
const HISTORY: [Rating, number][] = [
	[3, 0],
	[3, 10 * MINUTE],
	[3, 3 * DAY],
	[2, 12 * DAY],
	[3, 30 * DAY],
	[1, 80 * DAY],
	[3, 10 * MINUTE],
	[4, 5 * DAY],
];

describe("fsrs-adapter", () => {
	it("starts a card as new and due at once", () => {
		expect(newSchedulingState(T0)).toMatchObject({ state: "new", due: T0, reps: 0, lapses: 0, stability: 0 });
	});

	it("commits exactly the state shown on each button at the same moment", () => {
		const ctx = context();
		const states = [newSchedulingState(T0), ...answerAll(ctx, HISTORY)];
		for (const state of states) {
			const now = state.due + 7 * MINUTE;
			const preview = previewAnswers(state, now, ctx);
			for (const rating of RATINGS) expect(scheduleAnswer(state, rating, now, ctx)).toEqual(preview[rating]);
		}
	});

	it("fuzzes long intervals by card, the same way every time", () => {
		const intervals = (id: string): number[] => answerAll(context(id), HISTORY).map((s) => s.scheduledDays);
		const ids = ["a", "b", "c", "d", "e", "f"];
		const byCard = ids.map((id) => intervals(id).join(","));
		expect(new Set(byCard).size).toBeGreaterThan(1);
		expect(ids.map((id) => intervals(id).join(","))).toEqual(byCard);
	});

	it("rebuilds from the log exactly the states committed answer by answer", () => {
		const tokyo = zoneUtcOffset("Asia/Tokyo");
		const ctx = context("card-9", tokyo);
		const committed = answerAll(ctx, HISTORY);
		const { state, records } = replayLog("card-9", entriesFor("card-9", HISTORY, tokyo), ctx);
		expect(state).toEqual(committed[committed.length - 1]);
		expect(records.map((r) => [r.state, r.due, r.stability, r.difficulty, r.scheduledDays])).toEqual(
			committed.map((s) => [s.state, s.due, s.stability, s.difficulty, s.scheduledDays]),
		);
		expect(records.map((r) => r.stateBefore)).toEqual(["new", "learning", "review", "review", "review", "review", "relearning", "review"]);
		expect(records.map((r) => r.elapsedDays)).toEqual([0, 0, 3, 12, 30, 80, 0, 5]);
	});

	it("replays on a device in another zone to the same states, using the zones recorded in the log", () => {
		const newYork = zoneUtcOffset("America/New_York");
		const entries = entriesFor("card-3", HISTORY, newYork);
		const here = replayLog("card-3", entries, context("card-3", newYork));
		const elsewhere = replayLog("card-3", entries, context("card-3", zoneUtcOffset("Asia/Tokyo")));
		expect(elsewhere).toEqual(here);
	});

	it.each([
		{ description: "Again goes back to the first step", answers: [3, 1] as Rating[], minutes: 1 },
		{ description: "Hard on the first step waits the mean of the first two", answers: [2] as Rating[], minutes: 6 },
		{ description: "Good moves to the next step", answers: [3] as Rating[], minutes: 10 },
		{ description: "Hard on a later step repeats that step", answers: [3, 2] as Rating[], minutes: 10 },
		{ description: "Hard twice on a later step keeps repeating it", answers: [3, 2, 2] as Rating[], minutes: 10 },
	])("learning steps: $description", ({ answers, minutes }) => {
		const states = answerAll(context(), answers.map((r): [Rating, number] => [r, MINUTE]));
		const last = states[states.length - 1];
		const answeredAt = T0 + answers.length * MINUTE;
		expect(last?.state).toBe("learning");
		expect(last?.due).toBe(answeredAt + minutes * MINUTE);
	});

	it("relearns a lapsed card on its single step, Hard waiting half a step more", () => {
		const ctx = context();
		const [, , lapsed] = answerAll(ctx, [
			[3, 0],
			[3, 10 * MINUTE],
			[1, 3 * DAY],
		]);
		expect(lapsed).toMatchObject({ state: "relearning", lapses: 1, scheduledDays: 0 });
		const now = (lapsed?.due ?? 0) + MINUTE;
		const hard = scheduleAnswer(lapsed as SchedulingState, 2, now, ctx);
		expect(hard).toMatchObject({ state: "relearning", due: now + 15 * MINUTE });
		expect(scheduleAnswer(lapsed as SchedulingState, 3, now, ctx).state).toBe("review");
	});

	it("does not throw on an answer earlier than the last one, and counts no elapsed day", () => {
		const ctx = context();
		const [graduated] = answerAll(ctx, [[4, 0]]);
		const earlier = scheduleAnswer(graduated as SchedulingState, 3, T0 - 2 * DAY, ctx);
		const sameMoment = scheduleAnswer(graduated as SchedulingState, 3, T0, ctx);
		expect(earlier.stability).toBe(sameMoment.stability);
		expect(earlier.lastReview).toBe(T0 - 2 * DAY);
		const skewed: ReviewEntry[] = [
			{ card: "card-1", time: T0, rating: 3, device: "laptop", offset: 0 },
			{ card: "card-1", time: T0 - 3 * DAY, rating: 3, device: "phone", offset: 0 },
			{ card: "card-1", time: T0 + 2 * DAY, rating: 3, device: "phone", offset: 0 },
		];
		expect(replayLog("card-1", skewed, ctx).records.map((r) => r.elapsedDays)).toEqual([0, 0, 5]);
	});

	it("answers with the settings it is given (maximum interval)", () => {
		const ctx: ScheduleContext = { ...context(), options: { ...DEFAULT_SCHEDULER_OPTIONS, maximumInterval: 5 } };
		const states = answerAll(ctx, HISTORY);
		expect(Math.max(...states.map((s) => s.scheduledDays))).toBe(5);
		const last = states[states.length - 1];
		expect(last?.due).toBe((last?.lastReview ?? 0) + 5 * DAY);
	});

	describe("retrievability", () => {
		it("is 0 for a new card", () => {
			expect(retrievability(newSchedulingState(T0), T0 + DAY)).toBe(0);
		});

		it("matches the reference value at the due date of a new card answered Easy", () => {
			const ctx = { ...context(), fuzz: false };
			const easy = scheduleAnswer(newSchedulingState(T0), 4, T0, ctx);
			expect(retrievability(easy, easy.due, ctx)).toBeCloseTo(0.9024733, 6);
			expect(retrievability(easy, easy.due)).toBeCloseTo(0.9024733, 6);
		});

		it("falls from 1 as time passes, and never leaves [0, 1]", () => {
			const [easy] = answerAll(context(), [[4, 0]]);
			const values = [0, 1, 10, 100, 10_000].map((d) => retrievability(easy as SchedulingState, T0 + d * DAY));
			expect(values[0]).toBe(1);
			values.slice(1).forEach((v, i) => expect(v).toBeLessThan(values[i] ?? 0));
			expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
		});
	});
});
