import { nextDayStart } from "../../scheduler/local-day";
import { newSchedulingState, scheduleAnswer } from "../../scheduler/fsrs-adapter";
import { RATINGS, type Rating, type SchedulingState, type UtcOffset } from "../../types";
import { replayCard } from "./card-replay";
import { LogEntries } from "./log-entries";
import type { LiveView } from "../identity/live-view";
import { latest } from "./registers";
import { appendEntry, compareEntries, freeRev, markUndone, resetTimes } from "./review-log";
import type { LogEntry, Register, ReviewLogData, StoreData } from "../store-model";
import { DURATION_UNIT_MS } from "../store/store-schema";

/** One undoable action of this session, newest last. */
export type UndoAction =
	| { kind: "answer"; rawId: string; entry: LogEntry }
	| { kind: "bury"; rawId: string; previous: Register<number> | undefined }
	| { kind: "suspend"; rawId: string; previous: Register<boolean> | undefined };

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
	const { state } = replayCard(data.log, view.rawIds(cardId), cardId, data.options);
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
	for (const rating of RATINGS) {
		const entries = new LogEntries();
		for (const id of rawIds) {
			const list = data.log.entries.get(id);
			if (list) entries.set(id, list);
		}
		const log = { ...data.log, entries };
		appendEntry(log, cardId, { ...entry, rating });
		dues[rating] = replayCard(log, rawIds, cardId, data.options).state?.due ?? newDue;
	}
	return dues;
}

/**
 * Records an answer and schedules the card: incrementally when it is the newest answer, by replay
 * otherwise. Returns the card's canonical id.
 */
export function answerCard(scope: ReviewScope, id: string, rating: Rating, now: number, duration?: number): string {
	const { data, view } = scope;
	const cardId = liveCardId(view, id);
	const before = stateOf(scope, cardId);
	const offset = scope.utcOffset(now);
	const entry: LogEntry = { time: now, rating, device: scope.deviceId, offset, rev: freeRev(data.log, cardId, now, scope.deviceId) };
	if (duration !== undefined) entry.duration = Math.max(0, Math.round(duration / DURATION_UNIT_MS) * DURATION_UNIT_MS);
	const newest = isNewest(data.log, view.rawIds(cardId), before, appendEntry(data.log, cardId, entry), now);
	view.noteLogged(cardId);
	if (newest) {
		const ctx = { cardId, options: data.options, utcOffset: () => offset };
		data.cache.set(cardId, scheduleAnswer(before, rating, now, ctx));
	} else {
		refreshCard(scope, cardId);
	}
	scope.undoStack.push({ kind: "answer", rawId: cardId, entry });
	scope.changed(cardId);
	return cardId;
}

function writeRegister<T>(map: Map<string, Register<T>>, id: string, value: T, time: number, device: string): void {
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

/**
 * Undoes this session's last answer, bury or suspend. An answer gets a tombstone (so devices that
 * already merged it drop it too); a bury or suspend is overwritten by its previous value, written just
 * after the write it undoes so it wins every merge against it. Returns false when nothing is left.
 */
export function undoLast(scope: ReviewScope): { undone: boolean; cardId?: string } {
	const action = scope.undoStack.pop();
	if (!action) return { undone: false };
	const { data, view } = scope;
	const cardId = view.canonicalId(action.rawId);
	switch (action.kind) {
		case "answer":
			markUndone(data.log, action.rawId, action.entry);
			refreshCard(scope, cardId);
			break;
		case "bury": {
			const current = data.buried.get(action.rawId);
			writeRegister(data.buried, action.rawId, action.previous?.value ?? 0, (current?.time ?? 0) + 1, scope.deviceId);
			break;
		}
		case "suspend": {
			const current = data.suspended.get(action.rawId);
			writeRegister(data.suspended, action.rawId, action.previous?.value ?? false, (current?.time ?? 0) + 1, scope.deviceId);
			break;
		}
	}
	scope.changed(cardId);
	return { undone: true, cardId };
}
