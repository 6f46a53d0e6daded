import { DEFAULT_SCHEDULER_OPTIONS } from "../../../src/core";
import { zoneUtcOffset } from "../../../src/core/scheduler/local-day";
import {
	buildQueue,
	intersperse,
	LEARN_AHEAD_MS,
	nextLearningDue,
	type DayProgress,
	type QueueOptions,
} from "../../../src/core/scheduler/review-queue";
import type { CardInfo } from "../../../src/core/types";
import { cardInfo, cardInfos } from "./card-info-builder";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const TOKYO = zoneUtcOffset("Asia/Tokyo");
const NOW = Date.UTC(2024, 4, 6, 3); // Monday 12:00 in Tokyo; the next day starts at 19:00 UTC
const TOMORROW = Date.UTC(2024, 4, 6, 19);
const OPTIONS: QueueOptions = { ...DEFAULT_SCHEDULER_OPTIONS, utcOffset: TOKYO };
const FRESH_DAY: DayProgress = { newAnswered: 0, reviewsAnswered: 0 };

const ids = (cards: CardInfo[]): string[] => cards.map((c) => c.id);

describe("intersperse", () => {
	it.each([
		{ main: ["r1", "r2", "r3", "r4"], extra: ["n1"], out: ["r1", "r2", "n1", "r3", "r4"] },
		{ main: ["r1", "r2"], extra: ["n1", "n2"], out: ["n1", "r1", "n2", "r2"] },
		{ main: ["r1", "r2", "r3", "r4", "r5", "r6"], extra: ["n1", "n2"], out: ["r1", "r2", "n1", "r3", "r4", "n2", "r5", "r6"] },
		{ main: [], extra: ["n1", "n2"], out: ["n1", "n2"] },
		{ main: ["r1"], extra: [], out: ["r1"] },
	])("spreads $extra among $main", ({ main, extra, out }) => {
		expect(intersperse(main, extra)).toEqual(out);
	});
});

describe("buildQueue", () => {
	it("shows learning cards due now first, then reviews with new cards spread among them, then learning due soon", () => {
		const cards = [
			cardInfo(1, { state: "learning", due: NOW + 5 * MINUTE }),
			cardInfo(2, { state: "review", due: NOW - 3 * HOUR }),
			cardInfo(3, { state: "relearning", due: NOW - MINUTE }),
			cardInfo(4, { state: "new" }),
			cardInfo(5, { state: "review", due: NOW - 2 * HOUR }),
			cardInfo(6, { state: "learning", due: NOW - 2 * MINUTE }),
		];
		const queue = buildQueue(cards, NOW, OPTIONS, FRESH_DAY);
		expect(ids(queue.cards)).toEqual(["card-6", "card-3", "card-2", "card-4", "card-5", "card-1"]);
		expect(queue.counts).toEqual({ new: 1, learn: 3, due: 2 });
	});

	it("counts reviews due any time before the next day starts, not later ones", () => {
		const cards = [
			cardInfo(1, { state: "review", due: TOMORROW - 1 }),
			cardInfo(2, { state: "review", due: TOMORROW }),
			cardInfo(3, { state: "review", due: NOW + HOUR }),
		];
		expect(ids(buildQueue(cards, NOW, OPTIONS, FRESH_DAY).cards)).toEqual(["card-3", "card-1"]);
	});

	it("shows learning cards within the learn-ahead limit only", () => {
		const cards = [
			cardInfo(1, { state: "learning", due: NOW + LEARN_AHEAD_MS }),
			cardInfo(2, { state: "learning", due: NOW + LEARN_AHEAD_MS + 1 }),
		];
		const queue = buildQueue(cards, NOW, OPTIONS, FRESH_DAY);
		expect(ids(queue.cards)).toEqual(["card-1"]);
		expect(nextLearningDue(cards, NOW)).toBe(NOW + LEARN_AHEAD_MS + 1);
		expect(nextLearningDue(cards.slice(0, 1), NOW)).toBeUndefined();
	});

	it("leaves out suspended and buried cards, and cards outside the deck subtree", () => {
		const cards = [
			cardInfo(1, { suspended: true }),
			cardInfo(2, { buried: true, state: "review", due: NOW }),
			cardInfo(3, { deck: "AWS::Cognito" }),
			cardInfo(4, { deck: "AWS::CognitoX" }),
			cardInfo(5, { deck: "AWS" }),
			cardInfo(6, { deck: "AWS::Cognito::Pools" }),
		];
		expect(ids(buildQueue(cards, NOW, OPTIONS, FRESH_DAY, "AWS::Cognito").cards)).toEqual(["card-3", "card-6"]);
		expect(buildQueue(cards, NOW, OPTIONS, FRESH_DAY).counts.new).toBe(4);
	});

	it.each([
		{ description: "20 new cards a day by default", newCards: 30, reviews: 0, today: FRESH_DAY, counts: { new: 20, learn: 0, due: 0 } },
		{ description: "new cards answered today count against the new limit", newCards: 30, reviews: 0, today: { newAnswered: 15, reviewsAnswered: 0 }, counts: { new: 5, learn: 0, due: 0 } },
		{ description: "200 reviews a day by default", newCards: 0, reviews: 250, today: FRESH_DAY, counts: { new: 0, learn: 0, due: 200 } },
		{ description: "answered reviews count against the review limit", newCards: 0, reviews: 250, today: { newAnswered: 0, reviewsAnswered: 120 }, counts: { new: 0, learn: 0, due: 80 } },
		{ description: "new cards fill what the reviews leave of the review limit", newCards: 30, reviews: 190, today: FRESH_DAY, counts: { new: 10, learn: 0, due: 190 } },
		{ description: "a review backlog pauses new cards", newCards: 30, reviews: 250, today: FRESH_DAY, counts: { new: 0, learn: 0, due: 200 } },
		{ description: "new cards answered today use up review limit too", newCards: 30, reviews: 185, today: { newAnswered: 10, reviewsAnswered: 0 }, counts: { new: 5, learn: 0, due: 185 } },
		{ description: "limits already passed show nothing, never less than nothing", newCards: 5, reviews: 5, today: { newAnswered: 30, reviewsAnswered: 300 }, counts: { new: 0, learn: 0, due: 0 } },
	])("applies daily limits: $description", ({ newCards, reviews, today, counts }) => {
		const cards = [
			...cardInfos(1, newCards),
			...cardInfos(1000, reviews, (n) => ({ state: "review", due: NOW - n * MINUTE })),
			...cardInfos(2000, 3, () => ({ state: "learning", due: TOMORROW + HOUR })),
		];
		const queue = buildQueue(cards, NOW, OPTIONS, today);
		expect(queue.counts).toEqual(counts);
		expect(queue.cards.filter((c) => c.state === "new")).toHaveLength(counts.new);
		expect(queue.cards.filter((c) => c.state === "review")).toHaveLength(counts.due);
	});

	it("never limits learning cards", () => {
		const cards = cardInfos(1, 300, (n) => ({ state: "learning", due: NOW - n }));
		const queue = buildQueue(cards, NOW, OPTIONS, { newAnswered: 20, reviewsAnswered: 200 });
		expect(queue.counts.learn).toBe(300);
	});

	it("takes the most overdue reviews and the first new cards in deck and note order", () => {
		const cards = [
			cardInfo(1, { deck: "B" }),
			cardInfo(2, { deck: "A", path: "z.md", line: 0 }),
			cardInfo(3, { deck: "A", path: "a.md", line: 9 }),
			cardInfo(4, { state: "review", due: NOW - HOUR }),
			cardInfo(5, { state: "review", due: NOW - 2 * HOUR }),
			cardInfo(6, { state: "review", due: NOW - 3 * HOUR }),
		];
		const options = { ...OPTIONS, newPerDay: 2, reviewsPerDay: 4 };
		expect(ids(buildQueue(cards, NOW, options, FRESH_DAY).cards)).toEqual(["card-6", "card-3", "card-5", "card-4"]);
	});

	it("orders the same whatever order the cards come in, ties broken by place in the notes", () => {
		const cards = [
			cardInfo(1, { state: "review", due: NOW, path: "b.md", line: 1 }),
			cardInfo(2, { state: "review", due: NOW, path: "a.md", line: 7 }),
			cardInfo(3, { state: "review", due: NOW, path: "a.md", line: 2 }),
			cardInfo(4, { state: "review", due: NOW, path: "a.md", line: 2, id: "card-0" }),
			cardInfo(5, { path: "c.md", line: 4, kind: "cloze", cloze: 2 }),
			cardInfo(6, { path: "c.md", line: 4, kind: "cloze", cloze: 1 }),
		];
		const forward = ids(buildQueue(cards, NOW, OPTIONS, FRESH_DAY).cards);
		expect(forward).toEqual(["card-0", "card-6", "card-3", "card-5", "card-2", "card-1"]);
		expect(ids(buildQueue([...cards].reverse(), NOW, OPTIONS, FRESH_DAY).cards)).toEqual(forward);
	});

	it("counts today in the zone it is given", () => {
		// NOW is 12:00 Monday in Tokyo but 23:00 Sunday in New York, whose Monday starts at 08:00 UTC.
		const mondayEvening = cardInfo(1, { state: "review", due: Date.UTC(2024, 4, 6, 10) }); // Tokyo 19:00, New York 06:00
		const newYork = { ...OPTIONS, utcOffset: zoneUtcOffset("America/New_York") };
		expect(buildQueue([mondayEvening], NOW, OPTIONS, FRESH_DAY).counts.due).toBe(1);
		expect(buildQueue([mondayEvening], NOW, newYork, FRESH_DAY).counts.due).toBe(0);
	});
});
