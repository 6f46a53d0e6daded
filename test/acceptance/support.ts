// Helpers for the acceptance checks: they use only the core's public face, as an outside user would.
import { Collection, type CardInfo, type CollectionOptions, type ParsedCard, type ParsedNote } from "../../src/core";

/** A note's text from its lines, joined with LF. */
export function lines(...text: string[]): string {
	return text.join("\n");
}

/** A note with YAML frontmatter (given as its inner lines) above the body lines. */
export function withYaml(yaml: string[], ...body: string[]): string {
	return lines("---", ...yaml, "---", ...body);
}

/** A fixed instant from a UTC ISO time ("2025-03-10T09:00:00Z"). */
export function at(iso: string): Date {
	return new Date(iso);
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A store whose day boundary is computed in a fixed zone (UTC by default), so tests never depend on TZ. */
export function store(options: Partial<CollectionOptions> = {}): Collection {
	return new Collection({ utcOffset: () => 0, deviceId: "laptop", ...options });
}

/** A second device loading another device's data. */
export function device(data: unknown, deviceId: string, offsetMinutes = 0): Collection {
	return Collection.fromJSON(data, { deviceId, utcOffset: () => offsetMinutes });
}

/** The card whose front is `front` (fails the test when missing or ambiguous). */
export function byFront(cards: readonly CardInfo[], front: string): CardInfo {
	const found = cards.filter((card) => card.front === front);
	if (found.length !== 1) throw new Error(`expected one card with front ${JSON.stringify(front)}, found ${found.length}`);
	return found[0] as CardInfo;
}

/** Front/back pairs of parsed cards, the most readable view of a parse. */
export function pairs(cards: readonly ParsedCard[]): [string, string][] {
	return cards.map((card) => [card.front, card.back]);
}

/** A JSON round trip, as `data.json` written by one device and read by another. */
export function viaJson(value: unknown): unknown {
	return JSON.parse(JSON.stringify(value)) as unknown;
}

/** The one note card of a parse (fails the test when there are more or none). */
export function only(note: ParsedNote): ParsedCard {
	expect(note.cards).toHaveLength(1);
	return note.cards[0] as ParsedCard;
}

/** A note of `count` basic cards `Q1`…`Qn` with answers `Answer 1`…. */
export function numbered(count: number, prefix = "Q"): string {
	return Array.from({ length: count }, (_, i) => lines(`${prefix}${i + 1} #card`, `Answer ${i + 1}`, "")).join("\n");
}

/** The live card with this front. */
export function card(collection: Collection, front: string): CardInfo {
	return byFront(collection.cards(), front);
}

/** The same store loaded again from its saved data, on the same device. */
export function copyOf(collection: Collection): Collection {
	return Collection.fromJSON(viaJson(collection.toJSON()), { deviceId: "laptop", utcOffset: () => 0 });
}

/** Answers Good until the card leaves its learning steps; returns the time of the last answer. */
export function graduate(collection: Collection, front: string, start: Date): Date {
	let now = start;
	for (let i = 0; i < 5 && card(collection, front).state !== "review"; i++) {
		now = new Date(Math.max(now.getTime(), card(collection, front).due));
		collection.answer(card(collection, front).id, 3, now);
	}
	expect(card(collection, front).state).toBe("review");
	return now;
}
