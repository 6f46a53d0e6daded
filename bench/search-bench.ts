/**
 * Search and the card browser over the generated 10,000-note vault (about 50,000 cards): the time of
 * a search of each kind, and of opening the browser on every card (the real view, in the test fake of
 * the Obsidian API over jsdom).
 */
import { Collection } from "../src/core";
import type { GeneratedNote } from "./generate-vault";
import { median, round, timed, type Measurement } from "./measurement";

const NOW = new Date(Date.UTC(2025, 2, 10, 9));
const DAY = 86_400_000;

/** Queries of every kind a user types, from the cheapest to the costliest. */
const QUERIES = ["", "deck:Bench*", "tag:topic*", "is:due", "prop:ivl>=3 -is:suspended", "rated:7:1", "token OR cache", "front:identity (back:pool OR is:new)", "path:*/note-1*"];

/** The vault indexed, with a tenth of its cards answered over the last days, some twice. */
function studied(vault: readonly GeneratedNote[]): Collection {
	const store = new Collection({ utcOffset: () => 60, deviceId: "bench" });
	for (const note of vault) store.indexNote(note.path, note.text, NOW);
	store.cards().forEach((card, i) => {
		if (i % 10 !== 0) return;
		store.answer(card.id, i % 40 === 0 ? 1 : 4, new Date(NOW.getTime() + (i % 7) * 3_600_000));
		if (i % 20 === 0) store.answer(card.id, 3, new Date(NOW.getTime() + 2 * DAY + i));
	});
	return store;
}

export async function searchBenchmark(vault: readonly GeneratedNote[], runs = 7): Promise<Measurement[]> {
	const store = studied(vault);
	const now = new Date(NOW.getTime() + 5 * DAY);
	const perQuery = QUERIES.map((query) => {
		store.search(query, now);
		return { query, ms: median(Array.from({ length: runs }, () => timed(() => store.search(query, now))[1])) };
	});
	const slowest = perQuery.reduce((a, b) => (b.ms > a.ms ? b : a));
	const drawMs = await browserDrawMs(store, now, runs);
	return [
		{ name: "search50kMs", value: round(median(perQuery.map((q) => q.ms)), 2), unit: "ms", label: `a search over ${store.cards().length} cards (median of ${QUERIES.length} kinds; target < 30)` },
		{ name: "searchSlowest50kMs", value: round(slowest.ms, 2), unit: "ms", label: `the slowest kind: "${slowest.query}"` },
		{ name: "browser50kMs", value: round(drawMs, 1), unit: "ms", label: "opening the card browser on every card: search, sort, table drawn (median)" },
	];
}

/** Opens the browser view over the store in the test fake, on jsdom, and times its first draw. */
async function browserDrawMs(store: Collection, now: Date, runs: number): Promise<number> {
	// The DOM first, then Obsidian's DOM helpers over it, then the fake API and the view that use them.
	const { JSDOM } = await import("jsdom");
	const dom = new JSDOM("<!doctype html><html><body></body></html>");
	const g = globalThis as Record<string, unknown>;
	for (const name of ["window", "document", "Node", "Element", "HTMLElement", "SVGElement", "Event", "MouseEvent", "KeyboardEvent", "HTMLInputElement", "DocumentFragment"]) {
		g[name] = name === "window" ? dom.window : (dom.window as unknown as Record<string, unknown>)[name];
	}
	await import("../test/setup/obsidian-dom");
	const { App, Plugin } = await import("../test/__mocks__/obsidian");
	const { registerBrowser } = await import("../src/obsidian/browser/register-browser");
	const { BrowserView, VIEW_TYPE_BROWSER } = await import("../src/obsidian/browser/browser-view");
	const { LiveCollection } = await import("../src/obsidian/indexing/live-collection");
	const live = new LiveCollection(store);
	const times: number[] = [];
	for (let i = 0; i <= runs; i++) {
		const app = new App();
		const plugin = new Plugin(app as never, { id: "flashcard-review", name: "Flashcard Review", version: "0", minAppVersion: "0", description: "", author: "" });
		const openers = registerBrowser(plugin as never, { live, now: () => now, save: () => undefined, review: () => undefined });
		plugin.load();
		const [, ms] = await timedAsync(async () => {
			openers.openBrowser();
			await new Promise((resolve) => setTimeout(resolve, 0));
		});
		const view = app.workspace.getLeavesOfType(VIEW_TYPE_BROWSER)[0]?.view;
		if (!(view instanceof BrowserView) || view.contentEl.querySelectorAll(".flashcard-review-browser-row").length === 0) throw new Error("the browser did not draw");
		if (i > 0) times.push(ms);
		plugin.unload();
	}
	return median(times);
}

async function timedAsync<T>(work: () => Promise<T>): Promise<[T, number]> {
	const start = performance.now();
	const result = await work();
	return [result, performance.now() - start];
}
