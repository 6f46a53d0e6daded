import fc from "fast-check";
import { CollectionDataError } from "../../../../../src/core";
import type { LogEntry } from "../../../../../src/core/collection/log/log-entry";
import { packAnswers, readLogText } from "../../../../../src/core/collection/store/text/packed-log";

const DEVICES = ["laptop", "phone", "tablet"];
const index = (name: string): number => DEVICES.indexOf(name);

interface ReadCard {
	id: string;
	entries: readonly LogEntry[];
	canonical: boolean;
	/** What loading reads without decoding: count, last answer time and offset (canonical lines only). */
	summary?: [number, number, number];
}

/** Every card's line of a log text, in id order: its answers, and whether it is written as this version writes it. */
function read(text: string, devices: readonly string[] = DEVICES): ReadCard[] {
	const { lines, odd } = readLogText(text, devices);
	const cards: ReadCard[] = lines.ids.map((id, i) => ({
		id,
		entries: lines.answers(i),
		canonical: true,
		summary: [lines.count[i] as number, lines.lastTime[i] as number, lines.lastOffset[i] as number],
	}));
	for (const [id, entries] of odd) cards.push({ id, entries, canonical: false });
	return cards.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Answers of one card in replay order: increasing times (equal ones told apart by device, then rev). */
const answersArb = fc
	.array(
		fc.record({
			gap: fc.integer({ min: 0, max: 400 * 86_400_000 }),
			rating: fc.constantFrom(1, 2, 3, 4),
			device: fc.constantFrom(...DEVICES),
			offset: fc.integer({ min: -720, max: 840 }),
			duration: fc.option(fc.integer({ min: 0, max: 36_000 }).map((tenths) => tenths * 100), { nil: undefined }),
			rev: fc.constantFrom(0, 0, 0, 1, 2),
		}),
		{ minLength: 1, maxLength: 12 },
	)
	.map((raw) => {
		let time = 1_700_000_000_000;
		const entries: LogEntry[] = [];
		for (const a of raw) {
			time += a.gap;
			const entry: LogEntry = { time, rating: a.rating as LogEntry["rating"], device: a.device, offset: a.offset, rev: a.rev };
			if (a.duration !== undefined) entry.duration = a.duration;
			const previous = entries[entries.length - 1];
			// Keep the order strict: a same-instant answer must come after by device, then rev.
			if (previous && previous.time === entry.time && !(previous.device < entry.device || (previous.device === entry.device && previous.rev < entry.rev))) continue;
			entries.push(entry);
		}
		return entries;
	});

describe("the packed review log", () => {
	it("reads back every answer it wrote, and calls what it wrote canonical", () => {
		fc.assert(
			fc.property(fc.array(answersArb, { minLength: 1, maxLength: 5 }), (cards) => {
				const lines = cards.map((entries, i) => `card${i} ${packAnswers(entries, index)}`);
				const read1 = read(lines.join("\n"));
				expect(read1.map((c) => c.entries)).toEqual(cards);
				expect(read1.every((c) => c.canonical)).toBe(true);
				expect(read1.map((c) => c.summary)).toEqual(
					cards.map((entries) => [entries.length, entries[entries.length - 1]?.time, entries[entries.length - 1]?.offset]),
				);
			}),
		);
	});

	it.each([
		["leading zeros", "a 0100,3", [{ time: 100, rating: 3, device: "laptop", offset: 0, rev: 0 }]],
		["a device written though unchanged", "a 100,3,,0", [{ time: 100, rating: 3, device: "laptop", offset: 0, rev: 0 }]],
		["an empty duration at the end", "a 100,3,", [{ time: 100, rating: 3, device: "laptop", offset: 0, rev: 0 }]],
		["a rev of 0 written out", "a 100,3,,1,60,0", [{ time: 100, rating: 3, device: "phone", offset: 60, rev: 0 }]],
		["a minus zero offset", "a 100,3,,1,-0", [{ time: 100, rating: 3, device: "phone", offset: 0, rev: 0 }]],
	])("reads a line written otherwise (%s) and says it is not canonical", (_, text, entries) => {
		const [card] = read(text);
		expect(card?.entries).toEqual(entries);
		expect(card?.canonical).toBe(false);
		expect(`a ${packAnswers(card?.entries ?? [], index)}` === text).toBe(false);
	});

	it.each([
		["a rating of 5", "a 100,5", /log\.a\[0\]\[1\]: expected a rating 1, 2, 3 or 4, got "5"/],
		["a negative gap", "a 100,3 -5,3", /log\.a\[1\]\[0\]: expected a whole number ≥ 0, got "-5"/],
		["a device beyond the table", "a 100,3,,3", /log\.a\[0\]\[3\]: expected a device number below 3, got "3"/],
		["a letter in a duration", "a 100,3,4x", /log\.a\[0\]\[2\]: expected a whole number ≥ 0 or nothing, got "4x"/],
		["a number too large to be exact", "a 90071992547409931,3", /log\.a\[0\]\[0\]: expected a whole number, got "90071992547409931"/],
		["a repeated answer", "a 100,3 0,3", /log\.a\[1\]: expected answers in time order without repeats/],
		["an answer without a rating", "a 100", /log\.a\[0\]: expected an answer gap,rating/],
		["a line without answers", "a", /log line 1: expected a card id .* and its answers, got "a"/],
		["a bad card id", "a/b 100,3", /log line 1: expected a card id/],
		["the same card twice", "a 100,3\na 200,3", /log line 2: expected card ids in order, each once, got "a"/],
		["a trailing newline", "a 100,3\n", /log line 2: expected a card id/],
		["seven fields", "a 100,3,1,0,0,1,9", /log\.a\[0\]: expected an answer gap,rating\[,duration,device,offset,rev\], got "100,3,1,0,0,1,9"/],
	])("rejects %s, naming the answer and field", (_, text, message) => {
		expect(() => read(text)).toThrow(CollectionDataError);
		expect(() => read(text)).toThrow(message);
	});

	it("orders same-instant answers by device name, then rev, as replay does", () => {
		expect(read("a 100,3,,1 0,3,,1,0,1 0,3,,2").map((c) => c.entries.map((e) => [e.device, e.rev]))).toEqual([
			[
				["phone", 0],
				["phone", 1],
				["tablet", 0],
			],
		]);
		expect(() => read("a 100,3,,2 0,3,,1")).toThrow(/log\.a\[1\]: expected answers in time order/);
	});

	it("never fails on any text other than with a CollectionDataError", () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom(..."0123456789, \n-ab".split("")) }), (text) => {
				try {
					read(text);
				} catch (error) {
					expect(error).toBeInstanceOf(CollectionDataError);
				}
			}),
			{ numRuns: 300 },
		);
	});
});
