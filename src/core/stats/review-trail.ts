/**
 * A card's replayed answers packed for the statistics: one array of numbers per card instead of an
 * object per answer. A view keeps every card's answers between drawings; at 500,000 answers, objects
 * (each with its boxed times and figures) filled some 250 MB of heap, and the garbage collector's pauses
 * while they were made held the app for longer than a frame. Packed, they take 32 bytes an answer.
 */
import type { CardState, Rating, ReviewEntry, ReviewRecord } from "../types";

/** Numbers per answer in `ReviewTrail.answers`. */
const FIELDS = 4;
const TIME = 0;
const SCHEDULED_DAYS = 1;
const DURATION = 2;
/** rating − 1, plus 4 × state before, plus 16 × device number. */
const CODE = 3;

const STATES: readonly CardState[] = ["new", "learning", "review", "relearning"];
const STATE_CODES: Readonly<Record<CardState, number>> = { new: 0, learning: 1, review: 2, relearning: 3 };

/** One card's replayed answers, oldest first, as the statistics read them. Never changed once made. */
export interface ReviewTrail {
	/** The card's (canonical) id. */
	readonly card: string;
	/** Local days between the first answer and the one before it (0 unless a purge cut the history). */
	readonly firstElapsedDays: number;
	/** The devices that answered, by the number each answer keeps. */
	readonly devices: readonly string[];
	/** Per answer, FIELDS numbers: epoch ms, interval given in days, ms spent (0 when unknown), code. */
	readonly answers: Float64Array;
}

/**
 * Packs a card's answers one at a time, in replay order, as the replay gives them: no object per
 * answer (the statistics' first reading replays every card, and V8 allocates such objects straight into
 * the old generation once it has seen them kept, for a full collection to reclaim).
 */
export class TrailWriter {
	private readonly answers: Float64Array;
	private readonly devices: string[] = [];
	private count = 0;
	private firstElapsedDays = 0;

	/** `length`: how many answers the card has. */
	constructor(length: number) {
		this.answers = new Float64Array(length * FIELDS);
	}

	/** The next answer: what it was, the state before it, the interval it gave, the local days since the one before. */
	put(answer: ReviewEntry, stateBefore: CardState, scheduledDays: number, elapsedDays: number): void {
		if (this.count === 0) this.firstElapsedDays = elapsedDays;
		let device = this.devices.indexOf(answer.device);
		if (device < 0) device = this.devices.push(answer.device) - 1;
		const at = this.count++ * FIELDS;
		this.answers[at + TIME] = answer.time;
		this.answers[at + SCHEDULED_DAYS] = scheduledDays;
		this.answers[at + DURATION] = answer.duration ?? 0;
		this.answers[at + CODE] = answer.rating - 1 + 4 * STATE_CODES[stateBefore] + 16 * device;
	}

	/** The trail of the answers put so far. */
	trail(card: string): ReviewTrail {
		const used = this.count * FIELDS;
		return { card, firstElapsedDays: this.firstElapsedDays, devices: this.devices, answers: used === this.answers.length ? this.answers : this.answers.slice(0, used) };
	}
}

/** Packs a card's replayed records (all of one card, in replay order). */
export function reviewTrail(card: string, records: readonly ReviewRecord[]): ReviewTrail {
	const writer = new TrailWriter(records.length);
	for (const record of records) writer.put(record, record.stateBefore, record.scheduledDays, record.elapsedDays);
	return writer.trail(card);
}

/** How many answers a trail holds. */
export function trailLength(trail: ReviewTrail): number {
	return trail.answers.length / FIELDS;
}

/** Epoch ms of answer `i`. */
export function trailTime(trail: ReviewTrail, i: number): number {
	return trail.answers[i * FIELDS + TIME] as number;
}

/** Interval given by answer `i`, in days. */
export function trailScheduledDays(trail: ReviewTrail, i: number): number {
	return trail.answers[i * FIELDS + SCHEDULED_DAYS] as number;
}

/** Ms spent on answer `i` (0 when unknown). */
export function trailDuration(trail: ReviewTrail, i: number): number {
	return trail.answers[i * FIELDS + DURATION] as number;
}

/** Rating of answer `i`. */
export function trailRating(trail: ReviewTrail, i: number): Rating {
	return (((trail.answers[i * FIELDS + CODE] as number) & 3) + 1) as Rating;
}

/** State of the card before answer `i`. */
export function trailStateBefore(trail: ReviewTrail, i: number): CardState {
	return STATES[((trail.answers[i * FIELDS + CODE] as number) >> 2) & 3] as CardState;
}

/** Device that gave answer `i`. */
export function trailDevice(trail: ReviewTrail, i: number): string {
	return trail.devices[(trail.answers[i * FIELDS + CODE] as number) >> 4] as string;
}

/** Whether answer `i` of `a` and answer `j` of `b` are one answer (same time, device and rating). */
export function sameTrailAnswer(a: ReviewTrail, i: number, b: ReviewTrail, j: number): boolean {
	return trailTime(a, i) === trailTime(b, j) && trailRating(a, i) === trailRating(b, j) && trailDevice(a, i) === trailDevice(b, j);
}
