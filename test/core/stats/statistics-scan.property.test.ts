import fc from "fast-check";
import { computeStatistics, reviewTrail, StatisticsScan, deckCardIds, type CardInfo, type CardState, type Rating, type ReviewRecord } from "../../../src/core";
import { aCard, aReview, DAY, MINUTE, TOKYO_4AM } from "./builders";

const NOW = Date.UTC(2024, 4, 15, 3);
const DECKS = ["A", "A::B", "C"];
const STATES: CardState[] = ["new", "learning", "review", "relearning"];

/** One answer as drawn: minutes after the card's previous one, rating, state before, interval given. */
const answer = fc.record({
	gap: fc.integer({ min: 1, max: 60 * 24 * 90 }),
	rating: fc.constantFrom<Rating>(1, 2, 3, 4),
	before: fc.constantFrom(...STATES),
	days: fc.integer({ min: 0, max: 120 }),
	duration: fc.option(fc.integer({ min: 500, max: 60_000 }), { nil: undefined }),
});

/** A collection drawn at random: cards in three decks, each with a history ending before or after now. */
const collection = fc
	.array(fc.record({ deck: fc.constantFrom(...DECKS), start: fc.integer({ min: 0, max: 700 }), answers: fc.array(answer, { maxLength: 12 }) }), { maxLength: 25 })
	.map((drawn) => {
		const cards: CardInfo[] = [];
		const byCard: ReviewRecord[][] = [];
		drawn.forEach(({ deck, start, answers }, i) => {
			const id = `card-${i}`;
			let time = NOW - start * DAY;
			const records = answers.map(({ gap, rating, before, days, duration }) => {
				time += gap * MINUTE;
				const built = aReview(id, time).from(before).rating(rating).gives(days).elapsed(days).build();
				return duration === undefined ? built : { ...built, duration };
			});
			byCard.push(records);
			const card = aCard(id).deck(deck);
			cards.push((records.length > 0 ? card.review(time, 5) : card).build());
		});
		return { cards, byCard };
	});

const deckChoice = fc.option(fc.constantFrom(...DECKS), { nil: undefined });

function scanOf(cards: readonly CardInfo[], deck: string | undefined): StatisticsScan {
	return new StatisticsScan(NOW, TOKYO_4AM, deck, deck === undefined ? undefined : deckCardIds(cards, deck));
}

describe("statistics computed in steps", () => {
	it("are the one-shot figures when the log is read in slices of any size", () => {
		fc.assert(
			fc.property(collection, deckChoice, fc.array(fc.nat(), { maxLength: 6 }), ({ cards, byCard }, deck, cuts) => {
				const log = byCard.flat();
				const scan = scanOf(cards, deck);
				const points = [...new Set(cuts.map((cut) => (log.length === 0 ? 0 : cut % log.length)))].sort((a, b) => a - b);
				let from = 0;
				for (const to of [...points, log.length]) {
					expect(scan.add(log, from, to)).toBe(true);
					from = to;
				}
				expect(scan.result(cards)).toEqual(computeStatistics(cards, log, NOW, TOKYO_4AM, deck));
			}),
			{ numRuns: 150 },
		);
	});

	it("are the one-shot figures when the answers given since are added to the earlier ones", () => {
		fc.assert(
			fc.property(collection, deckChoice, fc.array(fc.nat(), { maxLength: 25 }), fc.boolean(), ({ cards, byCard }, deck, splits, reverse) => {
				// Each card's history cut in two: what the view read first, and the answers given since.
				const cut = byCard.map((records, i) => (records.length === 0 ? 0 : (splits[i] ?? records.length) % (records.length + 1)));
				const scan = scanOf(cards, deck);
				byCard.forEach((records, i) => expect(scan.add(records.slice(0, cut[i]))).toBe(true));
				const later = byCard.map((records, i) => records.slice(cut[i]));
				for (const records of reverse ? later.reverse() : later) expect(scan.add(records)).toBe(true);
				expect(scan.result(cards)).toEqual(computeStatistics(cards, byCard.flat(), NOW, TOKYO_4AM, deck));
			}),
			{ numRuns: 150 },
		);
	});

	it("are the one-shot figures of a log in time order, whatever order the cards are read in", () => {
		fc.assert(
			fc.property(collection, ({ cards, byCard }) => {
				const scan = scanOf(cards, undefined);
				for (const records of [...byCard].reverse()) scan.add(records);
				const inTimeOrder = byCard.flat().sort((a, b) => a.time - b.time);
				expect(scan.result(cards)).toEqual(computeStatistics(cards, inTimeOrder, NOW, TOKYO_4AM));
			}),
			{ numRuns: 100 },
		);
	});

	it("are the one-shot figures when each card's packed answers are read, the earlier ones first and those given since later", () => {
		fc.assert(
			fc.property(collection, deckChoice, fc.array(fc.nat(), { maxLength: 25 }), fc.boolean(), ({ cards, byCard }, deck, splits, reverse) => {
				// A view reads each card's answers as they were, then the card again with its later answers.
				const cut = byCard.map((records, i) => (records.length === 0 ? 0 : (splits[i] ?? records.length) % (records.length + 1)));
				const scan = scanOf(cards, deck);
				byCard.forEach((records, i) => expect(scan.addTrail(reviewTrail(`card-${i}`, records.slice(0, cut[i])))).toBe(true));
				const whole = byCard.map((records, i) => ({ trail: reviewTrail(`card-${i}`, records), from: cut[i] }));
				for (const { trail, from } of reverse ? whole.reverse() : whole) expect(scan.addTrail(trail, from)).toBe(true);
				expect(scan.result(cards)).toEqual(computeStatistics(cards, byCard.flat(), NOW, TOKYO_4AM, deck));
			}),
			{ numRuns: 150 },
		);
	});

	it("are the one-shot figures of a log that starts mid-history, read as packed answers", () => {
		fc.assert(
			fc.property(collection, fc.array(fc.nat(), { maxLength: 25 }), ({ cards, byCard }, starts) => {
				// A purge left each card's later answers only: the first one's elapsed days stand for the interval before.
				const kept = byCard.map((records, i) => records.slice((starts[i] ?? 0) % (records.length + 1)));
				const scan = scanOf(cards, undefined);
				kept.forEach((records, i) => expect(scan.addTrail(reviewTrail(`card-${i}`, records))).toBe(true));
				expect(scan.result(cards)).toEqual(computeStatistics(cards, kept.flat(), NOW, TOKYO_4AM));
			}),
			{ numRuns: 100 },
		);
	});

	it("refuses a card's answer that goes back to an earlier day, and stays refused", () => {
		const scan = scanOf([], undefined);
		expect(scan.add([aReview("x", NOW - 2 * DAY).build()])).toBe(true);
		expect(scan.add([aReview("x", NOW - 5 * DAY).build()])).toBe(false);
		expect(scan.usable).toBe(false);
		expect(scan.add([aReview("y", NOW - DAY).build()])).toBe(false);
	});
});
