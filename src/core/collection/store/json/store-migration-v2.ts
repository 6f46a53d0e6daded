import type { Rating, SchedulingState } from "../../../types";
import { at, fail, integer, list, number, type Where } from "./data-checks";
import { compareEntries } from "../../log/review-log";
import { cardId } from "./store-decode-notes";
import { decodeCommon, entries } from "./store-decode";
import { DURATION_UNIT_MS, STATE_OF } from "./store-schema";
import type { LogEntry, StoreData } from "../../store-model";
import { isStorableOffset, isStorableTime, MAX_DURATION_MS, MAX_OFFSET_MINUTES, MAX_TIME } from "../../log/log-limits";

/**
 * Reader of layout 2, which stored each answer as a list of numbers and each cached state as a list:
 * the model of layout 3 in a form that cost JSON.parse a quarter of a second at 500,000 answers. The
 * other parts are stored alike and read by the layout-3 reader's `decodeCommon`.
 */

function rating(value: unknown, where: Where): Rating {
	if (value !== 1 && value !== 2 && value !== 3 && value !== 4) fail(where, "a rating 1, 2, 3 or 4", value);
	return value;
}

function decodeLog(value: unknown, where: Where, key: string, device: (i: unknown, w: Where) => string): LogEntry[] {
	cardId(key, where);
	let time = 0;
	let deviceIndex: unknown = 0;
	let offset = 0;
	const result = list(value, where).map((item, i) => {
		const w = at(where, i);
		const tuple = list(item, w);
		if (tuple.length < 2 || tuple.length > 6) fail(w, "an answer [time, rating, duration?, device?, offset?, rev?]", item);
		time = i === 0 ? integer(tuple[0], at(w, 0)) : time + integer(tuple[0], at(w, 0), 0);
		// Checked as the sum goes: gaps adding up past exact integers would never replay.
		if (!isStorableTime(time)) fail(at(w, 0), `a time within ${MAX_TIME} ms of 1970`, tuple[0]);
		if (tuple.length > 3) deviceIndex = tuple[3];
		if (tuple.length > 4) offset = integer(tuple[4], at(w, 4));
		if (!isStorableOffset(offset)) fail(at(w, 4), `whole minutes within ${MAX_OFFSET_MINUTES} of UTC`, offset);
		const entry: LogEntry = { time, rating: rating(tuple[1], at(w, 1)), device: device(deviceIndex, at(w, 3)), offset, rev: 0 };
		if (tuple[2] !== undefined && tuple[2] !== null) entry.duration = Math.min(MAX_DURATION_MS, integer(tuple[2], at(w, 2), 0) * DURATION_UNIT_MS);
		if (tuple.length > 5) entry.rev = integer(tuple[5], at(w, 5), 0);
		return entry;
	});
	result.forEach((entry, i) => {
		const previous = result[i - 1];
		if (previous && compareEntries(previous, entry) >= 0) fail(at(where, i), "answers in time order without repeats", value);
	});
	return result;
}

/** Smallest stability (days) the scheduler accepts once a card has a memory state. */
const MIN_STABILITY = 0.001;

function decodeCache(value: unknown, where: Where): SchedulingState {
	const tuple = list(value, where);
	if (tuple.length !== 7) fail(where, "a schedule [state, due, stability, difficulty, scheduledDays, step, lapses]", value);
	const state = STATE_OF[integer(tuple[0], at(where, 0), 0)];
	if (!state) fail(at(where, 0), "a state code 0–3", tuple[0]);
	const stability = number(tuple[2], at(where, 2));
	const difficulty = number(tuple[3], at(where, 3));
	// The scheduler refuses any other memory state, so such a cache would fail at the next answer instead.
	const noMemory = stability === 0 && difficulty === 0;
	if (!noMemory && !(stability >= MIN_STABILITY)) fail(at(where, 2), `a stability of at least ${MIN_STABILITY}`, tuple[2]);
	if (!noMemory && !(difficulty >= 1 && difficulty <= 10)) fail(at(where, 3), "a difficulty from 1 to 10", tuple[3]);
	return {
		state,
		due: integer(tuple[1], at(where, 1)),
		stability,
		difficulty,
		scheduledDays: number(tuple[4], at(where, 4)),
		step: integer(tuple[5], at(where, 5), 0),
		reps: 0,
		lapses: integer(tuple[6], at(where, 6), 0),
	};
}

/** Reads a version-2 store object; throws `CollectionDataError` naming the first bad value. */
export function fromV2(json: Record<string, unknown>): StoreData {
	const { data, device } = decodeCommon(json);
	for (const [id, list] of entries(json.log, "log", (value, where, key) => decodeLog(value, where, key, device))) {
		// A card listed without answers has none: layout 3 has no line for it.
		if (list.length > 0) data.log.entries.set(id, list);
	}
	for (const [id, state] of entries(json.cache, "cache", (value, where) => decodeCache(value, where))) data.cache.set(id, state);
	return data;
}
