import { Collection, type CollectionOptions, type Rating } from "../../../src/core";

/** Monday 2 March 2026, 10:00 UTC: the fixed "now" of these tests. */
export const BASE = Date.UTC(2026, 2, 2, 10, 0, 0);

const DAY = 86_400_000;
const MINUTE = 60_000;

/** `BASE` shifted by whole days and minutes. */
export function at(days = 0, minutes = 0): Date {
	return new Date(BASE + days * DAY + minutes * MINUTE);
}

/** UTC as the collection's time zone, so day boundaries are 04:00 UTC. */
export const utc = (): number => 0;

/** A fresh collection on device `device` in UTC. */
export function newCollection(options: Partial<CollectionOptions> = {}, device = "dev-a"): Collection {
	return new Collection({ deviceId: device, utcOffset: utc, ...options });
}

/** Reloads a collection as device `device` would from its saved JSON (a real JSON round trip). */
export function reload(collection: Collection, device = "dev-a"): Collection {
	return Collection.fromJSON(JSON.parse(JSON.stringify(collection.toJSON())), { deviceId: device, utcOffset: utc });
}

/** A question and its answer, written as a heading card of `level` (or with another marker). */
export interface CardSpec {
	front: string;
	back: string;
	level?: number;
	marker?: string;
	anchor?: string;
}

/** A card spec with defaults: a level-2 `#card` heading. */
export function card(front: string, back: string, more: Partial<CardSpec> = {}): CardSpec {
	return { front, back, ...more };
}

/** A note of heading cards, optionally with a `cards-deck` frontmatter and an intro paragraph. */
export function noteText(cards: readonly CardSpec[], deck?: string): string {
	const head = deck === undefined ? "" : `---\ncards-deck: ${deck}\n---\n`;
	const body = cards
		.map((c) => {
			const anchor = c.anchor === undefined ? "" : `\n^${c.anchor}`;
			return `${"#".repeat(c.level ?? 2)} ${c.front} ${c.marker ?? "#card"}\n${c.back}${anchor}\n`;
		})
		.join("\n");
	return `${head}Intro paragraph.\n\n${body}`;
}

/** Indexes a note of heading cards at `when`. */
export function indexCards(collection: Collection, path: string, cards: readonly CardSpec[], when = at(), deck?: string) {
	return collection.indexNote(path, noteText(cards, deck), when);
}

/** The live card whose front is `front` (fails the test when there is none). */
export function cardByFront(collection: Collection, front: string) {
	const found = collection.cards().find((c) => c.front === front);
	if (!found) throw new Error(`no live card with front "${front}"`);
	return found;
}

/** Answers a card found by its front. */
export function answerFront(collection: Collection, front: string, rating: Rating, when: Date): string {
	const id = cardByFront(collection, front).id;
	collection.answer(id, rating, when);
	return id;
}

/** Times of a card's answers, oldest first. */
export function reviewTimes(collection: Collection, id: string): number[] {
	return collection.history(id).map((r) => r.time);
}
