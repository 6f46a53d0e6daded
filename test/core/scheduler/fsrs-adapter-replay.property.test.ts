import fc from "fast-check";
import {
	DEFAULT_SCHEDULER_OPTIONS,
	newSchedulingState,
	previewAnswers,
	replayLog,
	scheduleAnswer,
	type ScheduleContext,
} from "../../../src/core";
import { zoneUtcOffset } from "../../../src/core/scheduler/local-day";
import type { Rating, ReviewEntry, SchedulingState } from "../../../src/core/types";

const START = Date.UTC(2024, 0, 1, 12);
const ZONES = ["UTC", "Asia/Tokyo", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata"].map(zoneUtcOffset);

const rating = fc.constantFrom<Rating>(1, 2, 3, 4);
// Gaps from an hour back in time (clock skew) to about four months ahead.
const gap = fc.integer({ min: -3_600_000, max: 120 * 86_400_000 });
const history = fc.array(fc.tuple(rating, gap, fc.nat({ max: ZONES.length - 1 })), { minLength: 1, maxLength: 25 });

describe("fsrs-adapter replay (property)", () => {
	it("rebuilds the committed states from any log, answers out of order and zone changes included", () => {
		fc.assert(
			fc.property(fc.string({ minLength: 1, maxLength: 12 }), history, (cardId, answers) => {
				let state: SchedulingState = newSchedulingState(START);
				let now = START;
				const committed: SchedulingState[] = [];
				const entries: ReviewEntry[] = [];
				for (const [r, g, zone] of answers) {
					now += g;
					const utcOffset = ZONES[zone] ?? (() => 0);
					const ctx: ScheduleContext = { cardId, options: DEFAULT_SCHEDULER_OPTIONS, utcOffset };
					const shown = previewAnswers(state, now, ctx)[r];
					state = scheduleAnswer(state, r, now, ctx);
					expect(state).toEqual(shown);
					expect(state.difficulty).toBeGreaterThanOrEqual(1);
					expect(state.difficulty).toBeLessThanOrEqual(10);
					expect(state.due).toBeGreaterThan(now);
					committed.push(state);
					entries.push({ card: cardId, time: now, rating: r, device: "d", offset: utcOffset(now) });
				}
				const replayed = replayLog(cardId, entries, { options: DEFAULT_SCHEDULER_OPTIONS });
				expect(replayed.state).toEqual(committed[committed.length - 1]);
				expect(replayed.records.map((x) => x.due)).toEqual(committed.map((s) => s.due));
			}),
			{ numRuns: 150, seed: 20240506 },
		);
	});
});
