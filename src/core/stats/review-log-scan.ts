/**
 * One pass over the review log for every log-based figure: each answer is dated in local days,
 * classified (learning, relearning, young, mature) and handed to the sinks, without per-card scans.
 * The log may come in time order or grouped by card; only each card's answers must be in order
 * (a log where one goes back to an earlier day is sorted, as a copy, and read again).
 */
import type { CardState, Rating, ReviewRecord } from "../types";
import { reviewKind, type ReviewKind } from "./card-maturity";
import type { DayClock } from "./day-clock";
import { trailDuration, trailLength, trailRating, trailScheduledDays, trailStateBefore, trailTime, type ReviewTrail } from "./review-trail";

/** One answer as the statistics read it. The scan reuses one object: sinks must copy what they keep. */
export interface ScannedReview {
	/** Local day number of the answer. */
	day: number;
	/** Days before today (0 today, 1 yesterday); never negative. */
	ago: number;
	rating: Rating;
	stateBefore: CardState;
	kind: ReviewKind;
	/** The card's first answer of that local day (true retention counts only these). */
	firstOfDay: boolean;
	/** Time spent answering, in ms; 0 when unknown. */
	durationMs: number;
}

/** Something a scan feeds, such as the retention table. Answers come in each card's order only. */
export interface ReviewSink {
	add(review: ScannedReview): void;
}

/** Answers read per batch (see scanInOrder). */
const BATCH = 256;

/** A day number before any answer: a card not seen yet. */
const NO_DAY = -0x80000000;

/** Where the scan keeps what it knows of each card: the previous answer's interval and local day. */
class CardMemory {
	private readonly slots = new Map<string, number>();
	// Per card, side by side: interval in whole days, then day number (small, so it stays in cache).
	memory = new Int32Array(2 * 1024);

	/**
	 * The offset in `memory` of a card, made on first sight with `previousDays` as the interval before
	 * the first answer read (a log that starts mid-history gives none: its elapsed days stand in for it).
	 */
	slotOf(card: string, previousDays: number): number {
		let slot = this.slots.get(card);
		if (slot !== undefined) return slot;
		slot = this.slots.size * 2;
		this.slots.set(card, slot);
		if (slot >= this.memory.length) {
			const grown = new Int32Array(this.memory.length * 2);
			grown.set(this.memory);
			this.memory = grown;
		}
		this.memory[slot] = previousDays;
		this.memory[slot + 1] = NO_DAY;
		return slot;
	}
}

/**
 * A scan that can be fed the log in pieces (each card's answers in order, pieces in any order of
 * cards): every answer up to the end of `today` goes to the sinks; answers after today (a skewed clock)
 * are skipped. `include`, when given, limits the scan to those cards (a deck subtree). Feeding the whole
 * log at once or in pieces gives the sinks the same answers with the same per-card context.
 */
export class LogScan {
	private readonly end: number;
	private readonly cards = new CardMemory();
	private readonly review: ScannedReview = { day: 0, ago: 0, rating: 1, stateBefore: "new", kind: "learning", firstOfDay: true, durationMs: 0 };
	private readonly batchCards: string[] = [];
	private readonly batchSlots = new Int32Array(BATCH);
	// The local day of the previous answer and its bounds: most answers fall in the same day as the last.
	private day = Number.NaN;
	private dayStart = 0;
	private dayEnd = 0;
	private ordered = true;

	constructor(
		private readonly clock: DayClock,
		private readonly today: number,
		private readonly sinks: readonly ReviewSink[],
		private readonly include?: ReadonlySet<string>,
	) {
		this.end = clock.startOf(today + 1);
	}

	/** Whether every answer fed so far came after its card's earlier ones (by local day). */
	get inOrder(): boolean {
		return this.ordered;
	}

	/**
	 * Feeds `records[from, to)`. Returns false, and stops feeding for good, when a card's answers go back
	 * to an earlier day (the caller then sorts the log and starts a new scan).
	 */
	add(records: readonly ReviewRecord[], from = 0, to = records.length): boolean {
		if (!this.ordered) return false;
		const { batchCards, batchSlots, include } = this;
		// A log grouped by card asks the map once per card, not once per answer.
		let lastCard: string | undefined;
		let slot = -1;
		// In batches: the answers' objects and their cards' keys are fetched from memory in tight loops,
		// where the fetches overlap, before the work on each answer (a log in time order has them scattered).
		for (let first = from; first < to; first += BATCH) {
			const size = Math.min(BATCH, to - first);
			for (let i = 0; i < size; i++) batchCards[i] = (records[first + i] as ReviewRecord).card;
			for (let i = 0; i < size; i++) {
				const card = batchCards[i] as string;
				if (card !== lastCard) {
					lastCard = card;
					slot = include === undefined || include.has(card) ? this.cards.slotOf(card, (records[first + i] as ReviewRecord).elapsedDays) : -1;
				}
				batchSlots[i] = slot;
			}
			for (let i = 0; i < size; i++) {
				const at = batchSlots[i] ?? -1;
				const record = records[first + i] as ReviewRecord;
				if (at >= 0 && !this.take(at, record.time, record.rating, record.stateBefore, record.scheduledDays, record.duration ?? 0)) return false;
			}
		}
		return true;
	}

	/**
	 * Feeds the answers of one card's trail from `from` on, as `add` feeds records. A card this scan
	 * meets first at a later answer takes the interval the answer before gave as its previous one.
	 */
	addTrail(trail: ReviewTrail, from = 0): boolean {
		if (!this.ordered) return false;
		const length = trailLength(trail);
		if (from >= length || (this.include !== undefined && !this.include.has(trail.card))) return true;
		const at = this.cards.slotOf(trail.card, from === 0 ? trail.firstElapsedDays : trailScheduledDays(trail, from - 1));
		for (let i = from; i < length; i++) {
			if (!this.take(at, trailTime(trail, i), trailRating(trail, i), trailStateBefore(trail, i), trailScheduledDays(trail, i), trailDuration(trail, i))) return false;
		}
		return true;
	}

	/** Gives one answer of the card at `at` to the sinks (none after today); false when it goes back to an earlier day. */
	private take(at: number, time: number, rating: Rating, stateBefore: CardState, scheduledDays: number, durationMs: number): boolean {
		if (time >= this.end) return true;
		const { clock, review } = this;
		const { memory } = this.cards;
		if (time < this.dayStart || time >= this.dayEnd) {
			this.day = clock.dayOf(time);
			this.dayStart = clock.startOf(this.day);
			this.dayEnd = clock.startOf(this.day + 1);
		}
		const day = this.day;
		const lastDay = memory[at + 1] ?? NO_DAY;
		if (day < lastDay) {
			this.ordered = false;
			return false;
		}
		review.day = day;
		review.ago = this.today - day;
		review.rating = rating;
		review.stateBefore = stateBefore;
		review.kind = reviewKind(stateBefore, memory[at] ?? 0);
		review.firstOfDay = lastDay !== day;
		review.durationMs = durationMs;
		memory[at] = scheduledDays;
		memory[at + 1] = day;
		for (const sink of this.sinks) sink.add(review);
		return true;
	}
}

/**
 * Scans the log into the sinks that `makeSinks` creates, and gives them back. A log whose cards'
 * answers are out of order is sorted (a copy) and scanned again with fresh sinks.
 */
export function scanReviewLog<S extends readonly ReviewSink[]>(
	records: readonly ReviewRecord[],
	clock: DayClock,
	today: number,
	makeSinks: () => S,
	include?: ReadonlySet<string>,
): S {
	const sinks = makeSinks();
	if (new LogScan(clock, today, sinks, include).add(records)) return sinks;
	const sorted = [...records].sort((a, b) => a.time - b.time);
	const fresh = makeSinks();
	new LogScan(clock, today, fresh, include).add(sorted);
	return fresh;
}
