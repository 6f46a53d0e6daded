import {
	DEFAULT_SCHEDULER_OPTIONS,
	newSchedulingState,
	replayLog,
	scheduleAnswer,
	type ScheduleContext,
} from "../../../src/core";
import { zoneUtcOffset } from "../../../src/core/scheduler/local-day";
import type { Rating, ReviewEntry, SchedulingState, UtcOffset } from "../../../src/core/types";

const HOUR = 3_600_000;
const DAY = 86_400_000;
const TOKYO = zoneUtcOffset("Asia/Tokyo");
const NEW_YORK = zoneUtcOffset("America/New_York");

function context(utcOffset: UtcOffset): ScheduleContext {
	return { cardId: "zone-card", options: DEFAULT_SCHEDULER_OPTIONS, utcOffset };
}

/** Local days the scheduler counts between two answers (UTC instants) given in a zone. */
function elapsedBetween(first: number, second: number, utcOffset: UtcOffset): number | undefined {
	const entries: ReviewEntry[] = [first, second].map((time, i) => ({
		card: "zone-card",
		time,
		rating: i === 0 ? 4 : 3,
		device: "phone",
		offset: utcOffset(time),
	}));
	return replayLog("zone-card", entries, context(utcOffset)).records[1]?.elapsedDays;
}

describe("fsrs-adapter local days", () => {
	it.each([
		// Tokyo, UTC+9: ts-fsrs alone would roll the day over at 09:00 local.
		{ zone: "UTC+9, 23:00 then 03:00 the next night", first: Date.UTC(2024, 4, 6, 14), second: Date.UTC(2024, 4, 6, 18), utcOffset: TOKYO, days: 0 },
		{ zone: "UTC+9, 23:00 then 08:30 the next morning", first: Date.UTC(2024, 4, 6, 14), second: Date.UTC(2024, 4, 6, 23, 30), utcOffset: TOKYO, days: 1 },
		{ zone: "UTC+9, 04:00 then 03:59 a day later", first: Date.UTC(2024, 4, 5, 19), second: Date.UTC(2024, 4, 6, 18, 59), utcOffset: TOKYO, days: 0 },
		// New York in winter, UTC−5: ts-fsrs alone would roll the day over at 19:00 local.
		{ zone: "UTC−5, 18:00 then 21:00 the same evening", first: Date.UTC(2024, 0, 15, 23), second: Date.UTC(2024, 0, 16, 2), utcOffset: NEW_YORK, days: 0 },
		{ zone: "UTC−5, 03:00 then 05:00 the same night", first: Date.UTC(2024, 0, 15, 8), second: Date.UTC(2024, 0, 15, 10), utcOffset: NEW_YORK, days: 1 },
		// Spring forward on 10 March 2024 (the Sunday has 23 hours).
		{ zone: "spring forward, Sat 22:00 then Mon 05:00", first: Date.UTC(2024, 2, 10, 3), second: Date.UTC(2024, 2, 11, 9), utcOffset: NEW_YORK, days: 2 },
		{ zone: "spring forward, Sat 22:00 then Mon 03:30", first: Date.UTC(2024, 2, 10, 3), second: Date.UTC(2024, 2, 11, 7, 30), utcOffset: NEW_YORK, days: 1 },
		// Fall back on 3 November 2024 (the Sunday has 25 hours).
		{ zone: "fall back, Sat 04:30 then Sun 03:50, 24 h 20 min later", first: Date.UTC(2024, 10, 2, 8, 30), second: Date.UTC(2024, 10, 3, 8, 50), utcOffset: NEW_YORK, days: 0 },
		{ zone: "fall back, Sat 04:30 then Sun 04:10", first: Date.UTC(2024, 10, 2, 8, 30), second: Date.UTC(2024, 10, 3, 9, 10), utcOffset: NEW_YORK, days: 1 },
	])("counts days from the local 4:00 rollover: $zone → $days", ({ first, second, utcOffset, days }) => {
		expect(elapsedBetween(first, second, utcOffset)).toBe(days);
	});

	it("moves the rollover with the day-start setting", () => {
		const options = { ...DEFAULT_SCHEDULER_OPTIONS, dayStartHour: 0 };
		const entries: ReviewEntry[] = [Date.UTC(2024, 4, 6, 14), Date.UTC(2024, 4, 6, 18)].map((time) => ({
			card: "zone-card",
			time,
			rating: 3 as Rating,
			device: "phone",
			offset: 540,
		}));
		expect(replayLog("zone-card", entries, { options }).records[1]?.elapsedDays).toBe(1);
	});

	it("gives a learner in Tokyo the schedule a learner in UTC gets at the same local times", () => {
		const answers: [Rating, number][] = [
			[3, 0],
			[3, 600_000],
			[3, 2 * DAY + 20 * HOUR],
			[1, 9 * DAY + 3 * HOUR],
			[3, 600_000],
			[2, 4 * DAY - 5 * HOUR],
		];
		const localStart = Date.UTC(2024, 4, 6, 23); // 23:00 on the wall clock in both places
		const run = (utcOffset: UtcOffset, start: number): SchedulingState[] => {
			let state = newSchedulingState(start);
			let now = start;
			return answers.map(([rating, gap]) => {
				now += gap;
				state = scheduleAnswer(state, rating, now, context(utcOffset));
				return state;
			});
		};
		const utc = run(() => 0, localStart);
		const tokyo = run(TOKYO, localStart - 9 * HOUR);
		expect(tokyo.map((s) => [s.state, s.stability, s.difficulty, s.scheduledDays, s.due + 9 * HOUR])).toEqual(
			utc.map((s) => [s.state, s.stability, s.difficulty, s.scheduledDays, s.due]),
		);
	});
});
