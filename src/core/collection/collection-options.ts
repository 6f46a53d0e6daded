import { DEFAULT_PARSE_OPTIONS } from "../parser/parse-options";
import { DEFAULT_SCHEDULER_OPTIONS } from "../scheduler/scheduler-options";
import type { ParseOptions } from "../types";
import { shortHash } from "./identity/card-identity";
import type { StoreOptions } from "./store-model";

/** The options of a fresh store. */
export const DEFAULT_STORE_OPTIONS: StoreOptions = { ...DEFAULT_SCHEDULER_OPTIONS, ...DEFAULT_PARSE_OPTIONS };

/** Outcome of validating options: the complete options, or the first problem in words. */
export type OptionsResult = { ok: true; options: StoreOptions } | { ok: false; error: string };

type Check = (value: unknown) => string | undefined;

const integer =
	(min: number, max: number): Check =>
	(value) =>
		typeof value === "number" && Number.isInteger(value) && value >= min && value <= max
			? undefined
			: `must be a whole number from ${min} to ${max}`;

const steps: Check = (value) =>
	Array.isArray(value) &&
	value.length <= 20 &&
	value.every((m) => typeof m === "number" && Number.isFinite(m) && m > 0 && m <= 525_600)
		? undefined
		: "must be a list of at most 20 durations in minutes, each above 0 and at most a year";

const text: Check = (value) =>
	typeof value === "string" && value.trim() !== "" && value.length <= 200 ? undefined : "must be a non-empty text";

const word: Check = (value) =>
	typeof value === "string" && /^[^\s#]{1,100}$/.test(value) ? undefined : "must be one word without spaces or #";

const parameters: Check = (value) =>
	Array.isArray(value) && (value.length === 0 || (value.length === 21 && value.every((w) => typeof w === "number" && Number.isFinite(w))))
		? undefined
		: "must be empty (the defaults) or a list of 21 FSRS parameters";

const flag: Check = (value) => (typeof value === "boolean" ? undefined : "must be true or false");

const CHECKS: Record<keyof StoreOptions, Check> = {
	newPerDay: integer(0, 9999),
	reviewsPerDay: integer(0, 99_999),
	dayStartHour: integer(0, 23),
	desiredRetention: (value) =>
		typeof value === "number" && value >= 0.7 && value <= 0.99 ? undefined : "must be a number from 0.7 to 0.99",
	maximumInterval: integer(1, 36_500),
	learningSteps: steps,
	relearningSteps: steps,
	leechThreshold: integer(0, 99),
	fsrsParameters: parameters,
	cardTag: word,
	deckKey: word,
	folderDecks: flag,
	defaultDeck: text,
	inlineCards: flag,
	inlineSeparator: word,
	inlineReversedSeparator: word,
	clozeCards: flag,
	highlightClozes: flag,
	fenceLabel: word,
};

/** The option names a store keeps, in a fixed order. */
export const OPTION_KEYS = Object.keys(CHECKS) as (keyof StoreOptions)[];

/** Why a value is not valid for a known option, or undefined when it is. */
export function optionProblem(key: keyof StoreOptions, value: unknown): string | undefined {
	return CHECKS[key](value);
}

/**
 * Applies `changes` to `base` if every value is valid. Unknown keys and bad values are refused with a
 * message naming the option (nothing is applied then).
 */
export function applyOptions(base: StoreOptions, changes: unknown): OptionsResult {
	if (typeof changes !== "object" || changes === null || Array.isArray(changes)) {
		return { ok: false, error: "options must be an object" };
	}
	const next: Record<string, unknown> = { ...base };
	for (const [key, value] of Object.entries(changes)) {
		if (value === undefined) continue;
		// `__proto__` and the like are not options (and not the object's own keys).
		const check = Object.hasOwn(CHECKS, key) ? (CHECKS as Record<string, Check>)[key] : undefined;
		if (!check) return { ok: false, error: `unknown option "${key}"` };
		const problem = check(value);
		if (problem) return { ok: false, error: `option "${key}" ${problem} (got ${JSON.stringify(value)})` };
		next[key] = Array.isArray(value) ? [...(value as number[])] : value;
	}
	if (next.inlineSeparator === next.inlineReversedSeparator) {
		return { ok: false, error: 'options "inlineSeparator" and "inlineReversedSeparator" must differ' };
	}
	return { ok: true, options: next as unknown as StoreOptions };
}

/** The parse options part of a store's options. */
export function parseOptionsOf(options: StoreOptions): ParseOptions {
	const { cardTag, deckKey, folderDecks, defaultDeck, inlineCards, inlineSeparator, inlineReversedSeparator, clozeCards } =
		options;
	const { highlightClozes, fenceLabel } = options;
	return {
		cardTag,
		deckKey,
		folderDecks,
		defaultDeck,
		inlineCards,
		inlineSeparator,
		inlineReversedSeparator,
		clozeCards,
		highlightClozes,
		fenceLabel,
	};
}

/** Raised whenever the parser reads a note differently; version 2 reads the Flashcards 2.x syntax. */
export const PARSER_VERSION = 2;

/** Hashes of option objects already hashed (a store's options object is replaced, never changed). */
const PARSE_HASHES = new WeakMap<StoreOptions, string>();

/**
 * A short hash of the parse options and the parser's version: a note indexed under another hash must be
 * read again (a newer parser may find cards an older one could not read).
 */
export function parseOptionsHash(options: StoreOptions): string {
	let hash = PARSE_HASHES.get(options);
	if (hash === undefined) {
		const parse = parseOptionsOf(options);
		const entries = Object.keys(parse).sort().map((key) => [key, parse[key as keyof ParseOptions]]);
		hash = shortHash(JSON.stringify([PARSER_VERSION, ...entries]));
		PARSE_HASHES.set(options, hash);
	}
	return hash;
}

/**
 * Options as stored: the known ones checked (a bad value is refused with a message naming it), and
 * the keys a newer version added kept aside, so that saving writes them back unchanged. `__proto__`
 * is refused: no version writes it, and as a key it would change the object it is copied into.
 */
export function readStoredOptions(value: unknown): { ok: true; options: StoreOptions; more: Record<string, unknown> } | { ok: false; error: string } {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return { ok: false, error: "options must be an object" };
	const known: Record<string, unknown> = {};
	const more: Record<string, unknown> = {};
	for (const [key, item] of Object.entries(value)) {
		if (key === "__proto__") return { ok: false, error: 'unknown option "__proto__"' };
		if (Object.hasOwn(CHECKS, key)) known[key] = item;
		else more[key] = item;
	}
	const applied = applyOptions(DEFAULT_STORE_OPTIONS, known);
	return applied.ok ? { ok: true, options: applied.options, more } : applied;
}
