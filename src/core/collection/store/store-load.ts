import { CollectionDataError, fail, integer, record } from "./json/data-checks";
import { decodeStore } from "./json/store-decode";
import { MIGRATIONS } from "./json/store-migration";
import { STORE_FORMAT, STORE_VERSION } from "./json/store-schema";
import type { StoreData } from "../store-model";

/**
 * Reads stored data of any known version (a JSON text is parsed first, a value with `toJSON` read as
 * what that gives, as JSON.stringify would), migrating old layouts step by
 * step. Anything that is not a complete, valid store throws a `CollectionDataError`: never an empty store.
 */
export function readStore(input: unknown): StoreData {
	if (input === null || input === undefined) {
		throw new CollectionDataError(`No store data (got ${String(input)}): start a new collection instead of loading one.`);
	}
	let value: unknown = input;
	// What JSON.stringify would write for it: another collection stands for its data.
	const toJSON = (input as { toJSON?: unknown }).toJSON;
	if (typeof toJSON === "function") value = (toJSON as () => unknown).call(input);
	if (typeof input === "string") {
		try {
			value = JSON.parse(input) as unknown;
		} catch (error) {
			const reason = error instanceof Error ? error.message : String(error);
			throw new CollectionDataError(`Store data is not valid JSON (truncated file?): ${reason}`);
		}
	}
	const json = record(value, "the store");
	if ("format" in json && json.format !== STORE_FORMAT) fail("format", JSON.stringify(STORE_FORMAT), json.format);
	if (!("version" in json)) {
		throw new CollectionDataError('Invalid store data: "version" is missing, so this is not a flashcard store (or it is truncated).');
	}
	const version = integer(json.version, "version", 1);
	if (version > STORE_VERSION) {
		throw new CollectionDataError(
			`Store data has version ${version}, written by a newer version of the plugin; this version reads up to ${STORE_VERSION}. Update the plugin.`,
		);
	}
	if (version === STORE_VERSION) return decodeStore(json);
	const migrate = MIGRATIONS[version];
	if (!migrate) throw new CollectionDataError(`Store data has version ${version}, which this version of the plugin cannot read.`);
	return migrate(json);
}
