import { createStore, promisifyRequest, type UseStore } from "idb-keyval";

/** Files this device keeps for itself (caches the store can rebuild), by name, as text. */
export type LocalFiles = Record<string, string>;

/** Where the store's device-local caches live. A missing or stale cache only costs time. */
export interface LocalCache {
	/** The cached files, or null when there are none for this plugin version. */
	read(): Promise<LocalFiles | null>;
	write(files: LocalFiles): Promise<void>;
}

/** The record that names the cached files and the plugin version that wrote them. */
const MANIFEST = "manifest";
const fileKey = (name: string): string => `file:${name}`;

interface Manifest {
	version: string;
	names: string[];
}

/**
 * The caches in IndexedDB, one database per vault on this device (named after the vault's device id),
 * stamped with the plugin version, as Dataview keeps its file cache: never in the plugin folder, which
 * every sync tool copies. Each file is a record of its own, and a write puts only the files whose text
 * changed since this cache last read or wrote them (none changed: no transaction at all) (after an answer session: the states, not the note
 * texts), with the manifest, in one transaction. Without IndexedDB (or when it fails) nothing is cached.
 */
export function indexedDbCache(vaultKey: string, version: string): LocalCache {
	let store: UseStore | null = null;
	const open = (): UseStore | null => {
		if (typeof indexedDB === "undefined") return null;
		store ??= createStore(`flashcard-review-cache-${vaultKey}`, "local");
		return store;
	};
	/** The files as the database holds them, as far as this cache knows (nothing known: all are written). */
	let stored = new Map<string, string>();
	return {
		async read() {
			try {
				const db = open();
				const files = db ? await db("readonly", readFiles) : null;
				if (!files || files.version !== version) return null;
				stored = new Map(Object.entries(files.files));
				return files.files;
			} catch (error) {
				console.warn("Flashcard review: the local cache could not be read; it is rebuilt", error);
				return null;
			}
		},
		async write(files) {
			try {
				const db = open();
				if (!db) return;
				const known = stored;
				const changed = Object.entries(files).filter(([name, text]) => known.get(name) !== text);
				if (changed.length === 0 && known.size === Object.keys(files).length) return;
				// Forgotten until the write is done: a failed write leaves nothing taken for written.
				stored = new Map();
				await db("readwrite", async (objects) => {
					for (const [name, text] of changed) objects.put(text, fileKey(name));
					objects.put({ version, names: Object.keys(files) } satisfies Manifest, MANIFEST);
					// Records of files no longer written, this instance's or an earlier one's, and the old single record.
					const wanted = new Set<IDBValidKey>([MANIFEST, ...Object.keys(files).map(fileKey)]);
					for (const key of await promisifyRequest(objects.getAllKeys())) if (!wanted.has(key)) objects.delete(key);
					return promisifyRequest(objects.transaction);
				});
				stored = new Map(Object.entries(files));
			} catch (error) {
				console.warn("Flashcard review: the local cache could not be written", error);
			}
		},
	};
}

/** Every file the manifest names, read in one transaction; null when there is no manifest or a file is missing. */
async function readFiles(objects: IDBObjectStore): Promise<{ version: string; files: LocalFiles } | null> {
	const manifest = (await promisifyRequest(objects.get(MANIFEST))) as Manifest | undefined;
	if (!manifest || typeof manifest.version !== "string" || !Array.isArray(manifest.names)) return null;
	const texts = await Promise.all(manifest.names.map((name) => promisifyRequest(objects.get(fileKey(name))) as Promise<unknown>));
	const files: LocalFiles = {};
	for (const [i, name] of manifest.names.entries()) {
		const text = texts[i];
		if (typeof text !== "string") return null;
		files[name] = text;
	}
	return { version: manifest.version, files };
}

/** A cache that keeps nothing (tests, and platforms without IndexedDB). */
export const NO_CACHE: LocalCache = { read: async () => null, write: async () => undefined };
