import { clozeSpans, type CardInfo } from "../../core";

/** What the hidden cloze shows on the question side (Anki's `[...]`, or `[hint]`). */
const HIDDEN = "[...]";

/** The Markdown of each side of a card as the review shows it. */
export interface CardSides {
	question: string;
	/**
	 * What the question becomes once the answer shows: the same text for most cards; a cloze reveals
	 * its span in place, as Anki does, so the eye stays on the sentence.
	 */
	revealed: string;
	/** Shown under a divider once revealed; empty when there is nothing more (a cloze without extra). */
	answer: string;
}

/** The question and answer Markdown of a card; a cloze hides its asked span until revealed. */
export function cardSides(card: Pick<CardInfo, "kind" | "front" | "back" | "cloze">): CardSides {
	if (card.kind !== "cloze" || card.cloze === undefined) return { question: card.front, revealed: card.front, answer: card.back };
	return { question: renderCloze(card.front, card.cloze, false), revealed: renderCloze(card.front, card.cloze, true), answer: card.back.trim() };
}

/**
 * Rewrites cloze markup with the parser's own reading of it (so numbering always agrees): spans of
 * the asked number become `==[...]==` (or `==[hint]==`) when hidden and `==text==` when revealed;
 * other clozes show as plain text.
 */
export function renderCloze(markdown: string, asked: number, reveal: boolean): string {
	let out = "";
	let at = 0;
	for (const span of clozeSpans(markdown)) {
		out += markdown.slice(at, span.start);
		out += span.number !== asked ? span.answer : reveal ? `==${span.answer}==` : hidden(span.hint);
		at = span.end;
	}
	return out + markdown.slice(at);
}

function hidden(hint: string | undefined): string {
	return hint !== undefined && hint.trim() !== "" ? `==[${hint.trim()}]==` : `==${HIDDEN}==`;
}
