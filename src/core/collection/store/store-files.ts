import { CollectionDataError } from "./data-checks";

/**
 * The plugin folder as the store sees it: every synced file by its path relative to the folder, as text.
 * This layout keeps everything in one file, `data.json`; the shell reads and writes any number of files.
 */
export type StoreFiles = Record<string, string>;

/** The entry point every layout has. */
export const DATA_FILE = "data.json";

/** Whether a value given to `merge` is a map of files rather than one parsed data.json. */
export function isStoreFiles(value: unknown): value is StoreFiles {
	return typeof value === "object" && value !== null && !Array.isArray(value) && typeof (value as Record<string, unknown>)[DATA_FILE] === "string";
}

/** The stored data held by the files; a missing or unparsable data.json is bad data. */
export function storeOfFiles(files: StoreFiles): unknown {
	const text = files[DATA_FILE];
	if (text === undefined) throw new CollectionDataError(`Invalid store data: ${DATA_FILE} is missing.`);
	try {
		return JSON.parse(text) as unknown;
	} catch (error) {
		throw new CollectionDataError(`Invalid store data: ${DATA_FILE} is not JSON (${error instanceof Error ? error.message : String(error)}).`);
	}
}

/** The files that hold a store's JSON. */
export function filesOfStore(json: object): StoreFiles {
	return { [DATA_FILE]: JSON.stringify(json) };
}
