/**
 * Tagged cards (note format rules 5–11, docs/decisions/parser-rules.md): a card head found by the line scan becomes a card once its back
 * is cut. A `#card-reminder` (or v1's `#card-spaced`) head is a reminder: its text only, no back, so it
 * never takes the paragraph or section below it.
 */
import type { ParsedCard, ParseOptions, ParseWarning } from "../types";
import { standaloneAnchor } from "./anchors";
import { cutBack } from "./card-backs";
import type { CardHead } from "./card-heads";
import { warnUnclosed } from "./cloze-paragraphs";
import { clozeNumbers, readClozes } from "./clozes";
import type { ScannedNote } from "./line-scan";

/** The card of `head`, or null with a warning; `limit` is the next card's first line. */
export function buildTaggedCard(
	note: ScannedNote,
	head: CardHead,
	limit: number,
	opts: ParseOptions,
	warnings: ParseWarning[],
): ParsedCard | null {
	if (head.front === "") {
		warnings.push({ line: head.line, message: `The card on line ${head.line + 1} has no question.` });
		return null;
	}
	if (head.marker === "reminder") return reminderCard(note, head, limit);
	const mayBeCloze = opts.clozeCards && head.kind === "paragraph" && head.marker === "basic";
	const reading = mayBeCloze ? readClozes(head.front, head.frontMasked) : null;
	warnUnclosed(reading?.unclosed ?? [], head.front, head.line, warnings);
	const clozes = reading === null ? [] : clozeNumbers(reading.spans);
	const cloze = clozes.length > 0;
	const back = cutBack(note, head, limit, cloze);
	if (back.text === "" && !cloze) {
		warnings.push({
			line: head.line,
			message: `The card "${head.front}" on line ${head.line + 1} has no answer, so it is not reviewed.`,
		});
		return null;
	}
	const card: ParsedCard = {
		kind: cloze ? "cloze" : head.marker === "reversed" ? "reversed" : "basic",
		front: head.front,
		back: back.text,
		line: head.line,
		endLine: back.endLine,
		tags: head.tags,
		context: head.context,
	};
	if (back.anchor !== undefined) card.anchor = back.anchor;
	if (cloze) card.clozes = clozes;
	return card;
}

/** A reminder: its own lines only; a block id alone on the next line is its anchor. */
function reminderCard(note: ScannedNote, head: CardHead, limit: number): ParsedCard {
	const card: ParsedCard = {
		kind: "reminder",
		front: head.front,
		back: "",
		line: head.line,
		endLine: head.markerLine + 1,
		tags: head.tags,
		context: head.context,
	};
	const next = note.lines[card.endLine];
	const id = card.endLine < limit && next?.kind === "text" ? standaloneAnchor(next.masked) : null;
	if (id !== null) {
		card.anchor = id;
		card.endLine++;
	}
	return card;
}
