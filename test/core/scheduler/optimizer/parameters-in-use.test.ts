import {
	Collection,
	DEFAULT_PARAMETERS,
	DEFAULT_SCHEDULER_OPTIONS,
	newSchedulingState,
	scheduleAnswer,
	type Rating,
	type SchedulerOptions,
	type TrainingReview,
} from "../../../../src/core";
import { ModelWorkspace, runHistory } from "../../../../src/core/scheduler/optimizer/memory-model";

const START = Date.UTC(2022, 11, 29, 12, 30);
const DAY = 86_400_000;
// The FSRS reference answers (rating, days after the previous answer), shared by fsrs-rs and ts-fsrs.
const ANSWERS: [Rating, number][] = [
	[1, 0],
	[3, 0],
	[3, 1],
	[3, 3],
	[3, 8],
	[3, 21],
];

function schedulerState(options: SchedulerOptions) {
	let state = newSchedulingState(START);
	let now = START;
	for (const [rating, days] of ANSWERS) {
		now += days * DAY;
		state = scheduleAnswer(state, rating, now, { cardId: "c", options, utcOffset: () => 0, fuzz: false });
	}
	return state;
}

function modelState(w: readonly number[]) {
	const ws = new ModelWorkspace();
	const reviews: TrainingReview[] = ANSWERS.map(([rating, deltaT]) => ({ rating, deltaT }));
	runHistory(w, reviews, reviews.length, ws, false);
	return { stability: ws.s, difficulty: ws.d };
}

describe("FSRS parameters in use", () => {
	it("the optimizer's model gives the reference memory state with the default parameters", () => {
		const { stability, difficulty } = modelState(DEFAULT_PARAMETERS);
		expect(Math.abs(stability - 53.62691)).toBeLessThan(1e-4);
		expect(Math.abs(difficulty - 6.3574867)).toBeLessThan(1e-4);
	});

	it("the scheduler uses stored parameters, and agrees with the optimizer's model on them", () => {
		const fitted = [...DEFAULT_PARAMETERS];
		fitted[2] = 4.1;
		fitted[8] = 1.6;
		fitted[11] = 1.9;
		const options = { ...DEFAULT_SCHEDULER_OPTIONS, dayStartHour: 0, fsrsParameters: fitted };
		const withFitted = schedulerState(options);
		const expected = modelState(fitted);
		expect(withFitted.stability).toBeCloseTo(expected.stability, 3);
		expect(withFitted.difficulty).toBeCloseTo(expected.difficulty, 4);
		expect(withFitted.stability).not.toBeCloseTo(schedulerState({ ...options, fsrsParameters: [] }).stability, 1);
	});

	it("are stored as an option: empty for the defaults or 21 numbers, anything else refused with a reason", () => {
		const collection = new Collection();
		expect(collection.options().fsrsParameters).toEqual([]);
		expect(collection.setOptions({ fsrsParameters: [...DEFAULT_PARAMETERS] }).ok).toBe(true);
		const saved = Collection.fromJSON(JSON.parse(JSON.stringify(collection.toJSON())));
		expect(saved.options().fsrsParameters).toEqual([...DEFAULT_PARAMETERS]);
		const bad = collection.setOptions({ fsrsParameters: [1, 2, 3] });
		expect(bad).toEqual({ ok: false, error: expect.stringContaining("21 FSRS parameters") as unknown });
		expect(collection.options().fsrsParameters).toEqual([...DEFAULT_PARAMETERS]);
	});
});
