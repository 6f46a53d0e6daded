import { formatInterval } from "../../../src/core/scheduler/interval-format";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe("formatInterval", () => {
	it.each([
		{ ms: -5 * MINUTE, label: "<1m" },
		{ ms: 0, label: "<1m" },
		{ ms: 30 * SECOND, label: "<1m" },
		{ ms: MINUTE, label: "1m" },
		{ ms: 6 * MINUTE, label: "6m" },
		{ ms: 10 * MINUTE, label: "10m" },
		{ ms: 15 * MINUTE, label: "15m" },
		{ ms: 59 * MINUTE + 50 * SECOND, label: "1h" },
		{ ms: HOUR, label: "1h" },
		{ ms: 5 * HOUR + 20 * MINUTE, label: "5h" },
		{ ms: 23 * HOUR + 45 * MINUTE, label: "1d" },
		{ ms: DAY, label: "1d" },
		{ ms: 12 * DAY, label: "12d" },
		{ ms: 30 * DAY, label: "30d" },
		{ ms: 31 * DAY, label: "1mo" },
		{ ms: 45 * DAY, label: "1.5mo" },
		{ ms: 97 * DAY, label: "3.2mo" },
		{ ms: 340 * DAY, label: "11.2mo" },
		{ ms: 364 * DAY, label: "1y" },
		{ ms: 365 * DAY, label: "1y" },
		{ ms: 548 * DAY, label: "1.5y" },
		{ ms: 36500 * DAY, label: "100y" },
	])("shows $ms ms as $label", ({ ms, label }) => {
		expect(formatInterval(ms)).toBe(label);
	});
});
