/**
 * The card store at scale: 50,000 cards in 2,500 notes (questions of ~45 and answers of ~120
 * characters), 500,000 answers given when due from two devices, merged. Reports the serialised size
 * and the time of the calls the plugin makes often. Takes about a minute and a half.
 */
import { Collection, type Rating } from "../src/core";
import { median, type Measurement } from "./measurement";

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

/** Builds the store through the public API and returns its JSON text and the time of its last answer. */
function buildStore(texts: readonly string[], random: () => number): { json: string; latest: number; mergeMs: number } {
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
	const started = performance.now();
	laptop.merge(phone.toJSON());
	const mergeMs = performance.now() - started;
	return { json: JSON.stringify(laptop.toJSON()), latest, mergeMs };
}

function timed<T>(work: () => T): [T, number] {
	const started = performance.now();
	const result = work();
	return [result, performance.now() - started];
}

/** Size and speed of a 50,000-card, 500,000-answer store (`notes` notes of 20 cards). */
export function storeBenchmark(notes = 2_500): Measurement[] {
	const random = generator(42);
	const texts = Array.from({ length: notes }, (_, n) => noteText(n, random));
	const { json, latest, mergeMs } = buildStore(texts, random);
	const [store, loadMs] = timed(() => Collection.fromJSON(JSON.parse(json), { deviceId: "laptop", utcOffset: utc }));
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
	const indexTimes = Array.from({ length: 20 }, (_, i) => {
		const n = i * 97;
		const edited = (texts[n] ?? "").replace("What does", "What did");
		return timed(() => store.indexNote(pathOf(n), edited, new Date(dayStart + DAY / 2 + i)))[1];
	});
	const [saved, saveMs] = timed(() => JSON.stringify(store.toJSON()));
	const cards = store.cards().length;
	return [
		{ name: "storeMB", value: Number((saved.length / 1e6).toFixed(2)), unit: "MB", label: `data.json of ${cards} cards and ${store.history().length} answers` },
		{ name: "storeLoadMs", value: Math.round(loadMs), unit: "ms", label: "fromJSON of that store" },
		{ name: "storeSaveMs", value: Math.round(saveMs), unit: "ms", label: "toJSON + stringify" },
		{ name: "storeMergeMs", value: Math.round(mergeMs), unit: "ms", label: "merge another device's answers to every card (all replayed)" },
		{ name: "firstQueueMs", value: Math.round(firstQueueMs), unit: "ms", label: "first queue after loading (builds the card list)" },
		{ name: "queueMs", value: Number(median(queueTimes).toFixed(2)), unit: "ms", label: "queue over 50,000 cards between answers (median)" },
		{ name: "reindexNoteMs", value: Number(median(indexTimes).toFixed(2)), unit: "ms", label: "re-index one 20-card note with an edit (median)" },
	];
}
