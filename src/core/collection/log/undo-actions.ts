import { undoPractice } from "./practice-log";
import { refreshCard, writeRegister, type ReviewScope } from "./review-actions";
import { markUndone } from "./review-log";
import type { Register } from "../store-model";
import type { UndoAction } from "./undo-action";

/**
 * Undoes this session's last action (a bulk action whole). An answer gets a tombstone (so devices that
 * already merged it drop it too); a bury, suspension or set due date is overwritten by its previous
 * value, written just after the write it undoes so it wins every merge against it. Returns the
 * canonical ids of the cards it changed and, for each answer it undid, the card and the answer's time
 * (the device's log part holding it is written again); `undone` is false when nothing is left.
 */
export function undoLast(scope: ReviewScope): { undone: boolean; cardIds: string[]; answers: UndoneAnswer[] } {
	const action = scope.undoStack.pop();
	if (!action) return { undone: false, cardIds: [], answers: [] };
	const answers: UndoneAnswer[] = [];
	const cardIds = undoAction(scope, action, answers);
	for (const id of cardIds) scope.changed(id);
	return { undone: true, cardIds, answers };
}

/** An answer undo took back: its card (canonical id) and time. */
export interface UndoneAnswer {
	cardId: string;
	time: number;
}

function undoAction(scope: ReviewScope, action: UndoAction, answers: UndoneAnswer[]): string[] {
	if (action.kind === "group") return [...action.actions].reverse().flatMap((inner) => undoAction(scope, inner, answers));
	const { data, view } = scope;
	const cardId = view.canonicalId(action.rawId);
	const restore = <T>(map: Map<string, Register<T>>, previous: T): void => {
		writeRegister(map, action.rawId, previous, (map.get(action.rawId)?.time ?? 0) + 1, scope.deviceId);
	};
	switch (action.kind) {
		case "answer":
			markUndone(data.log, action.rawId, action.entry);
			refreshCard(scope, cardId);
			answers.push({ cardId, time: action.entry.time });
			break;
		case "practice":
			undoPractice(data.practice, action.rawId, action.entry);
			break;
		case "forget": {
			// A reset this session wrote and nothing has seen yet: taking it out restores the card.
			const times = (data.log.resets.get(action.rawId) ?? []).filter((time) => time !== action.time);
			if (times.length > 0) data.log.resets.set(action.rawId, times);
			else data.log.resets.delete(action.rawId);
			refreshCard(scope, cardId);
			break;
		}
		case "bury":
			restore(data.buried, action.previous?.value ?? 0);
			break;
		case "suspend":
			restore(data.suspended, action.previous?.value ?? false);
			break;
		case "setDue":
			restore(data.dueSet, action.previous?.value ?? 0);
			break;
	}
	return [cardId];
}
