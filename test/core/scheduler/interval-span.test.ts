import { intervalSpan, type IntervalSpan } from "../../../src/core/scheduler/interval-span";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe("intervalSpan", () => {
	it.each<{ ms: number; span: IntervalSpan }>([
		{ ms: -5 * MINUTE, span: { amount: 1, unit: "m", under: true } },
		{ ms: 0, span: { amount: 1, unit: "m", under: true } },
		{ ms: 30 * SECOND, span: { amount: 1, unit: "m", under: true } },
		{ ms: MINUTE, span: { amount: 1, unit: "m" } },
		{ ms: 6 * MINUTE, span: { amount: 6, unit: "m" } },
		{ ms: 10 * MINUTE, span: { amount: 10, unit: "m" } },
		{ ms: 15 * MINUTE, span: { amount: 15, unit: "m" } },
		{ ms: 59 * MINUTE + 50 * SECOND, span: { amount: 1, unit: "h" } },
		{ ms: HOUR, span: { amount: 1, unit: "h" } },
		{ ms: 5 * HOUR + 20 * MINUTE, span: { amount: 5, unit: "h" } },
		{ ms: 23 * HOUR + 45 * MINUTE, span: { amount: 1, unit: "d" } },
		{ ms: DAY, span: { amount: 1, unit: "d" } },
		{ ms: 12 * DAY, span: { amount: 12, unit: "d" } },
		{ ms: 30 * DAY, span: { amount: 30, unit: "d" } },
		{ ms: 31 * DAY, span: { amount: 1, unit: "mo" } },
		{ ms: 45 * DAY, span: { amount: 1.5, unit: "mo" } },
		{ ms: 97 * DAY, span: { amount: 3.2, unit: "mo" } },
		{ ms: 340 * DAY, span: { amount: 11.2, unit: "mo" } },
		{ ms: 364 * DAY, span: { amount: 1, unit: "y" } },
		{ ms: 365 * DAY, span: { amount: 1, unit: "y" } },
		{ ms: 548 * DAY, span: { amount: 1.5, unit: "y" } },
		{ ms: 36500 * DAY, span: { amount: 100, unit: "y" } },
	])("rounds $ms ms to $span.amount $span.unit", ({ ms, span }) => {
		expect(intervalSpan(ms)).toEqual(span);
	});
});
