import {
	dayNumber,
	nextDayStart,
	runtimeUtcOffset,
	startOfDay,
	zoneUtcOffset,
} from "../../../src/core/scheduler/local-day";
import type { UtcOffset } from "../../../src/core/types";

const HOUR = 3_600_000;
const NEW_YORK = zoneUtcOffset("America/New_York");
const TOKYO = zoneUtcOffset("Asia/Tokyo");

describe("zoneUtcOffset", () => {
	it.each([
		{ zone: "Asia/Tokyo", at: Date.UTC(2024, 0, 15, 12), minutes: 540 },
		{ zone: "America/New_York", at: Date.UTC(2024, 0, 15, 12), minutes: -300 },
		{ zone: "America/New_York", at: Date.UTC(2024, 6, 15, 12), minutes: -240 },
		{ zone: "America/New_York", at: Date.UTC(2024, 2, 10, 6, 59, 59, 999), minutes: -300 },
		{ zone: "America/New_York", at: Date.UTC(2024, 2, 10, 7), minutes: -240 },
		{ zone: "Australia/Lord_Howe", at: Date.UTC(2024, 0, 15, 12), minutes: 660 },
		{ zone: "Australia/Lord_Howe", at: Date.UTC(2024, 6, 15, 12), minutes: 630 },
		{ zone: "Asia/Kolkata", at: Date.UTC(2024, 6, 15, 12), minutes: 330 },
		{ zone: "UTC", at: Date.UTC(2024, 6, 15, 12), minutes: 0 },
	])("gives $minutes min for $zone", ({ zone, at, minutes }) => {
		expect(zoneUtcOffset(zone)(at)).toBe(minutes);
	});
});

describe("runtimeUtcOffset", () => {
	it("agrees with the device clock's own local time", () => {
		const at = Date.UTC(2024, 6, 15, 12, 34);
		const local = new Date(at);
		const wall = Date.UTC(local.getFullYear(), local.getMonth(), local.getDate(), local.getHours(), local.getMinutes());
		expect(runtimeUtcOffset(at)).toBe((wall - at) / 60_000);
	});
});

describe("dayNumber", () => {
	it.each([
		{ description: "Tokyo 04:00 starts a new day after 03:59", from: Date.UTC(2024, 4, 6, 18, 59), to: Date.UTC(2024, 4, 6, 19), utcOffset: TOKYO, days: 1 },
		{ description: "Tokyo 23:00 and 03:59 the next night are one day", from: Date.UTC(2024, 4, 6, 14), to: Date.UTC(2024, 4, 6, 18, 59), utcOffset: TOKYO, days: 0 },
		{ description: "New York 04:00 and 23:30 are one day", from: Date.UTC(2024, 4, 6, 8), to: Date.UTC(2024, 4, 7, 3, 30), utcOffset: NEW_YORK, days: 0 },
		{ description: "New York 23:30 and 04:00 the next morning are two days", from: Date.UTC(2024, 4, 7, 3, 30), to: Date.UTC(2024, 4, 7, 8), utcOffset: NEW_YORK, days: 1 },
	])("$description", ({ from, to, utcOffset, days }) => {
		expect(dayNumber(to, 4, utcOffset) - dayNumber(from, 4, utcOffset)).toBe(days);
	});

	it("counts day 0 from 1 January 1970 at the day-start hour", () => {
		expect(dayNumber(Date.UTC(1970, 0, 1, 4), 4, () => 0)).toBe(0);
		expect(dayNumber(Date.UTC(1970, 0, 1, 3, 59), 4, () => 0)).toBe(-1);
		expect(dayNumber(Date.UTC(2024, 0, 1), 0, () => 0)).toBe(19723);
	});
});

describe("startOfDay and nextDayStart", () => {
	it("starts every day at the local start hour, across both DST changes", () => {
		const first = dayNumber(Date.UTC(2024, 2, 8, 12), 4, NEW_YORK);
		const starts = Array.from({ length: 250 }, (_, i) => startOfDay(first + i, 4, NEW_YORK));
		for (const [i, start] of starts.entries()) {
			expect(dayNumber(start, 4, NEW_YORK)).toBe(first + i);
			expect(dayNumber(start - 1, 4, NEW_YORK)).toBe(first + i - 1);
			expect(((start + NEW_YORK(start) * 60_000) % 86_400_000) / HOUR).toBe(4);
		}
		const lengths = new Set(starts.slice(1).map((s, i) => (s - (starts[i] ?? 0)) / HOUR));
		expect([...lengths].sort()).toEqual([23, 24, 25]);
	});

	it("gives tomorrow's 4:00 local, 23 hours after today's across the spring-forward night", () => {
		const saturdayEvening = Date.UTC(2024, 2, 10, 1); // Sat 9 March, 20:00 EST
		expect(nextDayStart(saturdayEvening, 4, NEW_YORK)).toBe(Date.UTC(2024, 2, 10, 8)); // Sun 04:00 EDT
		expect(startOfDay(dayNumber(saturdayEvening, 4, NEW_YORK), 4, NEW_YORK)).toBe(Date.UTC(2024, 2, 9, 9)); // Sat 04:00 EST
	});

	it("is still today before the rollover and tomorrow right after it", () => {
		expect(nextDayStart(Date.UTC(2024, 4, 6, 18, 59), 4, TOKYO)).toBe(Date.UTC(2024, 4, 6, 19));
		expect(nextDayStart(Date.UTC(2024, 4, 6, 19), 4, TOKYO)).toBe(Date.UTC(2024, 4, 7, 19));
	});

	it("starts the day at the jump when a DST change skips the start hour", () => {
		// A zone that moves its clocks from 04:00 to 05:00 on the day of this instant.
		const jump = Date.UTC(2024, 2, 10, 4);
		const skipsFour: UtcOffset = (t) => (t < jump ? 0 : 60);
		const day = dayNumber(jump, 4, skipsFour);
		expect(startOfDay(day, 4, skipsFour)).toBe(jump);
		expect(dayNumber(jump - 1, 4, skipsFour)).toBe(day - 1);
	});
});
