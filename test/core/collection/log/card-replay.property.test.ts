import fc from "fast-check";
import { DEFAULT_SCHEDULER_OPTIONS, replayLog } from "../../../../src/core";
import { entriesState, replayEntries, segments, type ReplayOptions } from "../../../../src/core/collection/log/card-replay";
import type { Rating, ReviewEntry } from "../../../../src/core/types";

const START = Date.UTC(2024, 0, 1, 12);
const DAY = 86_400_000;
const CARD = "abc123";

const rating = fc.constantFrom<Rating>(1, 2, 3, 4);
const answers = fc.array(fc.tuple(rating, fc.integer({ min: 60_000, max: 60 * DAY }), fc.constantFrom(0, 60, -300)), { maxLength: 30 });
const resets = fc.array(fc.integer({ min: 0, max: 400 * DAY }), { maxLength: 3 });
// One set of options for all answers, or a schedule that changes the retention and the steps at some time.
const options = fc.oneof(
	fc.constant<ReplayOptions>(DEFAULT_SCHEDULER_OPTIONS),
	fc.integer({ min: 0, max: 400 * DAY }).map<ReplayOptions>((change) => [
		{ from: -Infinity, options: DEFAULT_SCHEDULER_OPTIONS },
		{ from: START + change, options: { ...DEFAULT_SCHEDULER_OPTIONS, desiredRetention: 0.8, learningSteps: [5] } },
	]),
);

function entriesOf(list: readonly [Rating, number, number][]): ReviewEntry[] {
	let time = START;
	return list.map(([r, gap, offset]) => {
		time += gap;
		return { card: CARD, time, rating: r, device: "d", offset };
	});
}

describe("card replay (property)", () => {
	it("gives the same state with or without a record per answer, and one record per answer", () => {
		fc.assert(
			fc.property(answers, resets, options, (list, resetGaps, replayOptions) => {
				const entries = entriesOf(list);
				const resetTimes = resetGaps.map((gap) => START + gap).sort((a, b) => a - b);
				const replay = replayEntries(entries, resetTimes, CARD, replayOptions);
				expect(entriesState(entries, resetTimes, CARD, replayOptions)).toEqual(replay.state);
				expect(replay.records.map((record) => record.time)).toEqual(entries.map((entry) => entry.time));
			}),
			{ numRuns: 200, seed: 20261204 },
		);
	});

	it("schedules the answers after the last reset as a new card, as the scheduler's own replay does", () => {
		fc.assert(
			fc.property(answers, resets, (list, resetGaps) => {
				const entries = entriesOf(list);
				const resetTimes = resetGaps.map((gap) => START + gap).sort((a, b) => a - b);
				const current = segments(entries, resetTimes).at(-1) ?? [];
				const expected = current.length === 0 ? undefined : replayLog(CARD, current, { options: DEFAULT_SCHEDULER_OPTIONS }).state;
				expect(entriesState(entries, resetTimes, CARD, DEFAULT_SCHEDULER_OPTIONS)).toEqual(expected);
			}),
			{ numRuns: 200, seed: 20261205 },
		);
	});
});
