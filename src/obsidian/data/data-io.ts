import { normalizePath, type Plugin } from "obsidian";
import { indexedDbCache, type LocalCache } from "./local-cache";
import type { FolderAdapter } from "./plugin-folder";

/** What the data files need from Obsidian: the plugin's loadData/saveData, its folder, a local cache. */
export interface DataFileIo {
	loadData(): Promise<unknown>;
	saveData(data: unknown): Promise<void>;
	adapter: FolderAdapter;
	/** The plugin's folder in the config directory (manifest.dir). */
	dir: string;
	/** Device-local caches of the store (IndexedDB). */
	cache: LocalCache;
	/** Resolves after `ms` (a timer of the app's window). */
	wait(ms: number): Promise<void>;
}

/** The data files' access to Obsidian, from the plugin: data.json, its folder (manifest.dir), this vault's cache. */
export function pluginDataIo(plugin: Pick<Plugin, "app" | "manifest" | "loadData" | "saveData">, vaultKey: string): DataFileIo {
	const { app, manifest } = plugin;
	return {
		loadData: () => plugin.loadData() as Promise<unknown>,
		saveData: (data) => plugin.saveData(data),
		adapter: app.vault.adapter,
		dir: manifest.dir ?? normalizePath(`${app.vault.configDir}/plugins/${manifest.id}`),
		cache: indexedDbCache(vaultKey, manifest.version),
		wait: (ms) => new Promise((resolve) => window.setTimeout(resolve, ms)),
	};
}
