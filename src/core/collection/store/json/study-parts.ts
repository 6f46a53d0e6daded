/**
 * The stored form of practice answers and hand-set due dates: two optional keys of the store object,
 * written only when they hold something, so stores without them keep their exact text (and older
 * readers, which ignore unknown keys, keep working).
 */
import type { PracticeEntry, PracticeLog } from "../../log/practice-log";
import type { Register, StoreData } from "../../store-model";
import { at, fail, integer, list, record, type Where } from "./data-checks";
import { byText, type RegisterTuple } from "./store-schema";

/** A practice answer: `[time, rating, device, offset, duration (-1 unknown), rev, undone (0/1)]`. */
export type PracticeTuple = [number, number, number, number, number, number, number];

/** The optional keys. */
export interface StudyPartsJson {
	practice?: Record<string, PracticeTuple[]>;
	dueSet?: Record<string, RegisterTuple>;
}

/** Device names the parts use, for the device table. */
export function studyDevices(data: Pick<StoreData, "practice" | "dueSet">, names: Set<string>): void {
	for (const list of data.practice.values()) for (const entry of list) names.add(entry.device);
	for (const write of data.dueSet.values()) names.add(write.device);
}

/** The parts as JSON keys (none when empty). */
export function encodeStudyParts(data: Pick<StoreData, "practice" | "dueSet">, device: (name: string) => number): StudyPartsJson {
	const json: StudyPartsJson = {};
	const ids = (map: ReadonlyMap<string, unknown>): string[] => [...map.keys()].sort(byText);
	if (data.practice.size > 0) {
		json.practice = {};
		for (const id of ids(data.practice)) {
			json.practice[id] = (data.practice.get(id) ?? []).map((e) => [e.time, e.rating, device(e.device), e.offset, e.duration ?? -1, e.rev, e.undone ? 1 : 0]);
		}
	}
	if (data.dueSet.size > 0) {
		json.dueSet = {};
		for (const id of ids(data.dueSet)) {
			const write = data.dueSet.get(id) as Register<number>;
			json.dueSet[id] = [write.value, write.time, device(write.device)];
		}
	}
	return json;
}

/** Reads the parts (absent keys are empty); a bad value throws `CollectionDataError` naming it. */
export function decodeStudyParts(json: Record<string, unknown>, device: (value: unknown, where: Where) => string): Pick<StoreData, "practice" | "dueSet"> {
	const practice: PracticeLog = json.practice === undefined ? new Map<string, PracticeEntry[]>() : entries(json.practice, "practice", (value, where) => list(value, where).map((item, i) => practiceEntry(item, at(where, i), device)));
	const dueSet = json.dueSet === undefined ? new Map<string, Register<number>>() : entries(json.dueSet, "dueSet", (value, where) => {
		const tuple = list(value, where);
		if (tuple.length !== 3) fail(where, "a write [due, time, device]", value);
		return { value: integer(tuple[0], at(where, 0), 0), time: integer(tuple[1], at(where, 1)), device: device(tuple[2], at(where, 2)) };
	});
	return { practice, dueSet };
}

function entries<T>(value: unknown, where: Where, decode: (item: unknown, where: Where) => T): Map<string, T> {
	return new Map(Object.entries(record(value, where)).map(([key, item]) => [key, decode(item, at(where, key))]));
}

function practiceEntry(value: unknown, where: Where, device: (value: unknown, where: Where) => string): PracticeEntry {
	const tuple = list(value, where);
	if (tuple.length !== 7) fail(where, "a practice answer [time, rating, device, offset, duration, rev, undone]", value);
	const rating = integer(tuple[1], at(where, 1), 1);
	if (rating > 4) fail(at(where, 1), "a rating from 1 to 4", tuple[1]);
	const entry: PracticeEntry = {
		time: integer(tuple[0], at(where, 0)),
		rating: rating as PracticeEntry["rating"],
		device: device(tuple[2], at(where, 2)),
		offset: integer(tuple[3], at(where, 3)),
		rev: integer(tuple[5], at(where, 5), 0),
	};
	const duration = integer(tuple[4], at(where, 4), -1);
	if (duration >= 0) entry.duration = duration;
	if (integer(tuple[6], at(where, 6), 0) === 1) entry.undone = true;
	return entry;
}
