/**
 * The longest synchronous slice of every path a user waits on (see slice-recorder.ts), at bench scale:
 * the 50,000-card, 500,000-answer store that store-bench.ts saved (loading it, opening review and the
 * deck list, answering, opening and redrawing statistics, sync merges) and the first index of the
 * 10,000-note vault by the plugin's own indexer, with the time until its first cards can be reviewed.
 */
import { readFileSync } from "node:fs";
import { Collection, type Rating } from "../src/core";
import { optionsOf } from "../src/obsidian/settings/collection-options";
import { buildDeckTree } from "../src/obsidian/pane/deck-tree";
import { LiveCollection } from "../src/obsidian/indexing/live-collection";
import { liveStatisticsHost } from "../src/obsidian/stats/live-statistics-host";
import { VaultIndexer } from "../src/obsidian/indexing/vault-indexer";
import type { GeneratedNote } from "./generate-vault";
import { longCardNote, renamed } from "./long-card-notes";
import { round, type Measurement } from "./measurement";
import { longestOf, recordSlices, type RecordedRun } from "./slice-recorder";
import { appWith, MERGE_ALL_FILE, STORE_FILE } from "./bench-files";
import { runInSlices } from "../src/obsidian/slices";

const DAY = 86_400_000;
const utcOffset = (): number => 60;

/** A slice figure: `<path>SliceMs`, listed in the README's table. */
function slice(path: string, value: number, label: string): Measurement {
	return { name: `${path}SliceMs`, value: round(value, 1), unit: "ms", label: `longest slice: ${label}` };
}

/** What the deck list does on every redraw: every card's deck, then each deck's counts in one pass. */
function deckList(live: LiveCollection, now: Date): void {
	const counts = live.collection.deckCounts(now);
	buildDeckTree(live.decks(), (deck) => counts.get(deck) ?? { new: 0, learn: 0, due: 0 });
}

/**
 * The first sync of another device's whole history as the shell merges it (in slices, see
 * `PluginDataFile`): the phone's answers to every card into the laptop as loaded, its cards listed first
 * as the review pane has them.
 */
async function mergeAllSlices(): Promise<RecordedRun<void>> {
	const saved = JSON.parse(readFileSync(MERGE_ALL_FILE, "utf8")) as { folder: Record<string, string>; local: Record<string, string>; incoming: Record<string, string> };
	const store = Collection.fromFiles(saved.folder, { deviceId: "laptop", utcOffset, files: saved.local });
	store.queue(new Date(Date.UTC(2025, 0, 6)));
	return recordSlices(() => runInSlices(store.mergeInSteps(saved.incoming), () => true));
}

/** Slices of the store paths. */
async function storeSlices(): Promise<Measurement[]> {
	const text = readFileSync(STORE_FILE, "utf8");
	// The folder both devices wrote, the laptop's local cache, the files the phone rewrote after 20 answers, and the time of the last answer.
	const saved = JSON.parse(text) as { folder: Record<string, string>; local: Record<string, string>; incoming: Record<string, string>; latest: number };
	// As the shell reads it at start-up: in slices.
	const loaded = await recordSlices(() => runInSlices(Collection.fromFilesInSteps(saved.folder, { deviceId: "laptop", utcOffset, files: saved.local }), () => true));
	const store = loaded.result;
	const live = new LiveCollection(store);
	// The day after the last answer (the store's own card list is part of opening review).
	const start = saved.latest + DAY;
	// As the review view opens: the card list is built in slices while the home says so, then the deck
	// list is drawn; the session's first queue comes with a click on a deck, in a turn of its own.
	const openReview = await recordSlices(async () => {
		await live.prepare(new Date(start));
		deckList(live, new Date(start));
		await new Promise((resolve) => setImmediate(resolve));
		store.queue(new Date(start));
	});
	const answering = await longestOf(20, (i) => {
		const now = new Date(start + i * 20_000);
		const card = store.queue(now).cards[0];
		if (!card) return;
		store.answer(card.id, (1 + (i % 4)) as Rating, now);
		live.touch({ paths: [card.path], reason: "review" });
		store.queue(now);
		deckList(live, now);
	});
	// A save after the session, as the shell makes it (persistence.ts): the synced files, then the local
	// cache in slices. The first since loading writes every notes file; a later one only what changed.
	const save = (): Promise<RecordedRun<unknown>> =>
		recordSlices(() => {
			store.toFiles();
			store.readOnlyParts();
			return runInSlices(store.toLocalFilesInSteps(), () => true);
		});
	const firstSave = await save();
	const host = liveStatisticsHost({} as never, live, () => new Date(start + DAY / 2), () => undefined);
	// As the view draws: the host's figures, read in slices when there is much to read.
	const drawStatistics = (): unknown => host.statistics?.(undefined, () => undefined);
	const openStatistics = await recordSlices(drawStatistics);
	const redraw = await longestOf(3, (i) => {
		const now = new Date(start + DAY / 2 + i * 20_000);
		const card = store.queue(now).cards[0];
		if (card) store.answer(card.id, 3, now);
		live.touch({ paths: card ? [card.path] : [], reason: "review" });
		return drawStatistics();
	});
	const laterSave = await save();
	const merge = await recordSlices(() => store.merge(saved.incoming));
	const mergeAll = await mergeAllSlices();
	return [
		slice("load", loaded.maxSliceMs, `load the store's files and the local cache in slices, as the shell does at start-up (${round(loaded.totalMs)} ms in all)`),
		slice("openReview", openReview.maxSliceMs, "open review after loading: the card list in slices, the deck list, the first queue"),
		slice("answer", answering, "answer, next queue and deck list (longest of 20)"),
		slice(
			"save",
			Math.max(firstSave.maxSliceMs, laterSave.maxSliceMs),
			`save after an answer session, the local cache included, as the shell does (first since loading ${round(firstSave.totalMs)} ms in all, a later one ${round(laterSave.totalMs)} ms)`,
		),
		slice("openStatistics", openStatistics.maxSliceMs, "open the statistics view (log of every live card + figures)"),
		slice("redrawStatistics", redraw, "redraw statistics after an answer (longest of 3)"),
		slice("mergeFew", merge.maxSliceMs, "merge another device's 20 answers (store layout's own budget)"),
		slice("mergeAll", mergeAll.maxSliceMs, `merge another device's answers to every card, in slices as the shell does (${round(mergeAll.totalMs)} ms in all)`),
	];
}

/** The first index of the vault by the plugin's indexer, and when its first cards could be reviewed. */
async function firstIndexSlices(vault: readonly GeneratedNote[]): Promise<Measurement[]> {
	const app = appWith(vault);
	const live = new LiveCollection(new Collection({ deviceId: "bench", utcOffset }));
	const now = (): Date => new Date(Date.UTC(2025, 2, 10, 9));
	const indexer = new VaultIndexer({ app: app as never, live, now, save: () => undefined, ignoredFolders: () => [], noteKeys: () => optionsOf(live.collection) });
	indexer.load();
	let started = 0;
	let firstReviewableMs = Number.NaN;
	live.changed.on((change) => {
		if (change.reason !== "index" || !Number.isNaN(firstReviewableMs)) return;
		if (live.collection.queue(now()).cards.length > 0) firstReviewableMs = performance.now() - started;
	});
	const run = await recordSlices(() => {
		started = performance.now();
		return indexer.start();
	});
	indexer.unload();
	return [
		slice("firstIndex", run.maxSliceMs, `first index of ${vault.length} notes by the plugin's indexer (${round(run.totalMs)} ms in all)`),
		{ name: "firstReviewableMs", value: round(firstReviewableMs), unit: "ms", label: "first index: until its first cards are in the queue" },
	];
}

/** Re-indexing a note where a term was renamed in every long card (each card keeps its id). */
async function reindexSlices(): Promise<Measurement[]> {
	const cases: [number, number][] = [
		[20, 2000],
		[40, 1000],
	];
	let longest = 0;
	for (const [cards, size] of cases) {
		const store = new Collection({ deviceId: "bench", utcOffset });
		const note = longCardNote(cards, size);
		const now = new Date(Date.UTC(2025, 2, 10, 9));
		store.indexNote("Long.md", note, now);
		const ids = store.cards().map((card) => card.id);
		// Renamed, then back, a few times: each re-index matches every card again.
		longest = Math.max(longest, await longestOf(4, (run) => store.indexNote("Long.md", run % 2 === 0 ? renamed(note) : note, new Date(now.getTime() + run + 1))));
		if (store.cards().some((card, i) => card.id !== ids[i])) throw new Error("re-indexing a renamed term changed card ids");
	}
	return [slice("reindexEdited", longest, "re-index a note after renaming a term in 20 cards of 2 KB / 40 of 1 KB")];
}

/** Every path's longest slice, and the largest of them as `maxSliceMs`. */
export async function sliceBenchmark(vault: readonly GeneratedNote[]): Promise<Measurement[]> {
	const figures = [...(await reindexSlices()), ...(await storeSlices()), ...(await firstIndexSlices(vault))];
	const slices = figures.filter((m) => m.name.endsWith("SliceMs"));
	const worst = slices.reduce((a, b) => (b.value > a.value ? b : a));
	return [...figures, { name: "maxSliceMs", value: worst.value, unit: "ms", label: `longest slice of every path (${worst.name}; budget 50)` }];
}
