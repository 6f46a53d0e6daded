/**
 * Builders for statistics tests: cards, answers and time zones, written as a user would describe
 * them ("a mature review card due tomorrow", "Good on a young card at 03:59 Tokyo time").
 */
import { createDayClock } from "../../../src/core";
import type { CardInfo, CardState, Rating, ReviewRecord, StatisticsOptions, UtcOffset } from "../../../src/core";
import { scanReviewLog, type ReviewSink } from "../../../src/core/stats/review-log-scan";

export const MINUTE = 60_000;
export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/** A zone with a fixed offset in minutes (east positive). */
export function fixedZone(minutes: number): UtcOffset {
	return () => minutes;
}

/** A real IANA zone, read through Intl (tests only: the core never asks the runtime). */
export function ianaZone(zone: string): UtcOffset {
	const format = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
	return (epochMs) => {
		const name = format.formatToParts(new Date(epochMs)).find((part) => part.type === "timeZoneName")?.value ?? "";
		const match = /GMT([+-])(\d\d):(\d\d)/.exec(name);
		if (!match) return 0;
		const minutes = Number(match[2]) * 60 + Number(match[3]);
		return match[1] === "-" ? -minutes : minutes;
	};
}

/** The instant a local wall-clock time `YYYY-MM-DDTHH:mm` reads in a zone. */
export function localTime(wall: string, zone: UtcOffset): number {
	const asUtc = Date.parse(`${wall}:00Z`);
	const guess = asUtc - zone(asUtc) * MINUTE;
	return asUtc - zone(guess) * MINUTE;
}

/** Tokyo: UTC+9 all year. */
export const TOKYO = fixedZone(540);

/** Builds a CardInfo; a review card gets its interval from `lastReview` and `due`. */
export class CardBuilder {
	private card: CardInfo = {
		id: "c1",
		noteCardId: "n1",
		kind: "basic",
		path: "Deck.md",
		line: 0,
		front: "Q",
		back: "A",
		context: [],
		tags: [],
		deck: "Default",
		state: "new",
		due: 0,
		reps: 0,
		lapses: 0,
		suspended: false,
		buried: false,
		leech: false,
		stability: 0,
		difficulty: 0,
		added: 0,
	};

	id(id: string): this {
		this.card.id = id;
		this.card.noteCardId = `n-${id}`;
		return this;
	}

	deck(deck: string): this {
		this.card.deck = deck;
		return this;
	}

	/** New, due at `due`. */
	isNew(due = 0): this {
		this.card.state = "new";
		this.card.due = due;
		return this;
	}

	/** In (re)learning steps, last answered at `lastReview`, due at `due`. */
	learning(lastReview: number, due: number, state: CardState = "learning"): this {
		Object.assign(this.card, { state, lastReview, due, stability: 1, difficulty: 5, reps: 1 });
		return this;
	}

	/** A review card answered at `lastReview` and given `intervalDays`. */
	review(lastReview: number, intervalDays: number): this {
		Object.assign(this.card, {
			state: "review",
			lastReview,
			due: lastReview + intervalDays * DAY,
			stability: Math.max(intervalDays, 0.5),
			difficulty: 5,
			reps: 3,
		});
		return this;
	}

	memory(stability: number, difficulty: number): this {
		this.card.stability = stability;
		this.card.difficulty = difficulty;
		return this;
	}

	suspended(): this {
		this.card.suspended = true;
		return this;
	}

	buried(): this {
		this.card.buried = true;
		return this;
	}

	leech(): this {
		this.card.leech = true;
		return this;
	}

	build(): CardInfo {
		return { ...this.card };
	}
}

export function aCard(id = "c1"): CardBuilder {
	return new CardBuilder().id(id);
}

/** Builds one answer of the log. */
export class ReviewBuilder {
	private record: ReviewRecord;

	constructor(card: string, time: number) {
		this.record = {
			card,
			time,
			rating: 3,
			device: "d1",
			offset: 0,
			stateBefore: "review",
			state: "review",
			due: time + DAY,
			scheduledDays: 1,
			stability: 1,
			difficulty: 5,
			elapsedDays: 1,
		};
	}

	rating(rating: Rating): this {
		this.record.rating = rating;
		return this;
	}

	/** The card's state before the answer. */
	from(state: CardState): this {
		this.record.stateBefore = state;
		return this;
	}

	/** The interval this answer gave, in days (0: a learning step). */
	gives(days: number): this {
		this.record.scheduledDays = days;
		this.record.due = this.record.time + Math.max(days * DAY, 10 * MINUTE);
		this.record.state = days === 0 ? (this.record.stateBefore === "review" ? "relearning" : "learning") : "review";
		return this;
	}

	elapsed(days: number): this {
		this.record.elapsedDays = days;
		return this;
	}

	took(ms: number): this {
		this.record.duration = ms;
		return this;
	}

	build(): ReviewRecord {
		return { ...this.record };
	}
}

export function aReview(card: string, time: number): ReviewBuilder {
	return new ReviewBuilder(card, time);
}

/**
 * A card's whole history as a user lived it: first seen, then answered on review with `interval`
 * days given each time, on consecutive due dates. Gives the records in time order.
 */
export function reviewHistory(card: string, start: number, intervals: readonly number[], rating: Rating = 3): ReviewRecord[] {
	const records: ReviewRecord[] = [aReview(card, start).from("new").gives(intervals[0] ?? 1).elapsed(0).build()];
	let time = start;
	for (let i = 1; i < intervals.length; i++) {
		const previous = intervals[i - 1] ?? 1;
		time += previous * DAY;
		records.push(aReview(card, time).from("review").rating(rating).gives(intervals[i] ?? 1).elapsed(previous).build());
	}
	return records;
}

/** Days start at 4:00 in Tokyo: the zone of most tests here. */
export const TOKYO_4AM: StatisticsOptions = { dayStartHour: 4, utcOffset: TOKYO };

/** Runs a log scan at `now` into a sink that `makeSink` creates, and gives the sink back. */
export function scanInto<S extends ReviewSink>(
	records: readonly ReviewRecord[],
	now: number,
	makeSink: () => S,
	options = TOKYO_4AM,
): S {
	const clock = createDayClock(options);
	const [scanned] = scanReviewLog(records, clock, clock.dayOf(now), () => [makeSink()] as const);
	return scanned;
}
