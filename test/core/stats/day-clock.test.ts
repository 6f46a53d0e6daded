import fc from "fast-check";
import { createDayClock, dayNumber, dayOfDate, formatLocalDate, formatLocalDateTime, localDate } from "../../../src/core";
import { DAY, HOUR, ianaZone, localTime, TOKYO } from "./builders";

const NEW_YORK = ianaZone("America/New_York");
const LORD_HOWE = ianaZone("Australia/Lord_Howe");

describe("createDayClock", () => {
	describe("in Tokyo (UTC+9) with days starting at 4:00", () => {
		const clock = createDayClock({ dayStartHour: 4, utcOffset: TOKYO });

		it.each([
			{ wall: "2024-05-01T03:59", date: "2024-04-30" },
			{ wall: "2024-05-01T04:00", date: "2024-05-01" },
			{ wall: "2024-05-01T23:59", date: "2024-05-01" },
			{ wall: "2024-05-02T00:30", date: "2024-05-01" },
			{ wall: "2024-05-02T04:00", date: "2024-05-02" },
		])("counts an answer at $wall as part of $date", ({ wall, date }) => {
			expect(formatLocalDate(clock.dayOf(localTime(wall, TOKYO)))).toBe(date);
		});

		it("starts each day at 4:00 Tokyo time, which is 19:00 UTC the day before", () => {
			expect(new Date(clock.startOf(dayOfDate(2024, 5, 1))).toISOString()).toBe("2024-04-30T19:00:00.000Z");
		});
	});

	describe("in New York across the DST changes of 2024", () => {
		const clock = createDayClock({ dayStartHour: 4, utcOffset: NEW_YORK });

		it("gives the day before the spring change 23 hours and the day before the autumn one 25", () => {
			const spring = dayOfDate(2024, 3, 9);
			const autumn = dayOfDate(2024, 11, 2);
			expect(clock.startOf(spring + 1) - clock.startOf(spring)).toBe(23 * HOUR);
			expect(clock.startOf(autumn + 1) - clock.startOf(autumn)).toBe(25 * HOUR);
		});

		it.each([
			{ utc: "2024-03-10T07:30:00Z", local: "03:30 EDT", date: "2024-03-09" },
			{ utc: "2024-03-10T08:30:00Z", local: "04:30 EDT", date: "2024-03-10" },
			{ utc: "2024-11-03T08:30:00Z", local: "03:30 EST", date: "2024-11-02" },
			{ utc: "2024-11-03T09:00:00Z", local: "04:00 EST", date: "2024-11-03" },
		])("puts $local on $date", ({ utc, date }) => {
			expect(formatLocalDate(clock.dayOf(Date.parse(utc)))).toBe(date);
		});
	});

	it.each([
		{ name: "New York", zone: NEW_YORK, hour: 4 },
		{ name: "New York, days starting at 2:00 (skipped once a year)", zone: NEW_YORK, hour: 2 },
		{ name: "Lord Howe (30-minute DST)", zone: LORD_HOWE, hour: 4 },
		{ name: "Lord Howe, days starting at 2:00", zone: LORD_HOWE, hour: 2 },
		{ name: "Tokyo", zone: TOKYO, hour: 0 },
		{ name: "Tokyo, days starting at 23:00", zone: TOKYO, hour: 23 },
	])("agrees with the scheduler's local days at any instant in $name", ({ zone, hour }) => {
		const clock = createDayClock({ dayStartHour: hour, utcOffset: zone });
		const instants = fc.oneof(
			fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2027, 0, 1) }),
			// Around the DST changes of 2024, minute by minute.
			fc.integer({ min: 0, max: 3 * 24 * 60 }).map((m) => Date.UTC(2024, 2, 9) + m * 60_000),
			fc.integer({ min: 0, max: 3 * 24 * 60 }).map((m) => Date.UTC(2024, 3, 5) + m * 60_000),
			fc.integer({ min: 0, max: 3 * 24 * 60 }).map((m) => Date.UTC(2024, 9, 5) + m * 60_000),
			fc.integer({ min: 0, max: 3 * 24 * 60 }).map((m) => Date.UTC(2024, 10, 2) + m * 60_000),
		);
		fc.assert(
			fc.property(instants, (t) => {
				expect(clock.dayOf(t)).toBe(dayNumber(t, hour, zone));
			}),
			{ numRuns: 1500 },
		);
	});

	it("reads the same days for an answer log in time order as shuffled", () => {
		const clock = createDayClock({ dayStartHour: 4, utcOffset: NEW_YORK });
		const start = Date.UTC(2024, 2, 1);
		const times = Array.from({ length: 200 }, (_, i) => start + i * 7 * HOUR);
		const inOrder = times.map((t) => clock.dayOf(t));
		const fresh = createDayClock({ dayStartHour: 4, utcOffset: NEW_YORK });
		const reversed = [...times].reverse().map((t) => fresh.dayOf(t)).reverse();
		expect(reversed).toEqual(inOrder);
	});
});

describe("localDate", () => {
	it("gives the calendar date and weekday of a day number", () => {
		expect(localDate(dayOfDate(2024, 2, 29))).toEqual({ year: 2024, month: 2, day: 29, weekday: 4 });
		expect(dayOfDate(1970, 1, 2)).toBe(1);
		expect(localDate(Math.floor(Date.UTC(2024, 0, 1) / DAY)).weekday).toBe(1);
	});
});

describe("formatLocalDateTime", () => {
	it("prints an instant on the zone's wall clock", () => {
		expect(formatLocalDateTime(Date.UTC(2024, 4, 14, 19, 5), TOKYO)).toBe("2024-05-15 04:05");
		expect(formatLocalDateTime(Date.parse("2024-03-10T07:30:00Z"), NEW_YORK)).toBe("2024-03-10 03:30");
	});
});
