/**
 * Layout 4: the store as several files of the plugin folder (see docs/decisions/store-schema.md).
 * `data.json` holds what every device shares (format, options); each device writes only its own
 * files: `store-<device>.json` (its writes other than answers) and `log-<device>….json` (its answers,
 * an archive in chunks and the current month), so that no sync tool's conflict rule can drop another
 * device's data. The device-local cache (states and note texts) is not a synced file.
 */
import { shortHash } from "../../identity/card-identity";

/** The layout written. */
export const LAYOUT_VERSION = 4;

/** The entry point: settings and what every device shares. */
export const DATA_FILE = "data.json";

/** The device-local cache, by name, as `toLocalFiles` returns it. */
export const LOCAL_FILE = "local-cache.json";

/** Largest archive chunk, in characters: well under the 5 MB that Obsidian Sync Standard syncs. */
export const CHUNK_CHARS = 2_000_000;

/** The header every part starts with; `compatible` is the oldest layout that can read the part (its `version` when absent). */
export interface PartHeader {
	format: string;
	version: number;
	compatible?: number;
	/** The device that writes the part (absent in data.json). */
	device?: string;
}

/** A device id as it appears in file names: itself when it is a plain word, else a short hash of it. */
export function deviceKey(deviceId: string): string {
	return /^[A-Za-z0-9_-]{1,48}$/.test(deviceId) ? deviceId : `h${shortHash(deviceId)}`;
}

/** The file of a device's writes other than answers. */
export function storePartName(deviceId: string): string {
	return `store-${deviceKey(deviceId)}.json`;
}

/** Chunk `chunk` (0-based) of a device's answer archive. */
export function archiveName(deviceId: string, chunk: number): string {
	return chunk === 0 ? `log-${deviceKey(deviceId)}.json` : `log-${deviceKey(deviceId)}.${chunk + 1}.json`;
}

/** The file of a device's answers of the month that starts at `monthStart` (UTC). */
export function monthName(deviceId: string, monthStart: number): string {
	const date = new Date(Math.max(0, monthStart));
	return `log-${deviceKey(deviceId)}.${String(date.getUTCFullYear()).padStart(4, "0")}-${String(date.getUTCMonth() + 1).padStart(2, "0")}.json`;
}

/** What a file of the plugin folder is to the store: the entry point, a device's writes, a log part, or nothing. */
export function partKind(name: string): "data" | "store" | "log" | undefined {
	if (name === DATA_FILE) return "data";
	if (/^store-[A-Za-z0-9_-]+\.json$/.test(name)) return "store";
	if (/^log-[A-Za-z0-9_-]+(\.[0-9]{1,4}|\.[0-9]{4,6}-[0-9]{2})?\.json$/.test(name)) return "log";
	return undefined;
}

/** Epoch ms of the start of the UTC month holding `time`. */
export function monthStart(time: number): number {
	const date = new Date(time);
	return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

/** Keys of `json` not in `known`, with their values: what a newer version added, written back as read. */
export function unknownKeys(json: Record<string, unknown>, known: readonly string[]): Record<string, unknown> {
	const more: Record<string, unknown> = {};
	for (const key of Object.keys(json)) if (!known.includes(key) && key !== "__proto__") more[key] = json[key];
	return more;
}
