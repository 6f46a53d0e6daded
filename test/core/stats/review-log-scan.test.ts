import type { ReviewSink, ScannedReview } from "../../../src/core/stats/review-log-scan";
import { aReview, DAY, HOUR, localTime, reviewHistory, scanInto, TOKYO } from "./builders";

const NOW = localTime("2024-05-15T12:00", TOKYO);

/** Keeps a copy of every answer the scan gives. */
class Recorder implements ReviewSink {
	readonly seen: ScannedReview[] = [];
	add(review: ScannedReview): void {
		this.seen.push({ ...review });
	}
}

describe("scanReviewLog", () => {
	it("classes each answer by the interval its card had before it", () => {
		const seen = scanInto(reviewHistory("a", NOW - 31 * DAY, [1, 30]), NOW, () => new Recorder()).seen;
		expect(seen.map((r) => [r.kind, r.ago])).toEqual([
			["learning", 31],
			["young", 30],
		]);
	});

	it("reads the previous interval from the elapsed days when the log starts mid-history", () => {
		const seen = scanInto([aReview("a", NOW).elapsed(45).build()], NOW, () => new Recorder()).seen;
		expect(seen[0]?.kind).toBe("mature");
	});

	it("marks only a card's first answer of each local day", () => {
		const log = [
			aReview("a", NOW - 2 * HOUR).build(),
			aReview("b", NOW - HOUR).build(),
			aReview("a", NOW).build(),
			aReview("a", NOW + DAY).build(),
		];
		const seen = scanInto(log, NOW + DAY, () => new Recorder()).seen;
		expect(seen.map((r) => r.firstOfDay)).toEqual([true, true, false, true]);
	});

	it("takes the durations, unknown ones as 0", () => {
		const seen = scanInto([aReview("a", NOW).took(2500).build(), aReview("b", NOW).build()], NOW, () => new Recorder()).seen;
		expect(seen.map((r) => r.durationMs)).toEqual([2500, 0]);
	});
});

describe("scanReviewLog on logs in other orders", () => {
	const inTimeOrder = [
		...reviewHistory("a", NOW - 40 * DAY, [2, 10, 28]),
		...reviewHistory("b", NOW - 39 * DAY, [3, 30]),
	].sort((x, y) => x.time - y.time);
	const expected = scanInto(inTimeOrder, NOW, () => new Recorder()).seen;
	const byCard = (r: ScannedReview[]) => [...r].sort((x, y) => x.day - y.day || x.kind.localeCompare(y.kind));

	it("reads a log grouped by card as it reads one in time order", () => {
		const grouped = [...inTimeOrder].sort((x, y) => x.card.localeCompare(y.card));
		expect(byCard(scanInto(grouped, NOW, () => new Recorder()).seen)).toEqual(byCard(expected));
	});

	it("sorts a copy of a log whose answers of a card are out of order, and starts the sinks afresh", () => {
		const shuffled = [...inTimeOrder].reverse();
		const before = [...shuffled];
		expect(scanInto(shuffled, NOW, () => new Recorder()).seen).toEqual(expected);
		expect(shuffled).toEqual(before);
	});
});
