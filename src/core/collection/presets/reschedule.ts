/**
 * "Reschedule cards": the due date a card would have had if every one of its answers had been scheduled
 * with its preset's current options (parameters, desired retention, maximum interval). Written as a
 * set due date (`setCardDue`), so it syncs and merges as one, and one undo takes it back whole; the
 * card's memory state is left as it is until its next answer, so undo restores exactly what was there.
 */
import { dayNumber } from "../../scheduler/local-day";
import { cardState } from "../log/card-replay";
import { liveCardId, stateOf, type ReviewScope } from "../log/review-actions";
import { setCardDue } from "../log/study-actions";
import { cardOptions } from "./deck-presets";
import { dueOf } from "../queue/card-infos";

/**
 * Moves a review card to the local day its replayed schedule gives (today when that day has passed).
 * New and (re)learning cards keep their place, as in Anki. Returns whether the due date changed.
 */
export function rescheduleCard(scope: ReviewScope, id: string, now: number): boolean {
	const { data, view } = scope;
	const cardId = liveCardId(view, id);
	if (stateOf(scope, cardId).state !== "review") return false;
	const replayed = cardState(data.log, view.rawIds(cardId), cardId, cardOptions(data, view, cardId));
	if (replayed?.state !== "review") return false;
	const hour = data.options.dayStartHour;
	const today = dayNumber(now, hour, scope.utcOffset);
	const day = (time: number): number => Math.max(today, dayNumber(time, hour, scope.utcOffset));
	const target = day(replayed.due);
	// Overdue either way is due today either way: no write.
	if (day(dueOf(data, view.rawIds(cardId), stateOf(scope, cardId))) === target) return false;
	setCardDue(scope, cardId, target - today, now);
	return true;
}
