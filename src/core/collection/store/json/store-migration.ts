/**
 * Readers of older store layouts. Each builds the current in-memory model straight from its layout (so
 * a layout change never breaks an older reader silently: the compiler checks the model), checking the
 * old layout as it reads so a bad file is reported in its own terms.
 */
import type { CardKind, CardState, SchedulingState } from "../../../types";
import { applyOptions, DEFAULT_STORE_OPTIONS } from "../../collection-options";
import { at, CollectionDataError, fail, field, integer, list, number, record, text, texts, type Where } from "./data-checks";
import { compareEntries } from "../../log/review-log";
import { fromV2 } from "./store-migration-v2";
import { cardId } from "./store-decode-notes";
import { isReviewableId } from "../../identity/card-identity";
import { isStorableOffset, isStorableTime, MAX_DURATION_MS, MAX_OFFSET_MINUTES, MAX_TIME } from "../../log/log-limits";
import { emptyStore, type LogEntry, type StoredCard, type StoreData } from "../../store-model";

/** Device name given to writes that version 1 stored without one (bury and suspend). */
export const MIGRATED_DEVICE = "migrated";

const KINDS: readonly CardKind[] = ["basic", "reversed", "cloze"];
const STATES: readonly CardState[] = ["new", "learning", "review", "relearning"];

function oneOf<T extends string>(values: readonly T[], value: unknown, where: Where): T {
	if (!values.includes(value as T)) fail(where, values.map((v) => `"${v}"`).join(" or "), value);
	return value as T;
}

/** A note card id: what a reviewable id is without its side. */
function noteCardId(value: unknown, where: Where): string {
	const id = text(value, where);
	if (!isReviewableId(id) || id.includes("-")) fail(where, "a card id (letters and digits)", value);
	return id;
}

function v1Card(value: unknown, where: Where): StoredCard {
	const card = record(value, where);
	const get = (key: string): unknown => field(card, key, where);
	const result: StoredCard = {
		id: noteCardId(get("id"), at(where, "id")),
		kind: oneOf(KINDS, get("kind"), at(where, "kind")),
		line: integer(get("line"), at(where, "line"), 0),
		endLine: integer(get("endLine"), at(where, "endLine"), 0),
		front: text(get("front"), at(where, "front")),
		back: text(get("back"), at(where, "back")),
		added: integer(get("added"), at(where, "added")),
		tags: texts(get("tags"), at(where, "tags")),
		context: texts(get("context"), at(where, "context")),
	};
	if (card.anchor !== undefined) result.anchor = text(card.anchor, at(where, "anchor"));
	if (card.clozes !== undefined) result.clozes = list(card.clozes, at(where, "clozes")).map((n, i) => integer(n, at(at(where, "clozes"), i), 1));
	return result;
}

function v1Review(value: unknown, where: Where): { card: string; entry: LogEntry } {
	const review = record(value, where);
	const get = (key: string): unknown => field(review, key, where);
	const rating = get("rating");
	if (rating !== 1 && rating !== 2 && rating !== 3 && rating !== 4) fail(at(where, "rating"), "a rating 1, 2, 3 or 4", rating);
	const entry: LogEntry = {
		time: storable(integer(get("time"), at(where, "time")), isStorableTime, at(where, "time"), `a time within ${MAX_TIME} ms of 1970`),
		rating: rating,
		device: text(get("device"), at(where, "device")),
		offset: storable(integer(get("offset"), at(where, "offset")), isStorableOffset, at(where, "offset"), `whole minutes within ${MAX_OFFSET_MINUTES} of UTC`),
		rev: 0,
	};
	if (review.duration !== undefined) entry.duration = Math.min(MAX_DURATION_MS, integer(review.duration, at(where, "duration"), 0));
	return { card: cardId(get("card"), at(where, "card")), entry };
}

/** A value the store can hold, checked by `ok` (the rule its readers use). */
function storable(value: number, ok: (value: number) => boolean, where: Where, expected: string): number {
	if (!ok(value)) fail(where, expected, value);
	return value;
}

function v1Schedule(value: unknown, where: Where): SchedulingState {
	const s = record(value, where);
	const get = (key: string): unknown => field(s, key, where);
	const stability = number(get("stability"), at(where, "stability"));
	const difficulty = number(get("difficulty"), at(where, "difficulty"));
	// What the cache reader accepts: no memory yet (0, 0), or a memory the scheduler can go on from.
	if (!(stability === 0 && difficulty === 0)) {
		if (!(stability >= 0.001)) fail(at(where, "stability"), "a stability of at least 0.001", stability);
		if (!(difficulty >= 1 && difficulty <= 10)) fail(at(where, "difficulty"), "a difficulty from 1 to 10", difficulty);
	}
	return {
		state: oneOf(STATES, get("state"), at(where, "state")),
		due: integer(get("due"), at(where, "due")),
		stability,
		difficulty,
		scheduledDays: number(get("scheduledDays"), at(where, "scheduledDays")),
		step: integer(get("step"), at(where, "step"), 0),
		reps: integer(get("reps"), at(where, "reps"), 0),
		lapses: integer(get("lapses"), at(where, "lapses"), 0),
	};
}

/**
 * Version 1, the first layout: readable objects everywhere, one flat `reviews` list, a full `schedule`
 * object per card, `suspended` as a list of ids and `buried` as id → until. It had no tombstones,
 * aliases or file stats (so every note it indexed is read again once).
 */
function fromV1(v1: Record<string, unknown>): StoreData {
	const options = applyOptions(DEFAULT_STORE_OPTIONS, record(field(v1, "settings", "the store"), "settings"));
	if (!options.ok) throw new CollectionDataError(`Invalid store data at settings: ${options.error}.`);
	const data = emptyStore(options.options);
	for (const [path, value] of Object.entries(record(field(v1, "notes", "the store"), "notes"))) {
		const where = at("notes", path);
		const note = record(value, where);
		data.notes.set(path, {
			path,
			indexedAt: integer(field(note, "indexedAt", where), at(where, "indexedAt")),
			deleted: false,
			deck: text(field(note, "deck", where), at(where, "deck")),
			tags: texts(field(note, "tags", where), at(where, "tags")),
			cards: list(field(note, "cards", where), at(where, "cards")).map((card, i) => v1Card(card, at(at(where, "cards"), i))),
		});
	}
	list(field(v1, "orphans", "the store"), "orphans").forEach((value, i) => {
		const where = at("orphans", i);
		const orphan = record(value, where);
		const card = v1Card(field(orphan, "card", where), at(where, "card"));
		data.orphans.set(card.id, {
			card,
			path: text(field(orphan, "path", where), at(where, "path")),
			deck: text(field(orphan, "deck", where), at(where, "deck")),
			since: integer(field(orphan, "since", where), at(where, "since")),
		});
	});
	const byCard = new Map<string, LogEntry[]>();
	list(field(v1, "reviews", "the store"), "reviews").forEach((value, i) => {
		const { card, entry } = v1Review(value, at("reviews", i));
		const entries = byCard.get(card) ?? [];
		entries.push(entry);
		byCard.set(card, entries);
	});
	for (const [card, entries] of byCard) data.log.entries.set(card, entries.sort(compareEntries));
	for (const [id, value] of Object.entries(record(field(v1, "schedule", "the store"), "schedule"))) {
		data.cache.set(id, v1Schedule(value, at("schedule", id)));
	}
	for (const id of texts(field(v1, "suspended", "the store"), "suspended")) {
		data.suspended.set(id, { value: true, time: 0, device: MIGRATED_DEVICE });
	}
	for (const [id, until] of Object.entries(record(field(v1, "buried", "the store"), "buried"))) {
		data.buried.set(id, { value: integer(until, at("buried", id), 0), time: 0, device: MIGRATED_DEVICE });
	}
	return data;
}

/** `MIGRATIONS[n]` reads a store of version n (older than the current one). */
export const MIGRATIONS: Record<number, ((json: Record<string, unknown>) => StoreData) | undefined> = { 1: fromV1, 2: fromV2 };
