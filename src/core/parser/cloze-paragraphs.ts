/**
 * Cloze cards without a marker, as the Flashcards plugin 2.x reads them: in a note that takes part, a
 * paragraph (or one list item) holding a numbered cloze (`{1:…}` or `{{c1::…}}`) is a cloze card, its
 * text the front and no back. Highlights make such a card only when the "highlights in card notes are
 * clozes" setting is on: they are ordinary formatting in most notes. A paragraph inside another card is
 * that card's text, never a card of its own.
 */
import type { ParsedCard, ParseWarning } from "../types";
import { standaloneAnchor, trailingAnchor } from "./anchors";
import { dedent, type InlineCandidate } from "./card-heads";
import { clozeNumbers, readClozes } from "./clozes";
import type { LineInfo } from "./line-info";
import type { ScannedNote } from "./line-scan";

function isParagraphLine(info: LineInfo | undefined): info is LineInfo {
	return info !== undefined && info.kind === "text" && !info.quote && info.marker === null;
}

/**
 * The unmarked cloze cards of a note. `taken` are the cards already read, in line order (their lines
 * hold no other card); `bodyStart` is the first line after the frontmatter.
 */
export function unmarkedClozes(
	note: ScannedNote,
	candidates: readonly InlineCandidate[],
	taken: readonly ParsedCard[],
	withHighlights: boolean,
	warnings: ParseWarning[],
): ParsedCard[] {
	const lines = note.lines;
	const cards: ParsedCard[] = [];
	let covered = 0;
	let owner = 0;
	for (const candidate of candidates) {
		const c = candidate.line;
		if (c < covered) continue;
		// Without highlights, only a brace can start a cloze.
		if (!withHighlights && (lines[c]?.masked.indexOf("{") ?? -1) === -1) continue;
		let start = c;
		while (!lines[start]?.listItem && start - 1 >= covered && isParagraphLine(lines[start - 1])) start--;
		let end = c + 1;
		while (isParagraphLine(lines[end]) && lines[end]?.listItem !== true) end++;
		covered = end;
		while (owner < taken.length && (taken[owner]?.endLine ?? 0) <= start) owner++;
		const other = taken[owner];
		if (other !== undefined && other.line < end) continue;
		const card = clozeCard(lines, start, end, withHighlights, warnings);
		if (card === null) continue;
		card.context = candidate.context.slice();
		cards.push(card);
	}
	return cards;
}

function clozeCard(
	lines: readonly LineInfo[],
	start: number,
	end: number,
	withHighlights: boolean,
	warnings: ParseWarning[],
): ParsedCard | null {
	let last = end;
	let anchor: string | undefined;
	const tail = lines[last - 1];
	const own = tail !== undefined && last - 1 > start ? standaloneAnchor(tail.masked) : null;
	if (own !== null) {
		anchor = own;
		last--;
	}
	const texts: string[] = [];
	const masks: string[] = [];
	for (let j = start; j < last; j++) {
		const info = lines[j];
		if (info === undefined) continue;
		// The first line of a list item loses its bullet; the lines under it their shared indentation.
		const from = j === start ? info.contentStart : 0;
		texts.push(info.text.slice(from));
		masks.push(info.masked.slice(from));
	}
	if (anchor === undefined && texts.length > 0) {
		const trailing = trailingAnchor(masks[masks.length - 1] ?? "");
		if (trailing !== null && (texts[texts.length - 1] ?? "").slice(0, trailing.start).trim() !== "") {
			anchor = trailing.id;
			texts[texts.length - 1] = (texts[texts.length - 1] ?? "").slice(0, trailing.start);
			masks[masks.length - 1] = (masks[masks.length - 1] ?? "").slice(0, trailing.start);
		}
	}
	const text = dedent(texts);
	const lead = text.length - text.trimStart().length;
	const front = text.trim();
	const masked = dedent(masks).slice(lead, lead + front.length);
	const reading = readClozes(front, masked, withHighlights);
	warnUnclosed(reading.unclosed, front, start, warnings);
	const clozes = clozeNumbers(reading.spans);
	if (clozes.length === 0) return null;
	const card: ParsedCard = { kind: "cloze", front, back: "", line: start, endLine: end, tags: [], context: [], clozes };
	if (anchor !== undefined) card.anchor = anchor;
	return card;
}

/** One warning for the clozes of a text (its first line being `line`) that are never closed. */
export function warnUnclosed(unclosed: readonly number[], text: string, line: number, warnings: ParseWarning[]): void {
	const first = unclosed[0];
	if (first === undefined) return;
	let at = line;
	for (let i = text.indexOf("\n"); i !== -1 && i < first; i = text.indexOf("\n", i + 1)) at++;
	const more = unclosed.length > 1 ? ` (and ${unclosed.length - 1} more after it)` : "";
	warnings.push({ line: at, message: `A cloze on line ${at + 1} is never closed ("}" missing)${more}, so it is not a cloze.` });
}
