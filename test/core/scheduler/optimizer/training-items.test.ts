import { trainingItems, type ReviewRecord, type ReviewSource, type TrainingItem } from "../../../../src/core";
import { at, card, indexCards, newCollection } from "../../collection/builders";

/** Items as [rating, deltaT] pairs, for readable expectations. */
const pairs = (items: TrainingItem[]): [number, number][][] => items.map((item) => item.reviews.map((r) => [r.rating, r.deltaT]));

function answered() {
	const collection = newCollection();
	indexCards(collection, "A.md", [card("One?", "First.")], at(), "A");
	indexCards(collection, "B.md", [card("Two?", "Second.")], at(), "B");
	indexCards(collection, "C.md", [card("Three?", "Third.")], at(), "B::C");
	const id = (front: string): string => collection.cards().find((c) => c.front === front)?.id ?? "";
	// Days start at 04:00 UTC here: 03:00 UTC on day 3 still belongs to day 2.
	collection.answer(id("One?"), 3, at(0));
	collection.answer(id("One?"), 1, at(0, 5));
	collection.answer(id("One?"), 3, at(1));
	collection.answer(id("One?"), 3, at(3, -420));
	collection.answer(id("One?"), 3, at(10));
	collection.answer(id("Two?"), 3, at(0, 1));
	collection.answer(id("Two?"), 3, at(1, 1));
	collection.resetCard(id("Two?"), at(2));
	collection.answer(id("Two?"), 4, at(2, 1));
	collection.answer(id("Two?"), 3, at(5));
	collection.answer(id("Three?"), 2, at(0, 2));
	collection.answer(id("Three?"), 3, at(4));
	return collection;
}

describe("trainingItems", () => {
	it("builds one item per answer on a later local day, same-day answers kept in the history, a reset cutting it, oldest first", () => {
		expect(pairs(trainingItems(answered()))).toEqual([
			[[3, 0], [1, 0], [3, 1]],
			[[3, 0], [1, 0], [3, 1], [3, 1]],
			[[2, 0], [3, 4]],
			[[4, 0], [3, 3]],
			[[3, 0], [1, 0], [3, 1], [3, 1], [3, 8]],
		]);
	});

	it("narrows to a deck and its sub-decks with a deck: search", () => {
		const items = pairs(trainingItems(answered(), "deck:B::C"));
		expect(items).toEqual([[[2, 0], [3, 4]]]);
		expect(pairs(trainingItems(answered(), "deck:B"))).toEqual([
			[[2, 0], [3, 4]],
			[[4, 0], [3, 3]],
		]);
	});

	it("takes every card for an empty search", () => {
		expect(trainingItems(answered(), "  ")).toHaveLength(5);
	});
});

describe("trainingItems on any review source", () => {
	const DAY = 86_400_000;
	const record = (card: string, day: number, rating: 1 | 2 | 3 | 4, stateBefore: ReviewRecord["stateBefore"], more = {}) =>
		({ card, time: Date.UTC(2026, 0, 1, 12) + day * DAY, rating, stateBefore, offset: 0, ...more }) as unknown as ReviewRecord;
	const source = (records: ReviewRecord[], search?: ReviewSource["search"]): ReviewSource => ({
		history: () => records,
		options: () => ({ dayStartHour: 4 }),
		search: search ?? (() => records.map((r) => ({ id: r.card }))),
	});

	it("leaves out cards whose log does not start from new (imported history)", () => {
		expect(trainingItems(source([record("x", 0, 3, "review"), record("x", 5, 3, "review")]))).toEqual([]);
	});

	it("leaves out practice answers, which never moved the schedule", () => {
		const records = [record("x", 0, 3, "new"), record("x", 2, 1, "review", { practice: true }), record("x", 4, 3, "review")];
		expect(pairs(trainingItems(source(records)))).toEqual([[[3, 0], [3, 4]]]);
	});

	it("narrows by the collection's search when it has one, at the newest answer's time", () => {
		const records = [record("x", 0, 3, "new"), record("x", 3, 3, "learning"), record("y", 0, 3, "new"), record("y", 2, 3, "learning")];
		const asked: [string, number][] = [];
		const items = trainingItems(
			source(records, (query, now) => {
				asked.push([query, now.getTime()]);
				return [{ id: "y" }];
			}),
			"is:review",
		);
		expect(pairs(items)).toEqual([[[3, 0], [3, 2]]]);
		expect(asked).toEqual([["is:review", (records[1]?.time ?? 0) + 1]]);
	});

	it("counts a later answer on an earlier local day (after a trip west) as the same day", () => {
		const records = [record("x", 0, 3, "new"), record("x", 3, 3, "learning"), record("x", 3, 3, "review", { offset: -600 }), record("x", 6, 3, "review")];
		expect(pairs(trainingItems(source(records)))).toEqual([
			[[3, 0], [3, 3]],
			[[3, 0], [3, 3], [3, 0], [3, 3]],
		]);
	});
});
