/**
 * Reading the files of a plugin folder into one store: the union of every part this version can read.
 * A part it cannot read (corrupt, or written by a newer version for newer readers) is left out and
 * named; a part written by a newer version that this one can still read is read but never written.
 */
import { hash53 } from "../../identity/card-identity";
import { mergeLogInto } from "../../log/review-log";
import { runSteps } from "../../run-steps";
import { CollectionDataError, record } from "../json/data-checks";
import { readStore } from "../store-load";
import { mergeStores } from "../merge/store-merge";
import { emptyStore, type ReviewLogData, type StoreData } from "../../store-model";
import { DEFAULT_STORE_OPTIONS } from "../../collection-options";
import type { LogLines } from "../text/packed-log";
import { UnitedLines } from "../text/united-lines";
import { partKind, unknownKeys } from "./layout";
import { REQUIRED_KEYS } from "../json/store-schema";
import { MIN_INDEXED_LINES, type LineIndex } from "./local-lines";
import { partInfo, readDataPart, readLogPartInSteps, readWritesPart, type LogPart, type ReadPart } from "./parts";

/** A log part of this device as read: its name, text, lines and, for an archive chunk, the time it holds answers before. */
export interface OwnLogPart {
	name: string;
	text: string;
	lines: LogLines;
	before?: number;
}

/** What reading a folder gives. */
export interface PartsRead {
	data: StoreData;
	/** Parts left out (unreadable) or not to be written (newer), by name, with why. */
	readOnly: Map<string, string>;
	/** Parts read without trouble (a part once read-only that reads again is writable again). */
	fine: Set<string>;
	/** Devices with parts of layout 4: their answers are theirs to write. */
	partDevices: Set<string>;
	/** Keys a newer version added, by file name, for data.json and this device's parts. */
	more: Map<string, Record<string, unknown>>;
	/** This device's log parts. */
	ownLogs: OwnLogPart[];
	/** Card ids of each log part read, by name (what a changed part can have changed). */
	logIds: Map<string, readonly string[]>;
	/** The lines of each log part read whose line index is worth keeping (see local-lines.ts), by name. */
	indexable: Map<string, LogLines>;
	/** A hash of each part read, by name. */
	hashes: Map<string, number>;
	/** Whether a store of layout 1–3 was read (as data.json of a device that has not updated). */
	legacy: boolean;
}

/** A hash of a part's text, to tell whether it changed since a cache was made. */
export function textHash(text: string): number {
	return hash53(text);
}

/**
 * Reads every part of `files` (by name relative to the plugin folder; other files are ignored) into
 * one store. Throws `CollectionDataError` only when no part can be read.
 */
export function readParts(files: Readonly<Record<string, string>>, deviceId: string, unchanged?: (name: string, hash: number) => boolean): PartsRead {
	return runSteps(readPartsInSteps(files, deviceId, unchanged));
}

/**
 * `readParts`, yielding after hashing, parsing and reading each part (a log part of 2,000,000
 * characters is some 25 ms of reading); a log part that `lineIndex` knows by its name and hash is not
 * read answer by answer (see local-lines.ts).
 */
export function* readPartsInSteps(
	files: Readonly<Record<string, string>>,
	deviceId: string,
	unchanged?: (name: string, hash: number) => boolean,
	lineIndex?: (name: string, hash: number) => LineIndex | undefined,
): Generator<void, PartsRead> {
	const read: PartsRead = {
		data: emptyStore(DEFAULT_STORE_OPTIONS),
		readOnly: new Map(),
		fine: new Set(),
		partDevices: new Set(),
		more: new Map(),
		ownLogs: [],
		logIds: new Map(),
		indexable: new Map(),
		hashes: new Map(),
		legacy: false,
	};
	let stores: StoreData | undefined;
	const logs: LogPartRead[] = [];
	let problem: string | undefined;
	for (const name of Object.keys(files).sort()) {
		const kind = partKind(name);
		const text = files[name];
		if (kind === undefined || typeof text !== "string") continue;
		const hash = textHash(text);
		if (unchanged?.(name, hash)) {
			read.fine.add(name);
			continue;
		}
		// Hashing and parsing a part of 2,000,000 characters are 5–10 ms each: a step each.
		yield;
		try {
			let json: Record<string, unknown>;
			try {
				json = record(JSON.parse(text) as unknown, name);
			} catch (error) {
				if (error instanceof CollectionDataError) throw error;
				throw new CollectionDataError(`${name} is not valid JSON (truncated file?): ${error instanceof Error ? error.message : String(error)}`);
			}
			yield;
			const info = partInfo(json, name);
			let part: ReadPart;
			if (kind === "data" && (info.version < 4 || REQUIRED_KEYS.every((key) => key in json))) {
				// A device that has not updated writes its whole store here: one more device's part. Merged
				// key by key with a data.json of layout 4 (Obsidian Sync does that), its keys are all there still.
				part = { data: readStore(info.version < 4 ? json : { ...json, version: 3 }), more: unknownKeys(json, [...REQUIRED_KEYS, "compatible"]) };
				read.legacy = true;
			} else if (!info.readable) {
				read.readOnly.set(name, `${name} was written by a newer version of the plugin (layout ${info.version}): update the plugin.`);
				continue;
			} else if (kind === "log") {
				const logPart = yield* readLogPartInSteps(json, name, lineIndex?.(name, hash));
				part = logPart;
				const { lines } = logPart;
				// Lines written otherwise than this version writes them come decoded, outside `lines`.
				const asWritten = lines.ids.length === logPart.data.log.entries.size;
				read.logIds.set(name, asWritten ? lines.ids : [...logPart.data.log.entries.keys()]);
				if (asWritten && lines.ids.length >= MIN_INDEXED_LINES) read.indexable.set(name, lines);
				if (logPart.device === deviceId) {
					const own: OwnLogPart = { name, text, lines: logPart.lines };
					if (logPart.before !== undefined) own.before = logPart.before;
					read.ownLogs.push(own);
				}
			} else {
				part = kind === "data" ? readDataPart(json) : readWritesPart(json, name);
			}
			if (info.newer) read.readOnly.set(name, `${name} was written by a newer version of the plugin (layout ${info.version}): it is read but not written.`);
			else read.fine.add(name);
			if (part.device !== undefined) read.partDevices.add(part.device);
			if (kind === "data" || part.device === deviceId) read.more.set(name, part.more);
			if (kind === "log") logs.push({ lines: (part as LogPart).lines, log: part.data.log });
			else stores = stores ? mergeStores(stores, part.data) : part.data;
			read.hashes.set(name, hash);
		} catch (error) {
			if (!(error instanceof CollectionDataError)) throw error;
			problem ??= error.message;
			read.readOnly.set(name, error.message);
		}
		yield;
	}
	const log = logs.length === 0 ? undefined : yield* uniteLogParts(logs);
	if (stores === undefined && log === undefined) {
		if (unchanged) return read;
		throw new CollectionDataError(problem ?? "No store files: none of data.json, store-….json or log-….json was given.");
	}
	const data = stores ?? read.data;
	if (log) {
		// The answers are the bulk: the writes parts' tombstones go into them, not the other way round.
		mergeLogInto(log, data.log);
		data.log = log;
	}
	read.data = data;
	return read;
}

/** A log part as read: its lines and its answers (the lines, and the cards its text wrote otherwise, decoded). */
interface LogPartRead {
	lines: LogLines;
	log: ReviewLogData;
}

/**
 * The answers of every log part in one log. One part's log is taken as it is; several parts' lines are
 * united row by row in one walk (`UnitedLines`), then the cards some part wrote otherwise than this
 * version writes them (decoded, outside its lines) are added.
 */
function* uniteLogParts(parts: readonly LogPartRead[]): Generator<void, ReviewLogData> {
	if (parts.length === 1) return (parts[0] as LogPartRead).log;
	const united = yield* new UnitedLines(parts.map((part) => part.lines)).fill();
	const log = emptyStore(DEFAULT_STORE_OPTIONS).log;
	log.entries.load(united, true);
	for (const part of parts) {
		// Cards written otherwise are the only ones outside the part's lines (and they are rare).
		if (part.log.entries.size === part.lines.ids.length) continue;
		for (const id of part.log.entries.keys()) if (part.lines.indexOf(id) < 0) log.entries.unite(id, part.log.entries);
	}
	return log;
}