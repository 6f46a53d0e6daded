import fc from "fast-check";
import { CollectionDataError, type SchedulingState } from "../../../../../src/core";
import { packState, readStateText } from "../../../../../src/core/collection/store/text/packed-state";

/** Every card's line of a cache text, read, in id order: its state and whether it is written as this version writes it. */
function read(text: string): { id: string; state: SchedulingState; canonical: boolean }[] {
	const { lines, odd } = readStateText(text);
	const cards = lines.ids.map((id, i) => ({ id, state: lines.state(i), canonical: true }));
	for (const [id, state] of odd) cards.push({ id, state, canonical: false });
	return cards.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Finite doubles, -0 as 0 (JSON and String() write it as "0"). */
const finite = (constraints: fc.DoubleConstraints = {}): fc.Arbitrary<number> => fc.double({ noNaN: true, noDefaultInfinity: true, ...constraints }).map((x) => (x === 0 ? 0 : x));

/** A memory state the scheduler accepts: none (0, 0), or a stability of at least 0.001 and a difficulty from 1 to 10. */
const memoryArb = fc.oneof(
	fc.constant({ stability: 0, difficulty: 0 }),
	fc.record({
		stability: fc.oneof(finite({ min: 0.001, max: 36500 }), fc.integer({ min: 100, max: 3650000000 }).map((s) => s / 1e5)),
		difficulty: fc.oneof(finite({ min: 1, max: 10 }), fc.integer({ min: 1e8, max: 1e9 }).map((d) => d / 1e8)),
	}),
);

const stateArb = fc
	.record({
		state: fc.constantFrom("new", "learning", "review", "relearning" as const),
		due: fc.integer({ min: -1e15, max: 1e15 }),
		memory: memoryArb,
		scheduledDays: fc.oneof(fc.integer({ min: 0, max: 36500 }), finite()),
		step: fc.nat(5),
		lapses: fc.nat(40),
	})
	.map(({ memory, ...rest }): SchedulingState => ({ ...rest, ...memory, reps: 0 }));

describe("the packed scheduling cache", () => {
	it("reads back exactly the numbers it wrote, and is right whenever it calls a line canonical", () => {
		fc.assert(
			fc.property(stateArb, (state) => {
				const [card] = read(`x ${packState(state)}`);
				expect(card?.state).toEqual(state);
				// A line called canonical must be exactly what packState writes for what it holds.
				if (card?.canonical) expect(packState(card.state)).toBe(packState(state));
			}),
			{ numRuns: 500 },
		);
	});

	it("calls the states the scheduler writes canonical (rounded to 8 decimals)", () => {
		const state: SchedulingState = { state: "review", due: 1773137000000, stability: 65.80271597, difficulty: 7.60981455, scheduledDays: 66, step: 0, reps: 0, lapses: 1 };
		expect(read(`a ${packState(state)}`)).toEqual([{ id: "a", state, canonical: true }]);
	});

	it.each([
		["a trailing zero", "a 2,100,8.50,2,3,0,0", 8.5],
		["a leading zero", "a 2,100,08.5,2,3,0,0", 8.5],
		["an exponent", "a 2,100,85e-1,2,3,0,0", 8.5],
		["minus zero", "a 2,100,8.5,2,-0,0,0", 8.5],
		["too many digits for the shortest form", "a 2,100,8.50000000000000001,2,3,0,0", 8.5],
	])("reads a state written otherwise (%s) and says it is not canonical", (_, text, stability) => {
		const [card] = read(text);
		expect(card?.state.stability).toBe(stability);
		expect(card?.canonical).toBe(false);
	});

	it.each([
		["no memory yet", "a 0,100,0,0,0,0,0"],
		["the smallest stability", "a 2,100,0.001,5,3,0,0"],
		["the smallest stability with an exponent", "a 2,100,1e-3,5,3,0,0"],
		["the difficulty bounds", "a 2,100,3,1,3,0,0\nb 2,100,3,10,3,0,0"],
	])("accepts a memory state the scheduler accepts (%s)", (_, text) => {
		expect(() => read(text)).not.toThrow();
	});

	it.each([
		["a state code of 4", "a 4,100,1,2,3,0,0", /cache\.a\[0\]: expected a state code 0–3, got "4"/],
		["a stability below 0.001", "a 2,100,0.0009,5,3,0,0", /cache\.a\[2\]: expected a stability of at least 0.001, got "0.0009"/],
		["a stability below 0.001 with an exponent", "a 2,100,9e-4,5,3,0,0", /cache\.a\[2\]: expected a stability of at least 0.001, got "9e-4"/],
		["a stability of 0 with a difficulty", "a 2,100,0,5,3,0,0", /cache\.a\[2\]: expected a stability of at least 0.001, got "0"/],
		["a negative stability", "a 2,100,-3,5,3,0,0", /cache\.a\[2\]: expected a stability of at least 0.001, got "-3"/],
		["a difficulty below 1", "a 2,100,3,0.99,3,0,0", /cache\.a\[3\]: expected a difficulty from 1 to 10, got "0.99"/],
		["a difficulty above 10", "a 2,100,3,10.5,3,0,0", /cache\.a\[3\]: expected a difficulty from 1 to 10, got "10.5"/],
		["a stability that is not a number", "a 2,100,x,2,3,0,0", /cache\.a\[2\]: expected a number, got "x"/],
		["an infinite difficulty", "a 2,100,1,1e999,3,0,0", /cache\.a\[3\]: expected a number, got "1e999"/],
		["a negative lapse count", "a 2,100,1,2,3,0,-1", /cache\.a\[6\]: expected a whole number ≥ 0, got "-1"/],
		["six fields", "a 2,100,1,2,3,0", /cache\.a: expected a schedule state,due,stability,difficulty,scheduledDays,step,lapses, got "2,100,1,2,3,0"/],
		["eight fields", "a 2,100,1,2,3,0,0,9", /cache\.a: expected a schedule .*, got "2,100,1,2,3,0,0,9"/],
		["cards out of order", "b 2,100,1,2,3,0,0\na 2,100,1,2,3,0,0", /cache line 2: expected card ids in order, each once, got "a"/],
		["a line without a card id", "2,100,1,2,3,0,0", /cache line 1: expected a card id/],
	])("rejects %s, naming the card and field", (_, text, message) => {
		expect(() => read(text)).toThrow(CollectionDataError);
		expect(() => read(text)).toThrow(message);
	});
});
