import type { LogEntry, Register } from "../store-model";

/**
 * One undoable action of this session, newest last. `rawId` is the id the action wrote under. A
 * `group` is a bulk action (many cards at once) that one undo takes back whole.
 */
export type UndoAction =
	| { kind: "answer"; rawId: string; entry: LogEntry }
	| { kind: "practice"; rawId: string; entry: LogEntry }
	| { kind: "bury"; rawId: string; previous: Register<number> | undefined }
	| { kind: "suspend"; rawId: string; previous: Register<boolean> | undefined }
	| { kind: "setDue"; rawId: string; previous: Register<number> | undefined }
	| { kind: "forget"; rawId: string; time: number }
	| { kind: "group"; actions: UndoAction[] };
