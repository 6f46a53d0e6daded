/**
 * The on-disk layout of a store (see docs/decisions/store-schema.md). Plain JSON, compact: tuples with
 * short codes, ids as keys, epoch-ms integers, device names listed once. `encode`/`decode` convert it.
 */
import type { CardKind, CardState } from "../../../types";

/** Value of the `format` field: tells a store from any other JSON. */
export const STORE_FORMAT = "flashcard-review/store";

/** Version this code writes; older versions are migrated on load, newer ones refused. */
export const STORE_VERSION = 3;

/** Card kinds as one letter. */
export const KIND_CODE: Record<CardKind, string> = { basic: "b", reversed: "r", cloze: "c", reminder: "m" };

/** Card states as a digit. */
export const STATE_CODE: Record<CardState, number> = { new: 0, learning: 1, review: 2, relearning: 3 };

/** Card states by their digit. */
export const STATE_OF: readonly CardState[] = ["new", "learning", "review", "relearning"];

/**
 * A note card: `[id, kind, line, endLine, front, back, extra?]`; `extra` holds what is not always
 * there: `t` tags (when not the note's), `x` context, `a` anchor, `z` cloze numbers, `n` the epoch ms
 * the card was first seen (when not the note's `n`).
 */
export type CardTuple = [string, string, number, number, string, string, CardExtra?];

/** Optional fields of a stored card. */
export interface CardExtra {
	t?: string[];
	x?: string[];
	a?: string;
	z?: number[];
	n?: number;
}

/**
 * A note: `at` indexed-at ms; `x: 1` marks a deletion; `d` deck; `t` note tags; `n` when most of its
 * cards were first seen (ms); `m`/`s`/`h` mtime, size, parse hash; `c` cards.
 */
export interface NoteJson {
	at: number;
	x?: 1;
	d?: string;
	t?: string[];
	n?: number;
	m?: number;
	s?: number;
	h?: string;
	c?: CardTuple[];
}

/** An orphan: `p` last path, `d` deck, `at` since (ms), `c` the card; `x: 1` (and no card) once it was re-attached or purged at `at`. */
export interface OrphanJson {
	p?: string;
	d?: string;
	at: number;
	c?: CardTuple;
	x?: 1;
}

/**
 * The review log as one text (see packed-log.ts): a line per card, `<card id> <answer> <answer>…`,
 * lines sorted by card id and joined by `\n`, answers oldest first. Each answer is
 * `gap,rating[,duration[,device[,offset[,rev]]]]`: `gap` is epoch ms for a card's first answer and ms
 * since the previous answer for the others; `duration` is in tenths of a second, empty when unknown;
 * `device` indexes `devices` and `offset` is minutes east of UTC, each left out when it is the previous
 * answer's (device 0 and offset 0 before the first); `rev` is left out when 0. Fields are written up to
 * the last one that says something, so a typical answer is `86400000,3,42`.
 */
export type LogText = string;

/** Answer durations are kept to a tenth of a second (the stored unit). */
export const DURATION_UNIT_MS = 100;

/**
 * The scheduling cache as one text (see packed-state.ts): a line per card,
 * `<card id> state,due,stability,difficulty,scheduledDays,step,lapses`, sorted by card id.
 */
export type CacheText = string;

/** A last-writer-wins write: `[value, time, device]`. */
export type RegisterTuple = [number, number, number];

/** The whole stored object, version 3. */
export interface StoreJson {
	format: string;
	version: number;
	options: Record<string, unknown>;
	optionsRev: number;
	devices: string[];
	notes: Record<string, NoteJson>;
	orphans: Record<string, OrphanJson>;
	log: LogText;
	/** Per card: undone answers as `[time, device, rev]`. */
	undone: Record<string, [number, number, number][]>;
	resets: Record<string, number[]>;
	purged: Record<string, number>;
	aliases: [string, string][];
	suspended: Record<string, RegisterTuple>;
	buried: Record<string, RegisterTuple>;
	cache: CacheText;
	/** Practice answers (see study-parts.ts); absent when there are none. */
	practice?: Record<string, [number, number, number, number, number, number, number][]>;
	/** Due dates set by hand, `[due ms, time, device]`; absent when there are none. */
	dueSet?: Record<string, RegisterTuple>;
}

/** Keys every stored object has; a missing one means truncated or foreign data. */
export const REQUIRED_KEYS: readonly (keyof StoreJson)[] = [
	"format",
	"version",
	"options",
	"optionsRev",
	"devices",
	"notes",
	"orphans",
	"log",
	"undone",
	"resets",
	"purged",
	"aliases",
	"suspended",
	"buried",
	"cache",
];

/** `[a, b]` sorted by text, for stable output. */
export function byText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
