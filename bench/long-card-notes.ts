/**
 * Notes of long cards where one term recurs, for the worst case of re-index matching: the term is
 * replaced everywhere in the note, so every card's front and back change at once and no exact pass
 * pairs them (the cases: 20 cards of 2 KB, 40 cards of 1 KB).
 */
import { seededRandom } from "../src/core/scheduler/optimizer/training-schedule";

const WORDS = (
	"the a of to and in is it that for on with as by an be this are from or at which user token service access " +
	"credentials policy role request cache index memory network protocol latency throughput region replica shard " +
	"bucket stream buffer queue scheduler kernel process thread federation provider claim scope session expiry"
).split(" ");


/** The term every card mentions, and what it is renamed to. */
export const TERM = "identity pool";
export const RENAMED = "identity store";

/** A note of `cards` heading cards whose backs are about `backBytes` characters, each naming the term. */
export function longCardNote(cards: number, backBytes: number, seed = 1): string {
	const random = seededRandom(seed);
	const word = (): string => WORDS[Math.floor(random() * WORDS.length)] ?? "the";
	const sentence = (): string => {
		const words = Array.from({ length: 6 + Math.floor(random() * 10) }, word);
		if (random() < 0.35) words.splice(Math.floor(random() * words.length), 0, TERM);
		return `${words.join(" ")}.`;
	};
	const blocks = Array.from({ length: cards }, (_, i) => {
		let back = "";
		while (back.length < backBytes) back += `${sentence()} `;
		return `## How does the ${TERM} handle ${word()} ${word()} case ${i}? #card\n${back.trim()}\n`;
	});
	return `---\ncards-deck: Bench::Long cards\n---\n# Long cards\n\n${blocks.join("\n")}`;
}

/** The same note with the term renamed everywhere. */
export function renamed(note: string): string {
	return note.split(TERM).join(RENAMED);
}
