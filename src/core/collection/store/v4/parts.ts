/**
 * Reading and writing the parts of layout 4 (see layout.ts): data.json, a device's writes and a
 * device's answers. Each part is checked as layout 3 was (a bad value is a `CollectionDataError` naming
 * it); keys a newer version added are returned so that the part is written back with them.
 */
import { readStoredOptions } from "../../collection-options";
import { CollectionDataError, integer, record, text, texts } from "../json/data-checks";
import { readLogTextInSteps, type LogLines } from "../text/packed-log";
import { runSteps } from "../../run-steps";
import { decodeCommon } from "../json/store-decode";
import { encodeOptions, encodeWrites, writeDevices } from "../json/store-encode";
import { byText, STORE_FORMAT } from "../json/store-schema";
import { emptyStore, type StoreData } from "../../store-model";
import { storedOptionsJson, takePresetOptions } from "../../presets/preset-store";
import { DEFAULT_STORE_OPTIONS } from "../../collection-options";
import { ANSWERS_V4 } from "./answer-text";
import { LAYOUT_VERSION, unknownKeys } from "./layout";
import { linesFromIndex, type LineIndex } from "./local-lines";

/** What a part's header says: whether this version can read it, and whether it was written by a newer one. */
export interface PartInfo {
	version: number;
	readable: boolean;
	newer: boolean;
}

/** Checks the header of a parsed part (any layout from 1 on). */
export function partInfo(json: Record<string, unknown>, name: string): PartInfo {
	if (json.format !== undefined && json.format !== STORE_FORMAT) {
		throw new CollectionDataError(`${name} is not a flashcard store part (format ${JSON.stringify(json.format)}).`);
	}
	if (!("version" in json)) throw new CollectionDataError(`${name}: "version" is missing, so this is not a flashcard store part (or it is truncated).`);
	const version = integer(json.version, `${name}: version`, 1);
	const compatible = "compatible" in json ? integer(json.compatible, `${name}: compatible`, 1) : version;
	return { version, readable: compatible <= LAYOUT_VERSION, newer: version > LAYOUT_VERSION };
}

const DATA_KEYS = ["format", "version", "compatible", "options", "optionsRev"];
const WRITES_KEYS = [...DATA_KEYS, "device", "devices", "orphans", "undone", "resets", "purged", "aliases", "suspended", "buried", "practice", "dueSet"];
const LOG_KEYS = ["format", "version", "compatible", "device", "before", "from", "devices", "log"];

/** A read part: its data, the device that writes it, and the keys a newer version added. */
export interface ReadPart {
	data: StoreData;
	device?: string;
	more: Record<string, unknown>;
}

/** data.json of layout 4: the options every device shares. */
export function readDataPart(json: Record<string, unknown>): ReadPart {
	const options = readStoredOptions(record(json.options ?? {}, "data.json: options"));
	if (!options.ok) throw new CollectionDataError(`Invalid store data at data.json options: ${options.error}.`);
	const data = emptyStore(options.options);
	takePresetOptions(data, options.more);
	data.optionsRev = integer(json.optionsRev ?? 0, "data.json: optionsRev", 0);
	return { data, more: unknownKeys(json, DATA_KEYS) };
}

/** A device's writes: options as it knows them, orphans, tombstones, aliases, bury, suspend, practice answers and set due dates. */
export function readWritesPart(json: Record<string, unknown>, name: string): ReadPart {
	const device = text(json.device, `${name}: device`);
	const { data } = decodeCommon({ ...json, notes: {}, log: "", cache: "" });
	return { data, device, more: unknownKeys(json, WRITES_KEYS) };
}

/** A device's answers (of an archive chunk or a month); lines written otherwise than this version writes them come decoded. */
export function readLogPart(json: Record<string, unknown>, name: string): LogPart {
	return runSteps(readLogPartInSteps(json, name));
}

/** A log part as read: its answers, and its lines as read (for the union of parts and this device's archive). */
export type LogPart = ReadPart & { lines: LogLines; before?: number };

/** `readLogPart`, yielding every few hundred lines. */
export function* readLogPartInSteps(json: Record<string, unknown>, name: string, index?: LineIndex): Generator<void, LogPart> {
	const device = text(json.device, `${name}: device`);
	const devices = texts(json.devices, `${name}: devices`);
	const log = json.log;
	if (typeof log !== "string") throw new CollectionDataError(`Invalid store data at ${name}: log: expected a text of answers, a line per card.`);
	const indexed = index && (yield* linesFromIndex(log, devices, ANSWERS_V4, index));
	const read = indexed ? { lines: indexed, odd: [] } : yield* readLogTextInSteps(log, devices, ANSWERS_V4);
	const data = emptyStore(DEFAULT_STORE_OPTIONS);
	data.log.entries.load(read.lines, read.odd.length === 0);
	for (const [id, list] of read.odd) data.log.entries.set(id, list);
	const part: LogPart = { data, device, more: unknownKeys(json, LOG_KEYS), lines: read.lines };
	if ("before" in json) part.before = integer(json.before, `${name}: before`);
	return part;
}

function header(device?: string): Record<string, unknown> {
	return device === undefined ? { format: STORE_FORMAT, version: LAYOUT_VERSION } : { format: STORE_FORMAT, version: LAYOUT_VERSION, device };
}

/** The options as every part stores them: known ones in a fixed order, presets, then those a newer version added. */
export function storedOptions(data: StoreData): Record<string, unknown> {
	return storedOptionsJson(data, encodeOptions(data.options));
}

/** data.json's text. */
export function writeDataPart(data: StoreData, more: Record<string, unknown>): string {
	return JSON.stringify({ ...header(), options: storedOptions(data), optionsRev: data.optionsRev, ...more });
}

/** A device's writes part: every write it knows of (a union is idempotent, so copies of other devices' writes do no harm). */
export function writeWritesPart(data: StoreData, device: string, more: Record<string, unknown>): string {
	const devices = [...writeDevices(data)].sort(byText);
	const index = new Map(devices.map((name, i) => [name, i]));
	const writes = encodeWrites(data, (name) => index.get(name) ?? 0);
	return JSON.stringify({ ...header(device), options: storedOptions(data), optionsRev: data.optionsRev, devices, ...writes, ...more });
}

/** A log part's text from its lines (`<card id> <answers>`, sorted by id) and the devices they number. */
export function writeLogPart(device: string, devices: readonly string[], lines: string, extra: Record<string, unknown>): string {
	return JSON.stringify({ ...header(device), ...extra, devices, log: lines });
}

