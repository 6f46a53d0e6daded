/** Deck paths: levels joined by `::`, a deck naming its whole subtree (note format rule 12, docs/decisions/parser-rules.md). */
import type { CardInfo } from "./types";

/** Separator of deck levels. */
export const DECK_SEPARATOR = "::";

/** A deck path with empty levels and stray spaces removed; "" when nothing is left. */
export function normaliseDeck(deck: string): string {
	if (deck.indexOf(DECK_SEPARATOR) === -1) return deck.trim();
	let out = "";
	for (const level of deck.split(DECK_SEPARATOR)) {
		const name = level.trim();
		if (name !== "") out = out === "" ? name : `${out}${DECK_SEPARATOR}${name}`;
	}
	return out;
}

/**
 * Whether a card's deck (already normalised, as the parser gives it) lies in the subtree of `deck`:
 * `A::B` holds `A::B` and `A::B::C`, not `A::BC`. No deck, or a blank one, holds every card.
 */
export function inDeckTree(cardDeck: string, deck: string | undefined): boolean {
	if (deck === undefined) return true;
	const root = normaliseDeck(deck);
	return (
		root === "" ||
		cardDeck === root ||
		(cardDeck.length > root.length + DECK_SEPARATOR.length && cardDeck.startsWith(root) && cardDeck.startsWith(DECK_SEPARATOR, root.length))
	);
}

/** Every deck the cards are in, with the decks above them (`A::B` also gives `A`), sorted. */
export function deckPaths(cards: readonly Pick<CardInfo, "deck">[]): string[] {
	const seen = new Set<string>();
	for (const { deck } of cards) {
		if (seen.has(deck)) continue;
		let end = deck.length;
		// Adding the ancestors of a deck path seen for the first time; stop at one already known.
		while (end > 0 && !seen.has(deck.slice(0, end))) {
			seen.add(deck.slice(0, end));
			end = deck.lastIndexOf(DECK_SEPARATOR, end - 1);
		}
	}
	return [...seen].sort((a, b) => a.localeCompare(b));
}
