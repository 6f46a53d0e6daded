import { createStore, get, set, type UseStore } from "idb-keyval";

/** Files this device keeps for itself (caches the store can rebuild), by name, as text. */
export type LocalFiles = Record<string, string>;

/** Where the store's device-local caches live. A missing or stale cache only costs time. */
export interface LocalCache {
	/** The cached files, or null when there are none for this plugin version. */
	read(): Promise<LocalFiles | null>;
	write(files: LocalFiles): Promise<void>;
}

const KEY = "files";

/** What one record holds: the plugin version that wrote it, so another version's cache is not used. */
interface CacheRecord {
	version: string;
	files: LocalFiles;
}

/**
 * The caches in IndexedDB, one database per vault on this device (named after the vault's device id),
 * stamped with the plugin version, as Dataview keeps its file cache: never in the plugin folder, which
 * every sync tool copies. Without IndexedDB (or when it fails) nothing is cached.
 */
export function indexedDbCache(vaultKey: string, version: string): LocalCache {
	let store: UseStore | null = null;
	const open = (): UseStore | null => {
		if (typeof indexedDB === "undefined") return null;
		store ??= createStore(`flashcard-review-cache-${vaultKey}`, "local");
		return store;
	};
	return {
		async read() {
			try {
				const db = open();
				const record = db ? await get<CacheRecord>(KEY, db) : undefined;
				return record && record.version === version && typeof record.files === "object" ? record.files : null;
			} catch (error) {
				console.warn("Flashcard review: the local cache could not be read; it is rebuilt", error);
				return null;
			}
		},
		async write(files) {
			try {
				const db = open();
				if (db) await set(KEY, { version, files } satisfies CacheRecord, db);
			} catch (error) {
				console.warn("Flashcard review: the local cache could not be written", error);
			}
		},
	};
}

/** A cache that keeps nothing (tests, and platforms without IndexedDB). */
export const NO_CACHE: LocalCache = { read: async () => null, write: async () => undefined };
