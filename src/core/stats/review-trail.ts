/**
 * A card's replayed answers packed for the statistics: one array of numbers per card instead of an
 * object per answer. A view keeps every card's answers between drawings; at 500,000 answers, objects
 * (each with its boxed times and figures) filled some 250 MB of heap, and the garbage collector's pauses
 * while they were made held the app for longer than a frame. Packed, they take 32 bytes an answer.
 */
import type { CardState, Rating, ReviewRecord } from "../types";

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

/** Packs a card's replayed records (all of one card, in replay order). */
export function reviewTrail(card: string, records: readonly ReviewRecord[]): ReviewTrail {
	const answers = new Float64Array(records.length * FIELDS);
	const devices: string[] = [];
	for (let i = 0; i < records.length; i++) {
		const record = records[i] as ReviewRecord;
		let device = devices.indexOf(record.device);
		if (device < 0) device = devices.push(record.device) - 1;
		const at = i * FIELDS;
		answers[at + TIME] = record.time;
		answers[at + SCHEDULED_DAYS] = record.scheduledDays;
		answers[at + DURATION] = record.duration ?? 0;
		answers[at + CODE] = record.rating - 1 + 4 * STATE_CODES[record.stateBefore] + 16 * device;
	}
	return { card, firstElapsedDays: records[0]?.elapsedDays ?? 0, devices, answers };
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
