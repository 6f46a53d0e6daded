import fc from "fast-check";
import { compareEntries, unitedEntries, type LogEntry } from "../../../../../src/core/collection/log/log-entry";
import { readLogText } from "../../../../../src/core/collection/store/text/packed-log";
import { UnitedLines } from "../../../../../src/core/collection/store/text/united-lines";
import { runSteps } from "../../../../../src/core/collection/run-steps";
import { ANSWERS_V4 } from "../../../../../src/core/collection/store/v4/answer-text";

const DEVICES = ["laptop", "phone", "tablet"];
const IDS = ["a1", "b2", "c3", "d4", "e5", "f6"];

/** One log part as a device writes it: its device table (its own name first) and a list of answers per card. */
interface Part {
	devices: string[];
	cards: Map<string, LogEntry[]>;
}

const answerArb = fc.record({
	time: fc.integer({ min: 0, max: 40 }).map((n) => 1_700_000_000_000 + n * 60_000),
	rating: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
	device: fc.constantFrom(...DEVICES),
	offset: fc.constantFrom(0, 60, -300),
	rev: fc.constantFrom(0, 0, 1),
});

/** Parts whose cards' answers may overlap (the same answer in two parts, one device in two parts) or tie in time. */
const partsArb = fc.array(
	fc.record({
		owner: fc.constantFrom(...DEVICES),
		cards: fc.dictionary(fc.constantFrom(...IDS), fc.array(answerArb, { minLength: 1, maxLength: 5 })),
	}),
	{ minLength: 1, maxLength: 5 },
).map((raw) =>
	raw.map(({ owner, cards }): Part => {
		const lists = new Map<string, LogEntry[]>();
		for (const [id, answers] of Object.entries(cards)) {
			const list = unitedEntries([answers.map((answer) => ({ ...answer }))]);
			if (list.length > 0) lists.set(id, list);
		}
		return { devices: [owner, ...DEVICES.filter((name) => name !== owner)], cards: lists };
	}),
);

function partText(part: Part): string {
	const device = (name: string): number => part.devices.indexOf(name);
	return [...part.cards.keys()].sort().map((id) => `${id} ${ANSWERS_V4.pack(part.cards.get(id) ?? [], device)}`).join("\n");
}

function unite(parts: readonly Part[]): UnitedLines {
	return runSteps(new UnitedLines(parts.map((part) => readLogText(partText(part), part.devices, ANSWERS_V4).lines)).fill(2));
}

describe("UnitedLines", () => {
	it("gives each card the union of its answers in every part, with their count and last answer", () => {
		fc.assert(
			fc.property(partsArb, (parts) => {
				const united = unite(parts);
				const ids = [...new Set(parts.flatMap((part) => [...part.cards.keys()]))].sort();
				expect(united.ids).toEqual(ids);
				ids.forEach((id, i) => {
					const expected = unitedEntries(parts.map((part) => part.cards.get(id) ?? []));
					const last = expected[expected.length - 1] as LogEntry;
					expect(united.read(i)).toEqual(expected);
					expect(united.answers(i)).toEqual(expected);
					expect([united.count[i], united.lastTime[i], united.lastOffset[i]]).toEqual([expected.length, last.time, last.offset]);
					expect(united.deviceNames(i).sort()).toEqual([...new Set(expected.map((entry) => entry.device))].sort());
					expect(united.indexOf(id)).toBe(i);
				});
				expect(united.indexOf("zz")).toBe(-1);
			}),
			{ numRuns: 300 },
		);
	});

	it("takes the count from the lines without decoding when two devices answered a card apart", () => {
		const laptop: Part = { devices: ["laptop"], cards: new Map([["a1", [{ time: 1000, rating: 3, device: "laptop", offset: 0, rev: 0 }]]]) };
		const phone: Part = { devices: ["phone"], cards: new Map([["a1", [{ time: 2000, rating: 1, device: "phone", offset: 60, rev: 0 }, { time: 3000, rating: 4, device: "phone", offset: 60, rev: 0 }]]]) };
		const united = unite([laptop, phone]);
		expect([united.count[0], united.lastTime[0], united.lastOffset[0]]).toEqual([3, 3000, 60]);
		expect(united.deviceNames(0)).toEqual(["laptop", "phone"]);
		expect([...united.answers(0)].sort(compareEntries).map((entry) => entry.time)).toEqual([1000, 2000, 3000]);
	});
});
