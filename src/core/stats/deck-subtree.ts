/** Decks as statistics see them: a deck path names its whole subtree, levels joined by `::`. */
import type { CardInfo } from "../types";

const SEPARATOR = "::";

/** Whether a deck lies in the subtree of `root` (`A::B` holds `A::B` and `A::B::C`, not `A::BC`). */
export function inDeckSubtree(deck: string, root: string): boolean {
	return (
		deck === root ||
		(deck.length > root.length + SEPARATOR.length && deck.startsWith(root) && deck.startsWith(SEPARATOR, root.length))
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
			end = deck.lastIndexOf(SEPARATOR, end - 1);
		}
	}
	return [...seen].sort((a, b) => a.localeCompare(b));
}
