import fc from "fast-check";
import { CollectionDataError } from "../../../../../src/core";
import type { LogEntry } from "../../../../../src/core/collection/log/log-entry";
import { compareEntries } from "../../../../../src/core/collection/log/log-entry";
import { MAX_DURATION_MS, MAX_OFFSET_MINUTES, MAX_TIME } from "../../../../../src/core/collection/log/log-limits";
import { readLogText } from "../../../../../src/core/collection/store/text/packed-log";
import { ANSWERS_V4 } from "../../../../../src/core/collection/store/v4/answer-text";

const DEVICES = ["laptop", "phone", "tablet"];
const index = (name: string): number => DEVICES.indexOf(name);

function read(text: string): { entries: readonly LogEntry[]; canonical: boolean } {
	const { lines, odd } = readLogText(text, DEVICES, ANSWERS_V4);
	if (lines.ids.length > 0) return { entries: lines.answers(0), canonical: true };
	return { entries: odd[0]?.[1] ?? [], canonical: false };
}

const entry = fc.record({
	time: fc.integer({ min: -MAX_TIME, max: MAX_TIME }),
	rating: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
	device: fc.constantFrom(...DEVICES),
	offset: fc.integer({ min: -MAX_OFFSET_MINUTES, max: MAX_OFFSET_MINUTES }),
	rev: fc.oneof(fc.constant(0), fc.nat(5)),
	duration: fc.option(fc.integer({ min: 0, max: MAX_DURATION_MS / 100 }).map((t) => t * 100), { nil: undefined }),
	more: fc.option(fc.constantFrom("p", "practice,1", "x-y"), { nil: undefined }),
});

/** Answers of one card in replay order, without two at the same place. */
const answers = fc.array(entry, { minLength: 1, maxLength: 12 }).map((list) => {
	const sorted = list
		.map((e) => {
			const clean: LogEntry = { time: e.time, rating: e.rating, device: e.device, offset: e.offset, rev: e.rev };
			if (e.duration !== undefined) clean.duration = e.duration;
			if (e.more !== undefined) clean.more = e.more;
			return clean;
		})
		.sort(compareEntries);
	return sorted.filter((e, i) => i === 0 || compareEntries(sorted[i - 1] as LogEntry, e) !== 0);
});

describe("layout 4's answer text", () => {
	it("reads back exactly what it writes, as written (canonical)", () => {
		fc.assert(
			fc.property(answers, (list) => {
				const text = `abc ${ANSWERS_V4.pack(list, index)}`;
				const back = read(text);
				expect(back.canonical).toBe(true);
				expect(back.entries).toEqual(list);
			}),
		);
	});

	it("writes a typical answer in about 11 bytes", () => {
		const list: LogEntry[] = [
			{ time: Date.UTC(2026, 2, 2), rating: 3, device: "laptop", offset: 60, rev: 0, duration: 4200 },
			{ time: Date.UTC(2026, 2, 12), rating: 3, device: "laptop", offset: 60, rev: 0, duration: 6100 },
		];
		const text = ANSWERS_V4.pack(list, index);
		expect(text.split(" ")[1]).toBe(`${(864_000_000 * 4 + 2).toString(36)},${(61).toString(36)}`);
		expect(text.split(" ")[1]?.length).toBeLessThanOrEqual(11);
	});

	it.each([
		["a leading zero", "abc 0k"],
		["a field that says nothing", "abc k,,0"],
		["-0 as offset", "abc k,,0,-0"],
	])("reads %s but saves it in the canonical form", (_, text) => {
		expect(read(text).canonical).toBe(false);
	});

	it.each([
		["a letter outside base 36", "abc k!", /log\.abc\[0\]\[0\]/],
		["a device past the table", "abc k,,5", /device number below 3/],
		["an offset past 18 hours", "abc k,,0,zz", /UTC offset/],
		["a duration past a day", "abc k,zzzzz", /duration/],
		["answers out of order", "abc k1 0", /time order/],
		["a time past the bound", `abc ${(MAX_TIME * 4 + 4).toString(36)}`, /time within/],
		["an empty added field", "abc k,,0,1o,0,", /more fields/],
		["a trailing space", "abc k ", /log\.abc\[1\]/],
		["an empty rev", "abc k,,0,1o,", /log\.abc\[0\]\[4\]/],
		["a device left out before any is known", "abc k", null],
	])("refuses %s, naming the answer and field", (_, text, message) => {
		const devices = message === null ? [] : DEVICES;
		expect(() => readLogText(text, devices, ANSWERS_V4)).toThrow(CollectionDataError);
		if (message) expect(() => readLogText(text, devices, ANSWERS_V4)).toThrow(message);
	});
});
