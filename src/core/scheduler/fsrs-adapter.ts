// The only module that talks to ts-fsrs: everything else speaks SchedulingState and epoch ms, so a
// ts-fsrs upgrade (v6 renames most of this) touches this file alone.
import {
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
	SchedulerOptions,
	SchedulingState,
} from "../types";
import { DAY_MS } from "./local-day";
import type { ScheduleContext } from "./scheduler-options";

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

/** Engines by the options they read: building one costs more than scheduling an answer. */
const ENGINES = new Map<string, FSRS>();
const MAX_ENGINES = 16;

/**
 * The ts-fsrs scheduler for these options, shared by every call with equal options (it holds no card
 * state between calls: each `next`/`repeat` seeds its fuzz from the card it is given).
 */
function engine(options: SchedulerOptions, fuzz: boolean): FSRS {
	const key = `${options.desiredRetention}|${options.maximumInterval}|${fuzz}|${options.learningSteps.join(",")}|${options.relearningSteps.join(",")}|${options.fsrsParameters.join(",")}`;
	let f = ENGINES.get(key);
	if (f) return f;
	f = fsrs({
		request_retention: options.desiredRetention,
		maximum_interval: options.maximumInterval,
		enable_fuzz: fuzz,
		enable_short_term: true,
		learning_steps: minutes(options.learningSteps),
		relearning_steps: minutes(options.relearningSteps),
		// Empty means the defaults; ts-fsrs clamps fitted values into the same bounds the optimizer keeps.
		...(options.fsrsParameters.length === 21 ? { w: [...options.fsrsParameters] } : {}),
	})
		.useStrategy(StrategyMode.SEED, GenSeedStrategyWithCardId("cardId"))
		.useStrategy(StrategyMode.LEARNING_STEPS, ankiSteps([...options.learningSteps], [...options.relearningSteps]));
	// Options rarely change; a bound keeps a session that edits them often from growing the cache.
	if (ENGINES.size >= MAX_ENGINES) ENGINES.clear();
	ENGINES.set(key, f);
	return f;
}

/**
 * One answer (or preview) as the scheduler sees it: the card id (fuzz seed), the options, the UTC
 * offset at `now` and the one recorded with the previous answer (absent: the same zone as now).
 */
interface Moment {
	cardId: string;
	options: SchedulerOptions;
	now: number;
	offset: number;
	lastOffset: number | undefined;
}

function momentOf(state: SchedulingState, now: number, ctx: ScheduleContext): Moment {
	const lastOffset =
		state.lastReviewOffset ?? (state.state === "new" || state.lastReview === undefined ? undefined : ctx.utcOffset(state.lastReview));
	return { cardId: ctx.cardId, options: ctx.options, now, offset: ctx.utcOffset(now), lastOffset };
}

/** Whole local days between the last answer and `now`; never negative (clock skew between devices). */
function elapsedLocalDays(state: SchedulingState, m: Moment): number {
	if (state.state === "new" || state.lastReview === undefined) return 0;
	const start = m.options.dayStartHour * HOUR_MS;
	const today = Math.floor((m.now + m.offset * 60_000 - start) / DAY_MS);
	const last = Math.floor((state.lastReview + (m.lastOffset ?? m.offset) * 60_000 - start) / DAY_MS);
	return Math.max(0, today - last);
}

/**
 * Every field a ts-fsrs 5.4 card has, written out: a card built as one literal keeps one object shape,
 * which ts-fsrs copies several times per answer (a spread of a card built otherwise costs far more).
 */
interface CardFields {
	due: Date;
	stability: number;
	difficulty: number;
	/** Required by ts-fsrs 5.4, which recomputes it from `last_review`. */
	elapsed_days: number;
	scheduled_days: number;
	learning_steps: number;
	reps: number;
	lapses: number;
	state: State;
	last_review: Date | undefined;
	/** The fuzz seed (see `GenSeedStrategyWithCardId`). */
	cardId: string;
}

/** A state in ts-fsrs terms, on the virtual clock below. */
interface Prepared {
	card: CardFields;
	virtualNow: Date;
	elapsedDays: number;
}

/**
 * ts-fsrs counts days by UTC date. It gets a virtual clock whose UTC date is the local day number
 * (local wall clock minus the day-start hour), and a last review exactly `elapsed` virtual days back.
 */
function prepare(state: SchedulingState, m: Moment): Prepared {
	const virtualNow = m.now + m.offset * 60_000 - m.options.dayStartHour * HOUR_MS;
	const elapsedDays = elapsedLocalDays(state, m);
	const card: CardFields = {
		due: new Date(virtualNow),
		stability: state.stability,
		difficulty: state.difficulty,
		elapsed_days: 0,
		scheduled_days: state.scheduledDays,
		learning_steps: state.step,
		reps: state.reps,
		lapses: state.lapses,
		state: TO_FSRS_STATE[state.state],
		last_review: state.state === "new" ? undefined : new Date(virtualNow - elapsedDays * DAY_MS),
		cardId: m.cardId,
	};
	return { card, virtualNow: card.due, elapsedDays };
}

/**
 * Back from virtual time: the delay ts-fsrs gave is kept as real time after `now`. ts-fsrs spreads Hard,
 * Good and Easy a day apart even past the maximum interval; the maximum wins, as in Anki.
 */
function toState(card: Card, p: Prepared, m: Moment): SchedulingState {
	const excessDays = Math.max(0, card.scheduled_days - m.options.maximumInterval);
	return {
		state: FROM_FSRS_STATE[card.state],
		due: m.now + (card.due.getTime() - p.virtualNow.getTime()) - excessDays * DAY_MS,
		stability: card.stability,
		difficulty: card.difficulty,
		scheduledDays: card.scheduled_days - excessDays,
		step: card.learning_steps,
		reps: card.reps,
		lapses: card.lapses,
		lastReview: m.now,
		lastReviewOffset: m.offset,
	};
}

function answerAt(f: FSRS, state: SchedulingState, rating: Rating, m: Moment): { state: SchedulingState; elapsedDays: number } {
	const p = prepare(state, m);
	const next = f.next(p.card, p.virtualNow, rating).card;
	return { state: toState(next, p, m), elapsedDays: p.elapsedDays };
}

/** The state after answering `rating` at `now` (epoch ms); a review earlier than the last counts 0 days. */
export function scheduleAnswer(
	state: SchedulingState,
	rating: Rating,
	now: number,
	ctx: ScheduleContext,
): SchedulingState {
	return answerAt(engine(ctx.options, ctx.fuzz ?? true), state, rating, momentOf(state, now, ctx)).state;
}

/** The state each answer would give at `now`: exactly what `scheduleAnswer` commits at that `now`. */
export function previewAnswers(
	state: SchedulingState,
	now: number,
	ctx: ScheduleContext,
): Record<Rating, SchedulingState> {
	const m = momentOf(state, now, ctx);
	const p = prepare(state, m);
	const outcomes = engine(ctx.options, ctx.fuzz ?? true).repeat(p.card, p.virtualNow);
	return {
		1: toState(outcomes[FsrsRating.Again].card, p, m),
		2: toState(outcomes[FsrsRating.Hard].card, p, m),
		3: toState(outcomes[FsrsRating.Good].card, p, m),
		4: toState(outcomes[FsrsRating.Easy].card, p, m),
	};
}

/**
 * Continues a card's state over further answers, in the given order (the caller sorts), each counted
 * in the zone recorded with it, so every device gets the states committed answer by answer. Calls
 * `record` with each answer's outcome (for the history); the engine is built once for all of them.
 */
export function replayFrom(
	cardId: string,
	start: SchedulingState,
	entries: readonly ReviewEntry[],
	ctx: Omit<ScheduleContext, "cardId" | "utcOffset">,
	record?: (entry: ReviewEntry, before: SchedulingState, after: SchedulingState, elapsedDays: number) => void,
): SchedulingState {
	let state = start;
	const f = engine(ctx.options, ctx.fuzz ?? true);
	for (const entry of entries) {
		const lastOffset = state.state === "new" || state.lastReview === undefined ? undefined : (state.lastReviewOffset ?? entry.offset);
		const m: Moment = { cardId, options: ctx.options, now: entry.time, offset: entry.offset, lastOffset };
		const result = answerAt(f, state, entry.rating, m);
		record?.(entry, state, result.state, result.elapsedDays);
		state = result.state;
	}
	return state;
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
		? elapsedLocalDays(state, momentOf(state, now, { ...ctx, cardId: "" }))
		: Math.max(0, (now - state.lastReview) / DAY_MS);
	return Math.min(1, Math.max(0, forgetting_curve(default_w, days, state.stability)));
}
