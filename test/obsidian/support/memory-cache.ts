/**
 * The device-local cache kept in memory: a drop-in for src/obsidian/data/local-cache in tests on the
 * fake clock, where IndexedDB (fake-indexeddb) would finish its work on real time, which the clock does
 * not wait for, so what a test sees would depend on the machine's speed. One store per vault key and
 * plugin version, as the IndexedDB one (which test/obsidian/data/local-cache.test.ts covers). Use:
 *
 *     jest.mock("../../../src/obsidian/data/local-cache", () => jest.requireActual("../support/memory-cache"));
 */
import type * as Actual from "../../../src/obsidian/data/local-cache";

export type { LocalCache, LocalFiles } from "../../../src/obsidian/data/local-cache";

export const { NO_CACHE } = jest.requireActual<typeof Actual>("../../../src/obsidian/data/local-cache");

/** What each cache holds, by vault key and plugin version (the whole test file shares it, as a device's IndexedDB is shared by its vaults). */
const stores = new Map<string, Actual.LocalFiles>();

export const indexedDbCache: typeof Actual.indexedDbCache = (vaultKey, version) => {
	const key = `${vaultKey}@${version}`;
	return {
		read: async () => stores.get(key) ?? null,
		write: async (files) => void stores.set(key, files),
	};
};
