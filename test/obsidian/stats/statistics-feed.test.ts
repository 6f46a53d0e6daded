/**
 * @jest-environment jsdom
 */
import { computeStatistics, reviewTrail, type CardInfo, type ReviewRecord, type Statistics } from "../../../src/core";
import { StatisticsFeed } from "../../../src/obsidian/stats/statistics-feed";
import { aCard, aReview, DAY, TOKYO_4AM } from "../../core/stats/builders";

const NOW = Date.UTC(2024, 4, 15, 3);

/** A collection of `count` cards in notes of ten, each answered a few times, and the reads made of it. */
function source(count: number): { cards: CardInfo[]; histories: Map<string, ReviewRecord[]>; reads: string[]; feed: (sliceMs?: number) => StatisticsFeed } {
	const cards: CardInfo[] = [];
	const histories = new Map<string, ReviewRecord[]>();
	for (let i = 0; i < count; i++) {
		const id = `c${i}`;
		cards.push(aCard(id).deck(i % 2 === 0 ? "A" : "B").build());
		cards[i] = { ...(cards[i] as CardInfo), path: `Note ${Math.floor(i / 10)}.md` };
		histories.set(id, [aReview(id, NOW - (30 + (i % 7)) * DAY).from("new").gives(3).elapsed(0).build(), aReview(id, NOW - (20 - (i % 5)) * DAY).gives(10).elapsed(3).build()]);
	}
	const reads: string[] = [];
	// Without a budget given, a reading never yields (the tests of slicing give 0 ms).
	const feed = (sliceMs = Infinity): StatisticsFeed =>
		new StatisticsFeed(
			{
				cards: () => cards,
				trail: (id) => {
					reads.push(id);
					return reviewTrail(id, histories.get(id) ?? []);
				},
				options: () => TOKYO_4AM,
				now: () => NOW,
			},
			sliceMs,
		);
	return { cards, histories, reads, feed };
}

function oneShot(cards: readonly CardInfo[], histories: Map<string, ReviewRecord[]>, deck?: string): Statistics {
	return computeStatistics(cards, cards.flatMap((card) => histories.get(card.id) ?? []), NOW, TOKYO_4AM, deck);
}

describe("statistics feed", () => {
	it("gives the one-shot figures at once for a small collection", () => {
		const { cards, histories, feed } = source(30);
		expect(feed().statistics(undefined)).toEqual(oneShot(cards, histories));
		expect(feed().statistics("A")).toEqual(oneShot(cards, histories, "A"));
	});

	it("reads a large collection in slices, says how far it is, and gives the same figures", async () => {
		const { cards, histories, feed } = source(1000);
		const progress: number[] = [];
		const result = feed(0).statistics(undefined, (done) => progress.push(done));
		expect(result).toBeInstanceOf(Promise);
		expect(await result).toEqual(oneShot(cards, histories));
		expect(progress.length).toBeGreaterThan(5);
		expect(progress).toEqual([...progress].sort((a, b) => a - b));
	});

	it("reads again only the notes that changed, and adds their new answers", () => {
		const { cards, histories, reads, feed } = source(200);
		const statistics = feed();
		statistics.statistics(undefined);
		reads.length = 0;
		histories.get("c42")?.push(aReview("c42", NOW - DAY).gives(20).elapsed(10).build());
		statistics.changed(["Note 4.md"]);
		expect(statistics.statistics(undefined)).toEqual(oneShot(cards, histories));
		expect(reads.sort()).toEqual(cards.filter((card) => card.path === "Note 4.md").map((card) => card.id).sort());
	});

	it("drops the answers undone, and the cards gone, from the figures", () => {
		const { cards, histories, feed } = source(200);
		const statistics = feed();
		statistics.statistics("A");
		histories.set("c12", (histories.get("c12") ?? []).slice(0, 1));
		statistics.changed(["Note 1.md"]);
		expect(statistics.statistics("A")).toEqual(oneShot(cards, histories, "A"));
		cards.splice(100, 20);
		statistics.changed(null);
		expect(statistics.statistics("A")).toEqual(oneShot(cards, histories, "A"));
	});

	it("gives up a slow reading when a newer one starts, and the newer one has every change", async () => {
		const { cards, histories, feed } = source(1000);
		const statistics = feed(0);
		const first = statistics.statistics(undefined);
		histories.get("c5")?.push(aReview("c5", NOW - DAY).gives(20).elapsed(10).build());
		statistics.changed(["Note 0.md"]);
		let firstSettled = false;
		void Promise.resolve(first).then(() => (firstSettled = true));
		expect(await statistics.statistics(undefined)).toEqual(oneShot(cards, histories));
		expect(firstSettled).toBe(false);
	});
});
