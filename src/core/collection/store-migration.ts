/**
 * Migrations of older store layouts to the current one, one version step each, JSON to JSON; each step
 * checks the old layout as it reads it so a bad file is reported in its own terms.
 */
import { at, field, integer, list, record, text, texts, type Where } from "./data-checks";
import { KIND_CODE, STATE_CODE, STORE_FORMAT, type CardTuple, type EntryTuple, type StoreJson } from "./store-schema";
import type { CardKind, CardState } from "../types";

/** Device name given to writes that version 1 stored without one (bury and suspend). */
export const MIGRATED_DEVICE = "migrated";

function v1Card(value: unknown, where: Where): CardTuple {
	const card = record(value, where);
	const kind = text(field(card, "kind", where), at(where, "kind")) as CardKind;
	const tuple: CardTuple = [
		text(field(card, "id", where), at(where, "id")),
		KIND_CODE[kind] ?? `?${kind}`,
		integer(field(card, "line", where), at(where, "line"), 0),
		integer(field(card, "endLine", where), at(where, "endLine"), 0),
		text(field(card, "front", where), at(where, "front")),
		text(field(card, "back", where), at(where, "back")),
		integer(field(card, "added", where), at(where, "added")),
		{ t: texts(field(card, "tags", where), at(where, "tags")), x: texts(field(card, "context", where), at(where, "context")) },
	];
	const extra = tuple[7] ?? {};
	if (card.anchor !== undefined) extra.a = text(card.anchor, at(where, "anchor"));
	if (card.clozes !== undefined) extra.z = list(card.clozes, at(where, "clozes")) as number[];
	return tuple;
}

/**
 * Version 1, the first layout: readable objects everywhere, one flat `reviews` list, a full `schedule`
 * object per card, `suspended` as a list of ids and `buried` as id → until. It had no tombstones,
 * aliases or file stats (notes indexed by it are read again once).
 */
function fromV1(v1: Record<string, unknown>): Record<string, unknown> {
	const devices: string[] = [MIGRATED_DEVICE];
	const device = (name: string): number => {
		const i = devices.indexOf(name);
		return i >= 0 ? i : devices.push(name) - 1;
	};
	const notes: StoreJson["notes"] = {};
	for (const [path, value] of Object.entries(record(field(v1, "notes", "the store"), "notes"))) {
		const where = at("notes", path);
		const note = record(value, where);
		notes[path] = {
			at: integer(field(note, "indexedAt", where), at(where, "indexedAt")),
			d: text(field(note, "deck", where), at(where, "deck")),
			t: texts(field(note, "tags", where), at(where, "tags")),
			c: list(field(note, "cards", where), at(where, "cards")).map((card, i) => v1Card(card, at(at(where, "cards"), i))),
		};
	}
	const orphans: StoreJson["orphans"] = {};
	list(field(v1, "orphans", "the store"), "orphans").forEach((value, i) => {
		const where = at("orphans", i);
		const orphan = record(value, where);
		const card = v1Card(field(orphan, "card", where), at(where, "card"));
		orphans[card[0]] = {
			p: text(field(orphan, "path", where), at(where, "path")),
			d: text(field(orphan, "deck", where), at(where, "deck")),
			at: integer(field(orphan, "since", where), at(where, "since")),
			c: card,
		};
	});
	const reviews = list(field(v1, "reviews", "the store"), "reviews").map((value, i) => {
		const where = at("reviews", i);
		const review = record(value, where);
		return {
			card: text(field(review, "card", where), at(where, "card")),
			time: integer(field(review, "time", where), at(where, "time")),
			rating: field(review, "rating", where) as EntryTuple[1],
			device: text(field(review, "device", where), at(where, "device")),
			offset: integer(field(review, "offset", where), at(where, "offset")),
			duration: review.duration === undefined ? null : integer(review.duration, at(where, "duration"), 0),
		};
	});
	reviews.sort((a, b) => a.time - b.time || (a.device < b.device ? -1 : a.device > b.device ? 1 : 0));
	const log: StoreJson["log"] = {};
	const last = new Map<string, { time: number; offset: number }>();
	for (const review of reviews) {
		const previous = last.get(review.card);
		const tuple: EntryTuple = [previous ? review.time - previous.time : review.time, review.rating, device(review.device), review.duration];
		if (review.offset !== (previous?.offset ?? 0)) tuple.push(review.offset);
		else if (review.duration === null) tuple.pop();
		(log[review.card] ??= []).push(tuple);
		last.set(review.card, review);
	}
	const cache: StoreJson["cache"] = {};
	for (const [id, value] of Object.entries(record(field(v1, "schedule", "the store"), "schedule"))) {
		const where = at("schedule", id);
		const s = record(value, where);
		const get = (key: string): number => integer(field(s, key, where), at(where, key));
		const state = text(field(s, "state", where), at(where, "state")) as CardState;
		const real = (key: string): number => field(s, key, where) as number;
		cache[id] = [STATE_CODE[state] ?? -1, get("due"), real("stability"), real("difficulty"), real("scheduledDays"), get("step"), get("lapses")];
	}
	const suspended: StoreJson["suspended"] = {};
	for (const id of texts(field(v1, "suspended", "the store"), "suspended")) suspended[id] = [1, 0, 0];
	const buried: StoreJson["buried"] = {};
	for (const [id, until] of Object.entries(record(field(v1, "buried", "the store"), "buried"))) {
		buried[id] = [integer(until, at("buried", id), 0), 0, 0];
	}
	return {
		format: STORE_FORMAT,
		version: 2,
		options: record(field(v1, "settings", "the store"), "settings"),
		optionsRev: 0,
		devices,
		notes,
		orphans,
		log,
		undone: {},
		resets: {},
		purged: {},
		aliases: [],
		suspended,
		buried,
		cache,
	};
}

/** Migration steps: `MIGRATIONS[n]` turns a version-n store into version n + 1. */
export const MIGRATIONS: Record<number, (json: Record<string, unknown>) => Record<string, unknown>> = { 1: fromV1 };
