/**
 * The card store at scale: 50,000 cards in 2,500 notes (questions of ~45 and answers of ~120
 * characters), 500,000 answers given when due from two devices, merged. Reports the serialised size,
 * load and save times, the heap a loaded store takes, and the calls the plugin makes often.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { Collection, type Rating } from "../src/core";
import { buildDeckTree } from "../src/obsidian/pane/deck-tree";
import { LiveCollection } from "../src/obsidian/indexing/live-collection";
import { MERGE_ALL_FILE, STORE_FILE, TUNED_STORE_FILE } from "./bench-files";
import { median, round, timed, timeInTurn, type Measurement } from "./measurement";

const CARDS_PER_NOTE = 20;
const ANSWERS_PER_CARD = 10;
const START = Date.UTC(2025, 0, 6, 8, 0);
const DAY = 86_400_000;
const utc = (): number => 60;

const WORDS = (
	"cell membrane protein enzyme lambda queue stack route policy bucket region replica shard index vector matrix " +
	"theorem proof integral series limit verb tense noun clause harbour river empire treaty senate colony glacier " +
	"volcano orbit photon charge field current voltage circuit sonnet meter rhyme canvas fresco chord scale tempo"
).split(" ");

/** A small deterministic generator, so every run measures the same store. */
function generator(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1103515245 + 12345) % 2147483648;
		return state / 2147483648;
	};
}

function noteText(n: number, random: () => number): string {
	const words = (count: number): string => Array.from({ length: count }, () => WORDS[Math.floor(random() * WORDS.length)]).join(" ");
	const cards = Array.from({ length: CARDS_PER_NOTE }, (_, i) => {
		const front = `What does the ${words(2)} of ${words(2)} ${n}-${i} do?`;
		const back = `The ${words(3)} keeps the ${words(2)} in place, so the ${words(3)} can ${words(2)}.`;
		return `## ${front} #card\n${back}\n`;
	});
	return `---\ncards-deck: Bench::Deck ${n % 40}\ntags: [bench]\n---\n${cards.join("\n")}`;
}

const pathOf = (n: number): string => `Bench/Topic ${n % 50}/Note ${n}.md`;

/** The plugin folder as both devices wrote it, and the laptop's local cache. */
interface Saved {
	folder: Record<string, string>;
	local: Record<string, string>;
}

const load = (saved: Saved, deviceId = "laptop"): Collection =>
	Collection.fromFiles(saved.folder, { deviceId, utcOffset: utc, files: deviceId === "laptop" ? saved.local : {} });

const sizeOf = (files: Record<string, string>): number => Object.values(files).reduce((sum, text) => sum + Buffer.byteLength(text), 0);

/** Builds the store through the public API and returns the folder both devices wrote, layout 3's data.json and the time of its last answer. */
function buildStore(texts: readonly string[], random: () => number): { saved: Saved; json: string; latest: number; mergeMs: number } {
	const laptop = new Collection({ deviceId: "laptop", utcOffset: utc });
	texts.forEach((text, n) => laptop.indexNote(pathOf(n), text, new Date(START), { mtime: START, size: text.length }));
	const phone = Collection.fromJSON(laptop.toJSON(), { deviceId: "phone", utcOffset: utc });
	let latest = START;
	laptop.cards().forEach((card, i) => {
		// Each card is answered when due, as in daily use; every third answer comes from the phone.
		let when = START + (i % 20_000) * 5_000;
		for (let k = 0; k < ANSWERS_PER_CARD; k++) {
			const rating = (random() < 0.1 ? 1 : random() < 0.15 ? 2 : random() < 0.9 ? 3 : 4) as Rating;
			(k % 3 === 2 ? phone : laptop).answer(card.id, rating, new Date(when), 2_000 + Math.floor(random() * 15_000));
			latest = Math.max(latest, when);
			when = Math.max(laptop.card(card.id)?.due ?? when, when + 60_000) + Math.floor(random() * 3_600_000);
		}
	});
	const phoneFiles = phone.toFiles();
	// For the slice benchmark's merge of every card, which starts from the laptop as loaded.
	mkdirSync(".bench", { recursive: true });
	writeFileSync(MERGE_ALL_FILE, JSON.stringify({ folder: laptop.toFiles(), local: laptop.toLocalFiles(), incoming: phoneFiles }));
	const [, mergeMs] = timed(() => laptop.merge(phoneFiles));
	const folder = { ...phoneFiles, ...laptop.toFiles() };
	// The local cache as a start-up leaves it: a load reads the laptop's own parts, which it only wrote until then.
	const local = Collection.fromFiles(folder, { deviceId: "laptop", utcOffset: utc, files: laptop.toLocalFiles() }).toLocalFiles();
	return { saved: { folder, local }, json: JSON.stringify(laptop.toJSON()), latest, mergeMs };
}

/**
 * Loading as at start-up, in a fresh Node process (see load-probe.ts): the median time of `runs`
 * loads of the folder and local cache saved in `file`, and the heap in use (MB) once loaded, after
 * garbage collection.
 */
function loadInFreshProcess(file: string, runs: number): { loadMs: number; heapMB: number; baselineMB: number } {
	const probe = spawnSync(process.execPath, ["--expose-gc", ".bench/load-probe.cjs", file, String(runs)], { encoding: "utf8" });
	if (probe.status !== 0) throw new Error(`load probe failed: ${probe.stderr}`);
	const { heapUsed, baseline, loadMs } = JSON.parse(probe.stdout) as { heapUsed: number; baseline: number; loadMs: number[] };
	return { loadMs: median(loadMs), heapMB: heapUsed / 1024 / 1024, baselineMB: baseline / 1024 / 1024 };
}

/**
 * What the Obsidian layer recomputes after one answer (measured with its own code, DOM left out): the
 * sidebar pane's deck list (every card, then the queue of each deck of the tree), and the statistics
 * host's log (the history of every live card), medians over a few answers.
 */
function afterOneAnswer(store: Collection, start: number): { paneMs: number; statsLogMs: number; deckCountsMs: number } {
	const live = new LiveCollection(store);
	const pane: number[] = [];
	const stats: number[] = [];
	const deckCounts: number[] = [];
	for (let i = 0; i < 5; i++) {
		const now = new Date(start + i * 30_000);
		const card = store.queue(now).cards[0];
		if (!card) break;
		store.answer(card.id, 3, now);
		live.touch({ paths: [card.path], reason: "review" });
		pane.push(
			timed(() => {
				live.cards();
				store.queue(now);
				buildDeckTree(live.decks(), (deck) => store.queue(now, deck).counts);
			})[1],
		);
		stats.push(timed(() => live.cards().flatMap((c) => store.history(c.id)))[1]);
		deckCounts.push(timed(() => store.deckCounts(now))[1]);
	}
	return { paneMs: median(pane), statsLogMs: median(stats), deckCountsMs: median(deckCounts) };
}

/** Size and speed of a 50,000-card, 500,000-answer store (`notes` notes of 20 cards). */
export function storeBenchmark(notes = 2_500, runs = 5): Measurement[] {
	const random = generator(42);
	const texts = Array.from({ length: notes }, (_, n) => noteText(n, random));
	const [{ saved, json, latest, mergeMs }, buildMs] = timed(() => buildStore(texts, random));
	writeFileSync(STORE_FILE, JSON.stringify(saved));
	const store = load(saved);
	const before = store.toFiles();
	const dayStart = latest + DAY;
	const [, firstQueueMs] = timed(() => store.queue(new Date(dayStart)));
	// A day of review: 200 answers, each after the queue the review view asks for.
	const queueTimes: number[] = [];
	for (let i = 0; i < 200; i++) {
		const now = new Date(dayStart + i * 20_000);
		const [queue, ms] = timed(() => store.queue(now));
		queueTimes.push(ms);
		const next = queue.cards[0];
		if (next) store.answer(next.id, 3, now);
	}
	// One save per answer session, as the plugin's debounced save does: timed over sessions of 20 answers.
	const saveTimes: number[] = [];
	let after = store.toFiles();
	for (let s = 0; s < runs; s++) {
		for (let i = 0; i < 20; i++) {
			const now = new Date(dayStart + DAY / 8 + (s * 20 + i) * 20_000);
			const next = store.queue(now).cards[0];
			if (next) store.answer(next.id, 3, now);
		}
		const [files, ms] = timed(() => store.toFiles());
		saveTimes.push(ms);
		after = files;
	}
	const written = Object.entries(after).filter(([name, text]) => before[name] !== text);
	const writtenBytes = sizeOf(Object.fromEntries(written));
	const sessionAnswers = 200 + runs * 20;
	const synced = sizeOf(after);
	const largest = Math.max(...Object.values(after).map((text) => Buffer.byteLength(text)));
	const [allAnswers, historyMs] = timed(() => store.history());
	const [, historyAgainMs] = timed(() => store.history());
	const { paneMs, statsLogMs, deckCountsMs } = afterOneAnswer(store, dayStart + DAY / 4);
	// Another device answered 20 cards since the last sync: the files it rewrote arrive.
	const other = load({ folder: { ...saved.folder, ...after }, local: {} }, "phone");
	texts.forEach((text, n) => other.indexNote(pathOf(n), text, new Date(START)));
	const otherBefore = other.toFiles();
	other.queue(new Date(dayStart + DAY)).cards.slice(0, 20).forEach((card, i) => other.answer(card.id, 3, new Date(dayStart + DAY + i * 10_000)));
	const changed = Object.fromEntries(Object.entries(other.toFiles()).filter(([name, text]) => otherBefore[name] !== text));
	const [, mergeFewMs] = timed(() => store.merge(changed));
	// Saved with the store, for the slice benchmark's sync merge.
	writeFileSync(STORE_FILE, JSON.stringify({ ...saved, incoming: changed, latest }));
	const { loadMs, heapMB, baselineMB } = loadInFreshProcess(STORE_FILE, runs);
	// The desired retention changed (on any device) a day after the last answer: the next start keeps
	// the cached states, whose answers all came before.
	const tuned = load(saved);
	tuned.setOptions({ desiredRetention: 0.85 }, new Date(latest + DAY));
	writeFileSync(TUNED_STORE_FILE, JSON.stringify({ folder: { ...saved.folder, ...tuned.toFiles() }, local: saved.local }));
	const loadAfterOptionsMs = loadInFreshProcess(TUNED_STORE_FILE, runs).loadMs;
	return [
		{ name: "storeBytes", value: Buffer.byteLength(json), unit: "B", label: `layout 3's single data.json of ${store.cards().length} cards and ${allAnswers.length} answers, for comparison` },
		{ name: "syncedBytes", value: synced, unit: "B", label: "every synced file of both devices' folder, layout 4 (target < 8,000,000)" },
		{ name: "largestSyncedFileBytes", value: largest, unit: "B", label: "the largest synced file (target < 5,000,000: Obsidian Sync Standard's limit)" },
		{ name: "localBytes", value: sizeOf(store.toLocalFiles()), unit: "B", label: "the device-local cache (states, note texts, line indexes of the log parts; not synced)" },
		{ name: "saveBytes", value: round(writtenBytes / (runs + 1)), unit: "B", label: "bytes a save rewrites after an answer session (files changed by the sessions, per save)" },
		{ name: "bytesPerAnswer", value: round(writtenBytes / sessionAnswers), unit: "B", label: "those bytes per answer given in the sessions" },
		{ name: "storeBuildMs", value: round(buildMs), unit: "ms", label: "building it: 500,000 answers through answer(), then the merge below" },
		{ name: "loadMs", value: round(loadMs), unit: "ms", label: "fromFiles of the folder with the local cache, in a process of its own as at start-up (median; target < 300)" },
		{ name: "loadAfterOptionsMs", value: round(loadAfterOptionsMs), unit: "ms", label: "fromFiles with the local cache after the desired retention changed since it was written, in a process of its own (median)" },
		{ name: "saveMs", value: round(median(saveTimes)), unit: "ms", label: "toFiles after an answer session of 20 answers (median; target < 50)" },
		{ name: "heapMB", value: round(heapMB, 1), unit: "MB", label: `heap used after loading it, after gc (empty process: ${round(baselineMB, 1)} MB; target < 150)` },
		{ name: "firstQueueMs", value: round(firstQueueMs, 1), unit: "ms", label: "first queue after loading (builds the card list)" },
		{ name: "queue50kMs", value: round(median(queueTimes), 2), unit: "ms", label: "queue over 50,000 cards between answers (median; target < 20)" },
		{ name: "historyMs", value: round(historyMs), unit: "ms", label: "history() of every card, first call (replays 500,000 answers)" },
		{ name: "historyAgainMs", value: round(historyAgainMs, 1), unit: "ms", label: "history() again, log unchanged" },
		{ name: "paneRefreshMs", value: round(paneMs, 1), unit: "ms", label: "after one answer: the sidebar's deck list counts (cards, queue per deck; no DOM)" },
		{ name: "deckCountsMs", value: round(deckCountsMs, 1), unit: "ms", label: "after one answer: deckCounts(), every deck's counts in one pass (what the pane could ask)" },
		{ name: "statsLogMs", value: round(statsLogMs, 1), unit: "ms", label: "after one answer: the statistics view's log (history of every live card; no figures)" },
		{ name: "mergeAllMs", value: round(mergeMs), unit: "ms", label: "merge another device's files with answers to every card (all replayed)" },
		{ name: "mergeFewMs", value: round(mergeFewMs), unit: "ms", label: "merge the files another device rewrote after answering 20 cards (target < 50)" },
	];
}
