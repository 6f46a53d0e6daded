import fc from "fast-check";
import type { Collection, Rating } from "../../../src/core";
import { hash53 } from "../../../src/core/collection/identity/card-identity";
import { noteText, type CardSpec } from "./builders";

/**
 * A model vault for property tests: notes of heading cards whose texts are unique per card, edited
 * the way users edit them, with the answers each card received. Every edit re-indexes what changed.
 */
export interface ModelCard {
	key: number;
	front: string;
	back: string;
	answers: number;
}

/** One user action on the vault or in review. */
export type VaultOp =
	| { kind: "add"; note: number; position: number }
	| { kind: "typo"; pick: number }
	| { kind: "rewrite"; pick: number }
	| { kind: "move"; pick: number; position: number }
	| { kind: "moveToNote"; pick: number; note: number; targetFirst: boolean }
	| { kind: "remove"; pick: number }
	| { kind: "restore"; pick: number; note: number }
	| { kind: "rename"; note: number; folder: number }
	| { kind: "delete"; note: number }
	| { kind: "restoreNote"; pick: number }
	| { kind: "answer"; pick: number; rating: Rating }
	| { kind: "undo" };

const SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "pe", "zu", "ba", "do", "fi", "gu", "ha", "je"];

/** A pseudo-word of 3–5 syllables drawn from a hash of its seeds, so different cards' texts look unalike. */
function word(n: number, salt: number): string {
	let x = hash53(`${n}:${salt}`);
	const length = 3 + (x % 3);
	let out = "";
	for (let i = 0; i < length; i++) {
		x = Math.floor(x / 7);
		out += SYLLABLES[x % SYLLABLES.length];
	}
	return out;
}

const pickIndex = fc.nat(1000);

/** Arbitrary user actions, biased toward answers. */
export const vaultOp: fc.Arbitrary<VaultOp> = fc.oneof(
	{ arbitrary: fc.record({ kind: fc.constant("add" as const), note: pickIndex, position: pickIndex }), weight: 3 },
	{ arbitrary: fc.record({ kind: fc.constant("typo" as const), pick: pickIndex }), weight: 2 },
	{ arbitrary: fc.record({ kind: fc.constant("rewrite" as const), pick: pickIndex }), weight: 2 },
	{ arbitrary: fc.record({ kind: fc.constant("move" as const), pick: pickIndex, position: pickIndex }), weight: 2 },
	{
		arbitrary: fc.record({ kind: fc.constant("moveToNote" as const), pick: pickIndex, note: pickIndex, targetFirst: fc.boolean() }),
		weight: 2,
	},
	{ arbitrary: fc.record({ kind: fc.constant("remove" as const), pick: pickIndex }), weight: 2 },
	{ arbitrary: fc.record({ kind: fc.constant("restore" as const), pick: pickIndex, note: pickIndex }), weight: 1 },
	{ arbitrary: fc.record({ kind: fc.constant("rename" as const), note: pickIndex, folder: fc.nat(2) }), weight: 1 },
	{ arbitrary: fc.record({ kind: fc.constant("delete" as const), note: pickIndex }), weight: 1 },
	{ arbitrary: fc.record({ kind: fc.constant("restoreNote" as const), pick: pickIndex }), weight: 1 },
	{
		arbitrary: fc.record({ kind: fc.constant("answer" as const), pick: pickIndex, rating: fc.constantFrom<Rating>(1, 2, 3, 4) }),
		weight: 6,
	},
	{ arbitrary: fc.constant({ kind: "undo" as const }), weight: 1 },
);

function pick<T>(items: readonly T[], n: number): T | undefined {
	return items.length === 0 ? undefined : items[n % items.length];
}

/** The model vault driving one collection. */
export class VaultModel {
	readonly notes = new Map<string, number[]>();
	readonly cards = new Map<number, ModelCard>();
	/** Cards not in any note now. */
	readonly removed = new Set<number>();
	/** Deleted notes, restorable at their path. */
	readonly trash = new Map<string, number[]>();
	private readonly answered: number[] = [];
	private next = 0;
	private time: number;

	constructor(
		readonly collection: Collection,
		start: number,
	) {
		this.time = start;
		for (const path of ["a/one.md", "a/two.md", "b/three.md"]) {
			this.notes.set(path, [this.newCard(), this.newCard()]);
			this.index(path);
		}
	}

	/** Total answers that still count. */
	get answerCount(): number {
		return this.answered.length;
	}

	private newCard(): number {
		const key = this.next++;
		this.cards.set(key, { key, front: `What is ${word(key, 1)} ${word(key, 2)}?`, back: `It is ${word(key, 3)} of ${word(key, 4)} kind.`, answers: 0 });
		return key;
	}

	private now(): Date {
		this.time += 37 * 60_000;
		return new Date(this.time);
	}

	private index(path: string): void {
		const specs: CardSpec[] = (this.notes.get(path) ?? []).map((key) => {
			const card = this.cards.get(key) as ModelCard;
			return { front: card.front, back: card.back };
		});
		this.collection.indexNote(path, noteText(specs), this.now());
	}

	private liveKeys(): number[] {
		return [...this.notes.values()].flat();
	}

	private noteOf(key: number): string | undefined {
		return [...this.notes].find(([, keys]) => keys.includes(key))?.[0];
	}

	/** Applies one action to the vault and the collection. */
	apply(op: VaultOp): void {
		const paths = [...this.notes.keys()].sort();
		switch (op.kind) {
			case "add": {
				const path = pick(paths, op.note);
				if (!path) return;
				const keys = this.notes.get(path) as number[];
				keys.splice(op.position % (keys.length + 1), 0, this.newCard());
				return this.index(path);
			}
			case "typo":
			case "rewrite": {
				const key = pick(this.liveKeys(), op.pick);
				if (key === undefined) return;
				const card = this.cards.get(key) as ModelCard;
				if (op.kind === "typo") card.front = card.front.replace("?", "s?");
				else card.back = `${word(key, this.next + 5)} ${word(key, this.next + 6)} ${word(key, this.next + 7)}.`;
				return this.index(this.noteOf(key) as string);
			}
			case "move": {
				const key = pick(this.liveKeys(), op.pick);
				if (key === undefined) return;
				const path = this.noteOf(key) as string;
				const keys = (this.notes.get(path) as number[]).filter((k) => k !== key);
				keys.splice(op.position % (keys.length + 1), 0, key);
				this.notes.set(path, keys);
				return this.index(path);
			}
			case "moveToNote": {
				const key = pick(this.liveKeys(), op.pick);
				const target = pick(paths, op.note);
				const source = key === undefined ? undefined : this.noteOf(key);
				if (key === undefined || !target || !source || source === target) return;
				this.notes.set(source, (this.notes.get(source) as number[]).filter((k) => k !== key));
				(this.notes.get(target) as number[]).push(key);
				for (const path of op.targetFirst ? [target, source] : [source, target]) this.index(path);
				return;
			}
			case "remove": {
				const key = pick(this.liveKeys(), op.pick);
				if (key === undefined) return;
				const path = this.noteOf(key) as string;
				this.notes.set(path, (this.notes.get(path) as number[]).filter((k) => k !== key));
				this.removed.add(key);
				return this.index(path);
			}
			case "restore": {
				const key = pick([...this.removed], op.pick);
				const path = pick(paths, op.note);
				if (key === undefined || !path) return;
				this.removed.delete(key);
				(this.notes.get(path) as number[]).push(key);
				return this.index(path);
			}
			case "rename": {
				const path = pick(paths, op.note);
				if (!path) return;
				const renamed = `${["a", "b", "c"][op.folder]}/n${this.next++}.md`;
				this.notes.set(renamed, this.notes.get(path) as number[]);
				this.notes.delete(path);
				this.collection.renameNote(path, renamed);
				return this.index(renamed);
			}
			case "delete": {
				const path = pick(paths, op.note);
				if (!path) return;
				const keys = this.notes.get(path) as number[];
				this.trash.set(path, keys);
				this.notes.delete(path);
				for (const key of keys) this.removed.add(key);
				return this.collection.deleteNote(path, this.now());
			}
			case "restoreNote": {
				const path = pick([...this.trash.keys()].sort(), op.pick);
				if (!path) return;
				const keys = (this.trash.get(path) as number[]).filter((key) => this.removed.has(key));
				this.trash.delete(path);
				for (const key of keys) this.removed.delete(key);
				this.notes.set(path, keys);
				return this.index(path);
			}
			case "answer": {
				const key = pick(this.liveKeys(), op.pick);
				if (key === undefined) return;
				const card = this.cards.get(key) as ModelCard;
				const id = this.collection.cards().find((c) => c.front === card.front)?.id;
				if (id === undefined) throw new Error(`card ${card.front} is not live`);
				this.collection.answer(id, op.rating, this.now());
				card.answers++;
				this.answered.push(key);
				return;
			}
			case "undo": {
				if (!this.collection.undo()) return;
				const key = this.answered.pop() as number;
				(this.cards.get(key) as ModelCard).answers--;
				return;
			}
		}
	}
}
