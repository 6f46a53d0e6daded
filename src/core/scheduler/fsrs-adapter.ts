// The only module that talks to ts-fsrs: everything else speaks SchedulingState and epoch ms, so a
// ts-fsrs upgrade (v6 renames most of this) touches this file alone.
import {
	createEmptyCard,
	fsrs,
	forgetting_curve,
	default_w,
	GenSeedStrategyWithCardId,
	Rating as FsrsRating,
	State,
	StrategyMode,
	type Card,
	type FSRS,
	type StepUnit,
	type TLearningStepsStrategy,
} from "ts-fsrs";
import type {
	CardState,
	Rating,
	ReviewEntry,
	ReviewRecord,
	SchedulerOptions,
	SchedulingState,
	UtcOffset,
} from "../types";
import { DAY_MS, dayNumber } from "./local-day";

/** Anki's defaults: 20 new / 200 reviews a day, 4:00 rollover, steps 1m 10m / 10m, leech at 8 lapses. */
export const DEFAULT_SCHEDULER_OPTIONS: SchedulerOptions = {
	newPerDay: 20,
	reviewsPerDay: 200,
	dayStartHour: 4,
	desiredRetention: 0.9,
	maximumInterval: 36500,
	learningSteps: [1, 10],
	relearningSteps: [10],
	leechThreshold: 8,
};

/** What scheduling one card needs besides its state: its id (the fuzz seed), the options and the zone. */
export interface ScheduleContext {
	/** Reviewable card id; with the review count it seeds the fuzz, so preview, commit and replay agree. */
	cardId: string;
	options: SchedulerOptions;
	/** Zone whose local days (starting at `options.dayStartHour`) count elapsed days. */
	utcOffset: UtcOffset;
	/** Interval fuzz; on unless false (the FSRS reference vectors assume it off). */
	fuzz?: boolean;
}

const HOUR_MS = 3_600_000;
const TO_FSRS_STATE: Record<CardState, State> = {
	new: State.New,
	learning: State.Learning,
	review: State.Review,
	relearning: State.Relearning,
};
const FROM_FSRS_STATE: Record<State, CardState> = {
	[State.New]: "new",
	[State.Learning]: "learning",
	[State.Review]: "review",
	[State.Relearning]: "relearning",
};

/** A card never answered, due at once. */
export function newSchedulingState(now: number): SchedulingState {
	return { state: "new", due: now, stability: 0, difficulty: 0, scheduledDays: 0, step: 0, reps: 0, lapses: 0 };
}

/**
 * Anki's steps: Again → first step; Hard → mean of the first two steps (1.5 × a single one, at most a
 * day more) on the first step, the same step again on a later one; Good → next step or graduate.
 */
function ankiSteps(learning: readonly number[], relearning: readonly number[]): TLearningStepsStrategy {
	return (_params, state, currentStep) => {
		const steps = state === State.Review || state === State.Relearning ? relearning : learning;
		const first = steps[0];
		const current = steps[Math.max(0, currentStep)];
		if (first === undefined || current === undefined) return {};
		if (state === State.Review) return { [FsrsRating.Again]: { scheduled_minutes: first, next_step: 0 } };
		const second = steps[1];
		const firstHard = second === undefined ? Math.min(first * 1.5, first + 1440) : (first + second) / 2;
		const hard = currentStep <= 0 ? firstHard : current;
		const next = steps[currentStep + 1];
		return {
			[FsrsRating.Again]: { scheduled_minutes: first, next_step: 0 },
			[FsrsRating.Hard]: { scheduled_minutes: hard, next_step: currentStep },
			...(next === undefined ? {} : { [FsrsRating.Good]: { scheduled_minutes: next, next_step: currentStep + 1 } }),
		};
	};
}

function minutes(steps: readonly number[]): StepUnit[] {
	return steps.map((m): StepUnit => `${m}m`);
}

function engine(ctx: ScheduleContext): FSRS {
	const { options } = ctx;
	return fsrs({
		request_retention: options.desiredRetention,
		maximum_interval: options.maximumInterval,
		enable_fuzz: ctx.fuzz ?? true,
		enable_short_term: true,
		learning_steps: minutes(options.learningSteps),
		relearning_steps: minutes(options.relearningSteps),
	})
		.useStrategy(StrategyMode.SEED, GenSeedStrategyWithCardId("cardId"))
		.useStrategy(StrategyMode.LEARNING_STEPS, ankiSteps(options.learningSteps, options.relearningSteps));
}

/** Whole local days between the last answer and `now`; never negative (clock skew between devices). */
function elapsedLocalDays(state: SchedulingState, now: number, ctx: ScheduleContext): number {
	if (state.state === "new" || state.lastReview === undefined) return 0;
	const { lastReview, lastReviewOffset } = state;
	const lastOffset: UtcOffset = lastReviewOffset === undefined ? ctx.utcOffset : () => lastReviewOffset;
	const hour = ctx.options.dayStartHour;
	return Math.max(0, dayNumber(now, hour, ctx.utcOffset) - dayNumber(lastReview, hour, lastOffset));
}

/** A state in ts-fsrs terms, on the virtual clock below. */
interface Prepared {
	card: Card & { cardId: string };
	virtualNow: number;
	elapsedDays: number;
}

/**
 * ts-fsrs counts days by UTC date. It gets a virtual clock whose UTC date is the local day number
 * (local wall clock minus the day-start hour), and a last review exactly `elapsed` virtual days back.
 */
function prepare(state: SchedulingState, now: number, ctx: ScheduleContext): Prepared {
	const virtualNow = now + ctx.utcOffset(now) * 60_000 - ctx.options.dayStartHour * HOUR_MS;
	const elapsedDays = elapsedLocalDays(state, now, ctx);
	// Starting from an empty card fills the fields ts-fsrs 5.4 still requires and recomputes itself.
	const card: Card & { cardId: string } = {
		...createEmptyCard(virtualNow),
		cardId: ctx.cardId,
		stability: state.stability,
		difficulty: state.difficulty,
		scheduled_days: state.scheduledDays,
		learning_steps: state.step,
		reps: state.reps,
		lapses: state.lapses,
		state: TO_FSRS_STATE[state.state],
		last_review: state.state === "new" ? undefined : new Date(virtualNow - elapsedDays * DAY_MS),
	};
	return { card, virtualNow, elapsedDays };
}

/**
 * Back from virtual time: the delay ts-fsrs gave is kept as real time after `now`. ts-fsrs spreads Hard,
 * Good and Easy a day apart even past the maximum interval; the maximum wins, as in Anki.
 */
function toState(card: Card, p: Prepared, now: number, ctx: ScheduleContext): SchedulingState {
	const excessDays = Math.max(0, card.scheduled_days - ctx.options.maximumInterval);
	return {
		state: FROM_FSRS_STATE[card.state],
		due: now + (card.due.getTime() - p.virtualNow) - excessDays * DAY_MS,
		stability: card.stability,
		difficulty: card.difficulty,
		scheduledDays: card.scheduled_days - excessDays,
		step: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		lastReview: now,
		lastReviewOffset: ctx.utcOffset(now),
	};
}

function answerWith(f: FSRS, state: SchedulingState, rating: Rating, now: number, ctx: ScheduleContext) {
	const p = prepare(state, now, ctx);
	const next = f.next(p.card, p.virtualNow, rating).card;
	return { state: toState(next, p, now, ctx), elapsedDays: p.elapsedDays };
}

/** The state after answering `rating` at `now` (epoch ms); a review earlier than the last counts 0 days. */
export function scheduleAnswer(
	state: SchedulingState,
	rating: Rating,
	now: number,
	ctx: ScheduleContext,
): SchedulingState {
	return answerWith(engine(ctx), state, rating, now, ctx).state;
}

/** The state each answer would give at `now`: exactly what `scheduleAnswer` commits at that `now`. */
export function previewAnswers(
	state: SchedulingState,
	now: number,
	ctx: ScheduleContext,
): Record<Rating, SchedulingState> {
	const f = engine(ctx);
	const p = prepare(state, now, ctx);
	const outcomes = f.repeat(p.card, p.virtualNow);
	return {
		1: toState(outcomes[FsrsRating.Again].card, p, now, ctx),
		2: toState(outcomes[FsrsRating.Hard].card, p, now, ctx),
		3: toState(outcomes[FsrsRating.Good].card, p, now, ctx),
		4: toState(outcomes[FsrsRating.Easy].card, p, now, ctx),
	};
}

/**
 * Rebuilds a card's state from its answers, in the given order (the caller sorts), each counted in the
 * zone recorded with it, so every device gets the states committed answer by answer.
 */
export function replayLog(
	cardId: string,
	entries: readonly ReviewEntry[],
	ctx: Omit<ScheduleContext, "cardId" | "utcOffset">,
	newDue = entries[0]?.time ?? 0,
): { state: SchedulingState; records: ReviewRecord[] } {
	let state = newSchedulingState(newDue);
	const records: ReviewRecord[] = [];
	const f = engine({ ...ctx, cardId, utcOffset: () => 0 });
	for (const entry of entries) {
		const entryCtx: ScheduleContext = { ...ctx, cardId, utcOffset: () => entry.offset };
		const result = answerWith(f, state, entry.rating, entry.time, entryCtx);
		const next = result.state;
		records.push({
			...entry,
			stateBefore: state.state,
			state: next.state,
			due: next.due,
			scheduledDays: next.scheduledDays,
			stability: next.stability,
			difficulty: next.difficulty,
			elapsedDays: result.elapsedDays,
		});
		state = next;
	}
	return { state, records };
}

/**
 * Probability of recall at `now`, in [0, 1]; 0 for a new card. With a context, elapsed time is counted
 * in whole local days as the scheduler does; without, in fractional 24-hour days.
 */
export function retrievability(
	state: SchedulingState,
	now: number,
	ctx?: Pick<ScheduleContext, "options" | "utcOffset">,
): number {
	if (state.state === "new" || state.lastReview === undefined || state.stability <= 0) return 0;
	const days = ctx
		? elapsedLocalDays(state, now, { ...ctx, cardId: "" })
		: Math.max(0, (now - state.lastReview) / DAY_MS);
	return Math.min(1, Math.max(0, forgetting_curve(default_w, days, state.stability)));
}
