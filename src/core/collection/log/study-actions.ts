import { dayNumber, startOfDay } from "../../scheduler/local-day";
import type { Rating } from "../../types";
import { addPractice } from "./practice-log";
import { liveCardId, refreshCard, stateOf, writeRegister, type ReviewScope } from "./review-actions";
import { markReset } from "./review-log";
import { DURATION_UNIT_MS } from "../store/json/store-schema";
import type { UndoAction } from "./undo-action";

/**
 * Records a practice answer (a study that does not reschedule): kept, synced and shown in the card's
 * history, never replayed. Returns the card's canonical id.
 */
export function practiceCard(scope: ReviewScope, id: string, rating: Rating, now: number, duration?: number): string {
	const cardId = liveCardId(scope.view, id);
	const entry = { time: now, rating, device: scope.deviceId, offset: scope.utcOffset(now), rev: 0, ...(duration === undefined ? {} : { duration: Math.max(0, Math.round(duration / DURATION_UNIT_MS) * DURATION_UNIT_MS) }) };
	const added = addPractice(scope.data.practice, cardId, entry);
	scope.undoStack.push({ kind: "practice", rawId: cardId, entry: added });
	scope.changed(cardId);
	return cardId;
}

/** Makes a card new again: a reset (a synced tombstone) keeps its answers in its history. */
export function forgetCard(scope: ReviewScope, id: string, now: number): void {
	const cardId = liveCardId(scope.view, id);
	if (stateOf(scope, cardId).state === "new") return;
	markReset(scope.data.log, cardId, now);
	refreshCard(scope, cardId);
	scope.undoStack.push({ kind: "forget", rawId: cardId, time: now });
	scope.changed(cardId);
}

/**
 * Makes a studied card due at the start of the local day `days` from today (0 = today, so due now).
 * New cards keep their place among new cards (they have no memory state to schedule from).
 */
export function setCardDue(scope: ReviewScope, id: string, days: number, now: number): void {
	const { data } = scope;
	const cardId = liveCardId(scope.view, id);
	if (stateOf(scope, cardId).state === "new") return;
	const hour = data.options.dayStartHour;
	const due = startOfDay(dayNumber(now, hour, scope.utcOffset) + days, hour, scope.utcOffset);
	const previous = data.dueSet.get(cardId);
	writeRegister(data.dueSet, cardId, due, Math.max(now, (previous?.time ?? -1) + 1), scope.deviceId);
	scope.undoStack.push({ kind: "setDue", rawId: cardId, previous });
	scope.changed(cardId);
}

/** Shows a buried card again (an undoable write, as bury is). */
export function unburyCard(scope: ReviewScope, id: string, now: number): void {
	const { data } = scope;
	const cardId = liveCardId(scope.view, id);
	const previous = data.buried.get(cardId);
	if (!previous || previous.value <= now) return;
	writeRegister(data.buried, cardId, 0, Math.max(now, previous.time + 1), scope.deviceId);
	scope.undoStack.push({ kind: "bury", rawId: cardId, previous });
	scope.changed(cardId);
}

/**
 * Runs an action on many cards as one undo step. Every id is checked first, so an unknown id throws
 * before any card changes.
 */
export function onEach(scope: ReviewScope, ids: readonly string[], act: (id: string) => void): void {
	for (const id of ids) liveCardId(scope.view, id);
	const mark = scope.undoStack.length;
	for (const id of ids) act(id);
	const actions: UndoAction[] = scope.undoStack.splice(mark);
	if (actions.length > 0) scope.undoStack.push({ kind: "group", actions });
}
