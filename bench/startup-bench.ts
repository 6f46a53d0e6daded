/**
 * The real plugin (`src/main.ts`) started twice over a 10,000-note vault in the fake Obsidian app from
 * test/__mocks__ (esbuild maps `obsidian` to it): the first start indexes every note and saves
 * data.json; the second, over the unchanged vault with that data.json, must read no note at all.
 */
import FlashcardReviewPlugin from "../src/main";
import type { App } from "../test/__mocks__/obsidian";
import { appWith, DATA_PATH, installBrowserGlobals } from "./bench-files";
import type { GeneratedNote } from "./generate-vault";
import { round, type Measurement } from "./measurement";

const MANIFEST = { id: "flashcard-review", name: "Flashcard Review", version: "0.0.0", minAppVersion: "1.5.0", author: "", description: "", dir: ".obsidian/plugins/flashcard-review" };

type LoadablePlugin = FlashcardReviewPlugin & { loadAndWait(): Promise<void> };

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts the plugin as Obsidian does (onload awaited, then layout ready) and waits for its scan to end. */
async function start(app: App, expectReads: boolean): Promise<{ plugin: LoadablePlugin; ms: number }> {
	const started = performance.now();
	const plugin = new FlashcardReviewPlugin(app as never, MANIFEST) as LoadablePlugin;
	await plugin.loadAndWait();
	app.workspace.triggerLayoutReady();
	// The scan first decides which notes to read (no read yet), then reads them in batches with pauses
	// between; it is over once reads stop for a while.
	while (expectReads && app.vault.reads.length === 0) await pause(5);
	let seen = -1;
	while (seen !== app.vault.reads.length) {
		seen = app.vault.reads.length;
		await pause(seen === 0 ? 0 : 100);
	}
	return { plugin, ms: performance.now() - started };
}

/** Files read by the second start over the unchanged vault, and how long each start took. */
export async function startupBenchmark(vault: readonly GeneratedNote[]): Promise<Measurement[]> {
	installBrowserGlobals();
	const first = appWith(vault);
	const cold = await start(first, true);
	cold.plugin.unload();
	await pause(50);
	const data = first.vault.adapter.readSync(DATA_PATH);
	const second = appWith(vault, data);
	const warm = await start(second, false);
	warm.plugin.unload();
	await pause(50);
	return [
		{ name: "firstStartReads", value: first.vault.reads.length, unit: "files", label: "notes read by the first start (empty data.json)" },
		{ name: "firstStartMs", value: round(cold.ms), unit: "ms", label: "first start until its scan ended (includes 100 ms of waiting)" },
		{ name: "dataJsonMB", value: round(data.length / 1e6, 2), unit: "MB", label: "data.json of the 10k vault as the plugin saved it (options only: the notes are in the device-local cache)" },
		{ name: "startupReads", value: second.vault.reads.length, unit: "files", label: "notes read by the second start, vault unchanged (target 0)" },
		{ name: "startupMs", value: round(warm.ms), unit: "ms", label: "second start: load data.json + scan the vault" },
	];
}
