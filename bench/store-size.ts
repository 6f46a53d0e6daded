/**
 * Store size and speed at scale: 50,000 cards in 2,500 notes, 500,000 answers from two devices over a
 * year, built through the public API. Prints the serialised size and the time of the hot calls.
 *
 *   npx esbuild bench/store-size.ts --bundle --platform=node --outfile=.bench/store-size.cjs && node .bench/store-size.cjs
 */
import { writeFileSync } from "fs";
import { Collection, type Rating } from "../src/core";

const NOTES = Number(process.env.NOTES ?? 2_500);
const CARDS_PER_NOTE = 20;
const ANSWERS_PER_CARD = 10;
const START = Date.UTC(2025, 0, 6, 8, 0);
const DAY = 86_400_000;

const WORDS = (
	"cell membrane protein enzyme lambda queue stack route policy bucket region replica shard index vector matrix " +
	"theorem proof integral series limit verb tense noun clause harbour river empire treaty senate colony glacier " +
	"volcano orbit photon charge field current voltage circuit sonnet meter rhyme canvas fresco chord scale tempo"
).split(" ");

let seed = 42;
function random(): number {
	seed = (seed * 1103515245 + 12345) % 2147483648;
	return seed / 2147483648;
}
const word = (): string => WORDS[Math.floor(random() * WORDS.length)] as string;
const words = (n: number): string => Array.from({ length: n }, word).join(" ");

/** A note of heading cards: questions of about 45 characters, answers of about 120. */
function noteText(n: number): string {
	const cards = Array.from({ length: CARDS_PER_NOTE }, (_, i) => {
		const front = `What does the ${words(2)} of ${words(2)} ${n}-${i} do?`;
		const back = `The ${words(3)} keeps the ${words(2)} in place, so the ${words(3)} can ${words(2)}.`;
		return `## ${front} #card\n${back}\n`;
	});
	return `---\ncards-deck: Bench::Deck ${n % 40}\ntags: [bench]\n---\n${cards.join("\n")}`;
}

function time<T>(label: string, run: () => T): T {
	const started = performance.now();
	const result = run();
	console.log(`${label}: ${(performance.now() - started).toFixed(1)} ms`);
	return result;
}

const utc = (): number => 60;
const collection = new Collection({ deviceId: "laptop", utcOffset: utc });
const texts = Array.from({ length: NOTES }, (_, n) => noteText(n));
const pathOf = (n: number): string => `Bench/Topic ${n % 50}/Note ${n}.md`;
time("index 2,500 notes", () => {
	texts.forEach((text, n) => collection.indexNote(pathOf(n), text, new Date(START), { mtime: START, size: 4000 }));
});
const ids = collection.cards().map((card) => card.id);
const phone = Collection.fromJSON(collection.toJSON(), { deviceId: "phone", utcOffset: utc });
let latest = START;
time("500,000 answers", () => {
	// Each card is answered when it falls due, as in daily use; every third answer comes from the phone.
	ids.forEach((id, i) => {
		let when = START + (i % 20_000) * 5_000;
		for (let k = 0; k < ANSWERS_PER_CARD; k++) {
			const rating = (random() < 0.1 ? 1 : random() < 0.15 ? 2 : random() < 0.9 ? 3 : 4) as Rating;
			const device = k % 3 === 2 ? phone : collection;
			device.answer(id, rating, new Date(when), 2_000 + Math.floor(random() * 15_000));
			latest = Math.max(latest, when);
			const due = collection.card(id)?.due ?? when;
			when = Math.max(due, when + 60_000) + Math.floor(random() * 3_600_000);
		}
	});
});
time("merge the phone's answers", () => collection.merge(phone.toJSON()));
for (let i = 0; i < 500; i++) collection.suspend(ids[i * 7] as string, true, new Date(START + 400 * DAY));

const json = time("toJSON", () => JSON.stringify(collection.toJSON()));
console.log(`cards: ${collection.cards().length}, answers: ${collection.history().length}`);
if (process.env.SAVE_STORE) writeFileSync(process.env.SAVE_STORE, json);
console.log(`serialised size: ${json.length.toLocaleString("en")} bytes (${(json.length / 1_048_576).toFixed(2)} MiB)`);
const loaded = time("fromJSON", () => Collection.fromJSON(JSON.parse(json), { deviceId: "laptop", utcOffset: utc }));
// A day of review after the last answer: 200 answers, each followed by the queue the view asks for.
const dayStart = latest + DAY;
time("first queue after loading", () => loaded.queue(new Date(dayStart)));
const queueTimes: number[] = [];
for (let i = 0; i < 200; i++) {
	const now = new Date(dayStart + i * 20_000);
	const started = performance.now();
	const next = loaded.queue(now).cards[0];
	queueTimes.push(performance.now() - started);
	if (next) loaded.answer(next.id, 3, now);
}
queueTimes.sort((a, b) => a - b);
console.log(`queue over 50,000 cards during review: median ${queueTimes[100]?.toFixed(2)} ms, max ${queueTimes[199]?.toFixed(2)} ms`);
const indexTimes: number[] = [];
for (let i = 0; i < 20; i++) {
	const started = performance.now();
	const n = i * 97;
	loaded.indexNote(pathOf(n), (texts[n] as string).replace("What does", "What did"), new Date(dayStart + DAY / 2 + i));
	indexTimes.push(performance.now() - started);
}
indexTimes.sort((a, b) => a - b);
console.log(`re-index one 20-card note (one question edited): median ${indexTimes[10]?.toFixed(2)} ms, max ${indexTimes[19]?.toFixed(2)} ms`);
time("queue after the re-indexing", () => loaded.queue(new Date(dayStart + DAY / 2 + 100)));
time("re-index one note with all 20 cards rewritten", () => loaded.indexNote(pathOf(5), noteText(5), new Date(dayStart + DAY / 2 + 200)));
const parsed = JSON.parse(json) as Record<string, unknown>;
for (const [key, value] of Object.entries(parsed)) console.log(`  ${key}: ${JSON.stringify(value).length.toLocaleString("en")} bytes`);
