import { nextDayStart } from "../../scheduler/local-day";
import { cardOptions, cardSchedule } from "../presets/deck-presets";
import { newSchedulingState, previewAnswers, scheduleAnswer } from "../../scheduler/fsrs-adapter";
import { RATINGS, type Rating, type SchedulingState, type UtcOffset } from "../../types";
import { cardState, storedCardState } from "./card-replay";
import { LogEntries } from "./log-entries";
import type { LiveView } from "../identity/live-view";
import { latest } from "./registers";
import { appendEntry, compareEntries, freeRev, resetTimes } from "./review-log";
import type { LogEntry, Register, ReviewLogData, StoreData } from "../store-model";
import type { UndoAction } from "./undo-action";
import { DURATION_UNIT_MS } from "../store/json/store-schema";
import { isStorableOffset, MAX_DURATION_MS, MAX_OFFSET_MINUTES } from "./log-limits";

export type { UndoAction } from "./undo-action";

/** What review actions need from the collection. */
export interface ReviewScope {
	data: StoreData;
	view: LiveView;
	deviceId: string;
	utcOffset: UtcOffset;
	undoStack: UndoAction[];
	/** Called with the canonical id of every card whose state or flags changed. */
	changed(cardId: string): void;
}

/** The canonical id of a live reviewable card; an unknown id is a bug in the caller. */
export function liveCardId(view: LiveView, id: string): string {
	const canonical = view.canonicalId(id);
	const base = canonical.split("-")[0] ?? canonical;
	const place = view.placeOf(base);
	const sides = place ? sidesOfPlace(base, place.card.kind, place.card.clozes) : [];
	if (!sides.includes(canonical)) throw new Error(`Unknown card id "${id}": no live card has it.`);
	return canonical;
}

function sidesOfPlace(base: string, kind: string, clozes: readonly number[] = []): string[] {
	if (kind === "basic" || kind === "reminder") return [base];
	if (kind === "reversed") return [base, `${base}-r`];
	return clozes.map((n) => `${base}-c${n}`);
}

/** A card's current scheduling (a new card's when it has no history). */
export function stateOf(scope: Pick<ReviewScope, "data" | "view">, cardId: string): SchedulingState {
	return scope.data.cache.get(cardId) ?? newStateOf(scope.view, cardId);
}

function newStateOf(view: LiveView, cardId: string): SchedulingState {
	const place = view.placeOf(cardId.split("-")[0] ?? cardId);
	return newSchedulingState(place?.card.added ?? 0);
}

/** Rebuilds a card's cached state from its log. */
export function refreshCard(scope: Pick<ReviewScope, "data" | "view">, cardId: string): void {
	const { data, view } = scope;
	const state = storedCardState(data, view, cardId);
	if (state) data.cache.set(cardId, state);
	else data.cache.delete(cardId);
}

/** Whether an answer at `now`, added to the log at `position`, is the card's newest (so it schedules incrementally). */
function isNewest(
	log: ReviewLogData,
	rawIds: readonly string[],
	before: SchedulingState,
	position: ReturnType<typeof appendEntry>,
	now: number,
): boolean {
	return (
		position === "last" &&
		(before.lastReview === undefined || before.lastReview <= now) &&
		!resetTimes(log, rawIds).some((time) => time >= now)
	);
}

/**
 * Due times after each rating when an answer at `now` would not be the card's newest (a clock behind
 * an answer already logged, e.g. one synced from another device): `answerCard` replays the log then,
 * so this replays a copy of the card's log with each answer added. Undefined in the usual case.
 */
export function replayedPreview(scope: ReviewScope, cardId: string, now: number): Record<Rating, number> | undefined {
	const { data, view } = scope;
	const rawIds = view.rawIds(cardId);
	const rev = freeRev(data.log, cardId, now, scope.deviceId);
	const entry: LogEntry = { time: now, rating: 1, device: scope.deviceId, offset: scope.utcOffset(now), rev };
	const list = data.log.entries.get(cardId) ?? [];
	const last = list[list.length - 1];
	const position = last === undefined || compareEntries(last, entry) < 0 ? "last" : "earlier";
	if (isNewest(data.log, rawIds, stateOf(scope, cardId), position, now)) return undefined;
	const newDue = newStateOf(view, cardId).due;
	const dues = { 1: 0, 2: 0, 3: 0, 4: 0 };
	const options = cardSchedule(data, view, cardId);
	for (const rating of RATINGS) {
		const entries = new LogEntries();
		for (const id of rawIds) {
			const list = data.log.entries.get(id);
			if (list) entries.set(id, list);
		}
		const log = { ...data.log, entries };
		appendEntry(log, cardId, { ...entry, rating });
		dues[rating] = cardState(log, rawIds, cardId, options)?.due ?? newDue;
	}
	return dues;
}

/** A UTC offset from the time zone, checked as the store's readers check it. */
export function checkedOffset(offset: number, time: number): number {
	if (!isStorableOffset(offset)) throw new Error(`Invalid UTC offset ${String(offset)} at ${time}: expected whole minutes within ${MAX_OFFSET_MINUTES} of UTC.`);
	return offset;
}

/**
 * When an answer given at `now` is dated: on a clock behind a purge or reset of this card, just after
 * it (dated before, the answer would vanish on reload, purged, or not count, reset).
 */
function answerTime(scope: ReviewScope, cardId: string, now: number): number {
	const { log } = scope.data;
	for (const rawId of scope.view.rawIds(cardId)) {
		now = Math.max(now, (log.purged.get(rawId) ?? -Infinity) + 1, (log.resets.get(rawId)?.at(-1) ?? -Infinity) + 1);
	}
	return now;
}

/** Due time (epoch ms) after each answer; answering that rating at the same `now` commits exactly it. */
export function previewCard(scope: ReviewScope, cardId: string, at: number): Record<Rating, number> {
	const id = liveCardId(scope.view, cardId);
	const now = answerTime(scope, id, at);
	const replayed = replayedPreview(scope, id, now);
	if (replayed) return replayed;
	const offset = scope.utcOffset(now);
	const states = previewAnswers(stateOf(scope, id), now, { cardId: id, options: cardOptions(scope.data, scope.view, id, now), utcOffset: () => offset });
	return { 1: states[1].due, 2: states[2].due, 3: states[3].due, 4: states[4].due };
}

/**
 * Records an answer and schedules the card: incrementally when it is the newest answer, by replay
 * otherwise. Returns the card's canonical id.
 */
export function answerCard(scope: ReviewScope, id: string, rating: Rating, now: number, duration?: number): string {
	if (duration !== undefined && !(Number.isFinite(duration) && duration >= 0)) {
		throw new Error(`Invalid answer duration ${String(duration)}: expected a number of milliseconds ≥ 0.`);
	}
	const { data, view } = scope;
	const cardId = liveCardId(view, id);
	const before = stateOf(scope, cardId);
	now = answerTime(scope, cardId, now);
	const offset = checkedOffset(scope.utcOffset(now), now);
	const entry: LogEntry = { time: now, rating, device: scope.deviceId, offset, rev: freeRev(data.log, cardId, now, scope.deviceId) };
	if (duration !== undefined) entry.duration = Math.min(MAX_DURATION_MS, Math.max(0, Math.round(duration / DURATION_UNIT_MS) * DURATION_UNIT_MS));
	const newest = isNewest(data.log, view.rawIds(cardId), before, appendEntry(data.log, cardId, entry), now);
	view.noteLogged(cardId);
	if (newest) {
		const ctx = { cardId, options: cardOptions(data, view, cardId, now), utcOffset: () => offset };
		data.cache.set(cardId, scheduleAnswer(before, rating, now, ctx));
	} else {
		refreshCard(scope, cardId);
	}
	scope.undoStack.push({ kind: "answer", rawId: cardId, entry });
	scope.changed(cardId);
	return cardId;
}

/** Writes a last-writer-wins value. */
export function writeRegister<T>(map: Map<string, Register<T>>, id: string, value: T, time: number, device: string): void {
	map.set(id, { value, time, device });
}

/** The winning bury or suspend write of a card over all its raw ids. */
export function flagOf<T extends boolean | number>(map: ReadonlyMap<string, Register<T>>, rawIds: readonly string[]): Register<T> | undefined {
	let result: Register<T> | undefined;
	for (const id of rawIds) result = latest(result, map.get(id));
	return result;
}

/** Hides a card until the next day starts (an undoable write that merges last-writer-wins). */
export function buryCard(scope: ReviewScope, id: string, now: number): void {
	const { data, view } = scope;
	const cardId = liveCardId(view, id);
	const previous = data.buried.get(cardId);
	const until = nextDayStart(now, data.options.dayStartHour, scope.utcOffset);
	writeRegister(data.buried, cardId, until, Math.max(now, (previous?.time ?? -1) + 1), scope.deviceId);
	scope.undoStack.push({ kind: "bury", rawId: cardId, previous });
	scope.changed(cardId);
}

/** Suspends or unsuspends a card (an undoable write that merges last-writer-wins). */
export function suspendCard(scope: ReviewScope, id: string, suspended: boolean, now: number): void {
	const { data, view } = scope;
	const cardId = liveCardId(view, id);
	const previous = data.suspended.get(cardId);
	writeRegister(data.suspended, cardId, suspended, Math.max(now, (previous?.time ?? -1) + 1), scope.deviceId);
	scope.undoStack.push({ kind: "suspend", rawId: cardId, previous });
	scope.changed(cardId);
}
