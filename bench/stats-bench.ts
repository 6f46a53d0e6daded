/**
 * Benchmark of the statistics view's computation at the size of a heavy user's collection:
 * 50,000 cards and 500,000 answers over two years, built deterministically from a seed.
 */
import { computeStatistics } from "../src/core";
import { medianMs, type Measurement } from "./measurement";
import type { CardInfo, CardState, Rating, ReviewRecord, StatisticsOptions, UtcOffset } from "../src/core";
import { seededRandom } from "../src/core/scheduler/optimizer/training-schedule";

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 15, 10);


/** Berlin's offset with its DST rule (last Sunday of March / October, 01:00 UTC), without Intl. */
const berlin: UtcOffset = (epochMs) => {
	const year = new Date(epochMs).getUTCFullYear();
	const lastSunday = (month: number): number => {
		const last = new Date(Date.UTC(year, month + 1, 0, 1));
		return last.getTime() - last.getUTCDay() * DAY;
	};
	return epochMs >= lastSunday(2) && epochMs < lastSunday(9) ? 120 : 60;
};

/** The benchmark's options: days start at 4:00 in Berlin. */
export const BENCH_OPTIONS: StatisticsOptions = { dayStartHour: 4, utcOffset: berlin };

/** Builds `cardCount` cards and `recordCount` answers over three years, the log in time order. */
export function buildCollection(cardCount: number, recordCount: number): { cards: CardInfo[]; records: ReviewRecord[] } {
	const next = seededRandom(42);
	// Nine cards in ten have been answered; they share the answers evenly (to the one).
	const answered = Math.floor(cardCount * 0.9);
	const perCard = recordCount / answered;
	const cards: CardInfo[] = [];
	const records: ReviewRecord[] = [];
	for (let i = 0; i < cardCount; i++) {
		const id = `card-${i}`;
		const deck = `Deck ${i % 7}::Part ${i % 5}`;
		const answers = i < answered ? Math.floor((i + 1) * perCard) - Math.floor(i * perCard) : 0;
		// Intervals stay under 61 days, so every history ends before now.
		let time = NOW - 1100 * DAY + Math.floor(next() * 360 * DAY);
		let state: CardState = "new";
		let interval = 0;
		let stability = 0;
		for (let a = 0; a < answers; a++) {
			const rating = (1 + Math.floor(next() * 4)) as Rating;
			const before: CardState = state;
			interval = rating === 1 ? 0 : Math.min(60, Math.max(1, Math.round((interval + 1) * (1.2 + next()))));
			stability = Math.max(0.5, interval * (0.8 + next() * 0.4));
			state = rating === 1 ? (before === "new" ? "learning" : "relearning") : "review";
			records.push({
				card: id,
				time,
				rating,
				device: "bench",
				offset: berlin(time),
				duration: 2000 + Math.floor(next() * 8000),
				stateBefore: before,
				state,
				due: time + Math.max(interval * DAY, 600_000),
				scheduledDays: interval,
				stability,
				difficulty: 1 + next() * 9,
				elapsedDays: a === 0 ? 0 : interval,
			});
			time += Math.max(interval * DAY, 600_000) + Math.floor(next() * DAY);
		}
		const last = records[records.length - 1];
		const latest = answers > 0 && last?.card === id ? last : undefined;
		cards.push({
			id,
			noteCardId: `note-${Math.floor(i / 2)}`,
			kind: "basic",
			path: `Notes/${i % 500}.md`,
			line: i % 40,
			front: `Question ${i}`,
			back: `Answer ${i}`,
			context: [],
			tags: [],
			deck,
			state: latest?.state ?? "new",
			due: latest?.due ?? NOW,
			reps: answers,
			lapses: 0,
			suspended: i % 97 === 0,
			buried: i % 89 === 0,
			leech: i % 211 === 0,
			stability: latest?.stability ?? 0,
			difficulty: latest?.difficulty ?? 0,
			added: 0,
			...(latest ? { lastReview: latest.time } : {}),
		});
	}
	records.sort((a, b) => a.time - b.time);
	return { cards, records };
}

/**
 * Times `computeStatistics` over 50,000 cards and 500,000 answers (median of `runs` after a warm-up):
 * the whole collection with the log grouped by card, as the plugin passes it (each card's replay, in
 * note order); the same log in time order, as `Collection.history()` returns it (every answer then
 * asks which card it is, and a card's answers lie scattered in memory); and one deck subtree of seven.
 */
export function statisticsBenchmark(runs = 7): Measurement[] {
	const { cards, records } = buildCollection(50_000, 500_000);
	const byCard = new Map<string, ReviewRecord[]>();
	for (const record of records) {
		const list = byCard.get(record.card);
		if (list) list.push(record);
		else byCard.set(record.card, [record]);
	}
	// Fresh objects, card by card, as replaying each card allocates them.
	const grouped = cards.flatMap((card) => (byCard.get(card.id) ?? []).map((record) => ({ ...record })));
	const inTimeOrder = [...grouped].sort((a, b) => a.time - b.time);
	const time = (log: readonly ReviewRecord[], deck?: string): number =>
		Math.round(medianMs(runs, () => computeStatistics(cards, log, NOW, BENCH_OPTIONS, deck)) * 10) / 10;
	return [
		{ name: "statsCards", value: cards.length, unit: "", label: "cards in the statistics benchmark" },
		{ name: "statsAnswers", value: grouped.length, unit: "", label: "answers in its review log" },
		{ name: "statsMs", value: time(grouped), unit: "ms", label: "computeStatistics, whole collection, log by card (target < 200)" },
		{ name: "statsDeckMs", value: time(grouped, "Deck 3"), unit: "ms", label: "computeStatistics, one deck subtree of seven" },
		{ name: "statsTimeOrderMs", value: time(inTimeOrder), unit: "ms", label: "computeStatistics, whole collection, log in time order" },
	];
}
