/** What several benchmarks share: the saved store's file, a fake app holding a vault, browser globals. */
import { App } from "../test/__mocks__/obsidian";
import type { GeneratedNote } from "./generate-vault";

/** The 50,000-card store store-bench.ts writes, read again by the load probe and the slice benchmark. */
export const STORE_FILE = ".bench/store.json";
/** The same folder once the desired retention changed after the last answer, with the local cache written before. */
export const TUNED_STORE_FILE = ".bench/store-tuned.json";

/** The laptop's folder and local cache just before it merged the phone's answers to every card, and the phone's files. */
export const MERGE_ALL_FILE = ".bench/merge-all.json";

const MTIME = Date.UTC(2025, 0, 1);

/** The plugin's data.json in the fake vault. */
export const DATA_PATH = ".obsidian/plugins/flashcard-review/data.json";

/** A fake Obsidian app over `notes` (metadata cache resolved), with `data` as the plugin's data.json. */
export function appWith(notes: readonly GeneratedNote[], data?: string): App {
	const app = new App();
	for (const note of notes) app.vault.addFile(note.path, note.text, MTIME);
	app.metadataCache.indexAll();
	if (data !== undefined) app.vault.adapter.writeSync(DATA_PATH, data);
	return app;
}

/**
 * Obsidian's timers live on `window`; Node has them on the global object. A start listens to the
 * document (a save when the app is hidden) and makes a few elements it never draws into: event
 * targets standing for them are all it needs (no view is opened here).
 */
export function installBrowserGlobals(): void {
	const global = globalThis as { window?: unknown; document?: unknown };
	global.window ??= globalThis;
	const element = (): EventTarget => Object.assign(new EventTarget(), { setAttribute: () => undefined, remove: () => undefined });
	global.document ??= Object.assign(element(), { visibilityState: "visible", createElement: element, createElementNS: element });
}
