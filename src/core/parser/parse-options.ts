import type { ParseOptions } from "../types";

/** The settings a fresh install parses with (the "Flashcards" plugin's defaults). */
export const DEFAULT_PARSE_OPTIONS: ParseOptions = {
	cardTag: "card",
	deckKey: "cards-deck",
	folderDecks: true,
	defaultDeck: "Default",
	inlineCards: true,
	inlineSeparator: "::",
	inlineReversedSeparator: ":::",
	clozeCards: true,
	highlightClozes: false,
	fenceLabel: "flashcard",
};

/**
 * Completes partial options and repairs values that would make the parser misread every line (an empty
 * tag or separator), falling back to the defaults for those.
 */
export function resolveParseOptions(options: Partial<ParseOptions> = {}): ParseOptions {
	const merged: ParseOptions = { ...DEFAULT_PARSE_OPTIONS, ...options };
	const cardTag = merged.cardTag.trim().replace(/^#+/, "").toLowerCase();
	const inlineSeparator = merged.inlineSeparator.trim();
	const inlineReversedSeparator = merged.inlineReversedSeparator.trim();
	return {
		...merged,
		cardTag: cardTag === "" ? DEFAULT_PARSE_OPTIONS.cardTag : cardTag,
		deckKey: merged.deckKey.trim() === "" ? DEFAULT_PARSE_OPTIONS.deckKey : merged.deckKey.trim(),
		defaultDeck: merged.defaultDeck.trim() === "" ? DEFAULT_PARSE_OPTIONS.defaultDeck : merged.defaultDeck.trim(),
		fenceLabel: merged.fenceLabel.trim() === "" ? DEFAULT_PARSE_OPTIONS.fenceLabel : merged.fenceLabel.trim().toLowerCase(),
		inlineSeparator: inlineSeparator === "" ? DEFAULT_PARSE_OPTIONS.inlineSeparator : inlineSeparator,
		inlineReversedSeparator:
			inlineReversedSeparator === "" ? DEFAULT_PARSE_OPTIONS.inlineReversedSeparator : inlineReversedSeparator,
	};
}
