/**
 * Indexing a generated vault into an empty store (parse + card matching + ids), as the plugin's first
 * scan does, in CPU time; and re-indexing one edited 20-card note in the 10,000-note store, as typing
 * in a note does.
 */
import { Collection } from "../src/core";
import { generateVault, type GeneratedNote } from "./generate-vault";
import { cpuTimed, median, round, timed, type Measurement } from "./measurement";

const NOW = new Date(Date.UTC(2025, 2, 10, 9));
const utcOffset = (): number => 60;

/** A note of 20 heading cards, as a long study note has them. */
export function twentyCardNote(n: number): string {
	const cards = Array.from({ length: 20 }, (_, i) => `## What does step ${i} of procedure ${n} change? #card\nIt moves the ${i}th value of list ${n} into place.\n`);
	return `---\ncards-deck: Bench::Long notes\n---\n# Procedure ${n}\n\n${cards.join("\n")}`;
}

/** A fresh store holding every note, each with its file stat (as the first scan leaves it). */
export function indexVault(notes: readonly GeneratedNote[]): Collection {
	const store = new Collection({ deviceId: "bench", utcOffset });
	for (const note of notes) store.indexNote(note.path, note.text, NOW, { mtime: NOW.getTime(), size: Buffer.byteLength(note.text) });
	return store;
}

/** CPU ms of indexing `notes` into an empty store, median of `runs` after a warm-up. */
function indexCpuMs(notes: readonly GeneratedNote[], runs: number): { ms: number; store: Collection } {
	let store = indexVault(notes);
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const [built, ms] = cpuTimed(() => indexVault(notes));
		times.push(ms);
		store = built;
	}
	return { ms: median(times), store };
}

/**
 * The deck list's counts over the 10k vault, where most notes name their own deck (the Flashcards
 * plugin's convention): one `deckCounts` call, against a `queue` per deck of the tree (sampled).
 */
function deckFigures(store: Collection): Measurement[] {
	const now = new Date(NOW.getTime() + 3_600_000);
	// The card list exists once anything was shown; building it (first queue after a load) is not counted here.
	store.queue(now);
	const [counts, countsMs] = timed(() => store.deckCounts(now));
	const decks = [...counts.keys()];
	const sample = decks.filter((_, i) => i % Math.ceil(decks.length / 40) === 0);
	const perDeck = median(sample.map((deck) => timed(() => store.queue(now, deck === "" ? undefined : deck))[1]));
	return [
		{ name: "decks10k", value: decks.length - 1, unit: "", label: "decks in the 10k vault (tree nodes, a deck per note as the Flashcards plugin writes)" },
		{ name: "deckCounts10kMs", value: round(countsMs, 1), unit: "ms", label: "deckCounts(): every deck's counts at once" },
		{ name: "queuePerDeck10kMs", value: round(perDeck, 2), unit: "ms", label: "queue(now, deck) for one deck (median of 40): a deck list asking each deck pays this per deck" },
	];
}

/** Figures for the 1,000- and 10,000-note vaults. */
export function indexBenchmark(vault: readonly GeneratedNote[], runs = 5): Measurement[] {
	const small = indexCpuMs(vault.slice(0, 1_000), runs);
	const large = indexCpuMs(vault, runs);
	const store = large.store;
	const decks = deckFigures(store);
	const path = "Bench/Long note.md";
	store.indexNote(path, twentyCardNote(0), NOW);
	// Each run edits one card's question (a typo fixed, then back), so matching has real work to do.
	const reindexTimes = Array.from({ length: 41 }, (_, i) => {
		const text = twentyCardNote(0).replace(`step ${i % 20} `, i % 2 === 0 ? `stage ${i % 20} ` : `step ${i % 20} `);
		return timed(() => store.indexNote(path, text, new Date(NOW.getTime() + i + 1)))[1];
	}).slice(1);
	return [
		{ name: "vaultCards10k", value: store.cards().length, unit: "", label: `reviewable cards in the 10,000-note vault` },
		{ name: "index1kMs", value: round(small.ms), unit: "ms", label: "parse + index 1,000 notes into an empty store (CPU, median)" },
		{ name: "index10kMs", value: round(large.ms), unit: "ms", label: "parse + index 10,000 notes into an empty store (CPU, median; target < 1000)" },
		{ name: "reindexOneMs", value: round(median(reindexTimes), 2), unit: "ms", label: "re-index one edited 20-card note in the 10k store (median; target < 5)" },
		...decks,
	];
}
