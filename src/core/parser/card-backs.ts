/**
 * Where a tagged card's back ends (note format rules 5, 7 and 15, docs/decisions/parser-rules.md). A heading card owns its section up to
 * the next heading of the same or higher level; a paragraph card the rest of its paragraph (a list item
 * card: its nested lines), else the next block. Both stop at the next card's first line. A block id right
 * after the back becomes the card's anchor.
 */
import { isFlashcardsId, standaloneAnchor, trailingAnchor } from "./anchors";
import { dedent, type CardHead } from "./card-heads";
import type { LineInfo } from "./line-info";
import type { ScannedNote } from "./line-scan";

/** A card's back as cut from the note. */
export interface Back {
	/** Markdown as written, trimmed, anchor removed. */
	text: string;
	/** 0-based, exclusive: just past the back's last line (its anchor line included). */
	endLine: number;
	/** The block id after the back, without `^`. */
	anchor?: string;
}

function isGap(info: LineInfo | undefined): boolean {
	return info === undefined || info.kind === "blank" || info.kind === "break";
}

function isBody(info: LineInfo | undefined): boolean {
	return info !== undefined && (info.kind === "text" || info.kind === "code");
}

function leadingSpace(text: string): number {
	let n = 0;
	while (n < text.length && (text[n] === " " || text[n] === "\t")) n++;
	return n;
}

/** Cuts the back of `head`; `limit` is the next card's first line. A cloze takes no next block. */
export function cutBack(note: ScannedNote, head: CardHead, limit: number, cloze: boolean): Back {
	const lines = note.lines;
	const from = head.markerLine + 1;
	let start = from;
	let end: number;
	if (head.kind === "heading") {
		end = sectionEnd(lines, from, limit, head.level);
	} else if (head.listIndent >= 0) {
		end = listItemEnd(lines, from, limit, head.listIndent);
	} else {
		end = paragraphEnd(note, from, limit);
		if (end === from && !cloze) {
			// Only blank lines lie between the question and the block that answers it (not a `---` rule).
			while (start < limit && lines[start]?.kind === "blank") start++;
			end = start < limit && isBody(lines[start]) ? blockEnd(note, start, limit) : start;
		}
	}
	return finishBack(note, start, end, head.markerLine);
}

function sectionEnd(lines: readonly LineInfo[], from: number, limit: number, level: number): number {
	for (let j = from; j < limit; j++) {
		const info = lines[j];
		if (info === undefined) return j;
		if (info.kind === "heading" && info.level <= level) return j;
		// The line where the Flashcards plugin wrote its id closes the back it wrote it for.
		if (info.kind === "text") {
			const id = info.masked.indexOf("^") === -1 ? null : standaloneAnchor(info.masked);
			if (id !== null && isFlashcardsId(id)) return j + 1;
		}
	}
	return limit;
}

/** A paragraph ends at a blank line, a rule, a heading, or where a code fence starts (as in Markdown). */
function paragraphEnd(note: ScannedNote, from: number, limit: number): number {
	const lines = note.lines;
	let j = from;
	for (; j < limit; j++) {
		const info = lines[j];
		if (info === undefined || (info.kind !== "text" && (info.kind !== "code" || note.fenceEnds.has(j)))) break;
	}
	return j;
}

/** A block: a fence whole, or a paragraph, with a loose list kept whole across its blank lines. */
function blockEnd(note: ScannedNote, from: number, limit: number): number {
	const lines = note.lines;
	const fenceEnd = note.fenceEnds.get(from);
	if (fenceEnd !== undefined) return Math.min(fenceEnd, limit);
	let end = paragraphEnd(note, from, limit);
	if (lines[from]?.listItem !== true) return end;
	for (;;) {
		let next = end;
		while (next < limit && lines[next]?.kind === "blank") next++;
		const info = lines[next];
		if (next >= limit || !isBody(info) || (info?.listItem !== true && leadingSpace(info?.text ?? "") === 0)) {
			return end;
		}
		end = paragraphEnd(note, next, limit);
	}
}

/** The nested lines of a list item card (and lazy continuation lines right under it). */
function listItemEnd(lines: readonly LineInfo[], from: number, limit: number, bullet: number): number {
	let end = from;
	let sawGap = false;
	for (let j = from; j < limit; j++) {
		const info = lines[j];
		if (info === undefined || info.kind === "heading" || info.kind === "break") break;
		if (info.kind === "blank") {
			sawGap = true;
			continue;
		}
		const indent = leadingSpace(info.text);
		if (info.listItem && indent <= bullet) break;
		if (sawGap && indent <= bullet) break;
		end = j + 1;
		sawGap = false;
	}
	return end;
}

function finishBack(note: ScannedNote, start: number, end: number, markerLine: number): Back {
	const lines = note.lines;
	let last = end;
	while (last > start && isGap(lines[last - 1])) last--;
	const endLine = last > start ? last : markerLine + 1;
	let anchor: string | undefined;
	let lastLength = lines[last - 1]?.text.length ?? 0;
	const tail = lines[last - 1];
	if (last > start && tail?.kind === "text") {
		const own = standaloneAnchor(tail.masked);
		if (own !== null) {
			anchor = own;
			last--;
			while (last > start && isGap(lines[last - 1])) last--;
			lastLength = lines[last - 1]?.text.length ?? 0;
		} else {
			const trailing = trailingAnchor(tail.masked);
			if (trailing !== null) {
				anchor = trailing.id;
				lastLength = trailing.start;
			}
		}
	}
	const back: Back = { text: backText(note, start, last, lastLength), endLine };
	if (anchor !== undefined) back.anchor = anchor;
	return back;
}

/** Lines [start, last) as written (the last one cut at `lastLength`), dedented and trimmed. */
function backText(note: ScannedNote, start: number, last: number, lastLength: number): string {
	if (last <= start) return "";
	let indented = true;
	for (let j = start; j < last && indented; j++) {
		const text = note.lines[j]?.text ?? "";
		const first = text.charCodeAt(0);
		if (first !== 32 && first !== 9 && text.trim() !== "") indented = false;
	}
	if (!indented) {
		// The common case: one slice of the note instead of joining its lines.
		const from = note.starts[start] ?? 0;
		return note.text.slice(from, (note.starts[last - 1] ?? from) + lastLength).trim();
	}
	const texts: string[] = [];
	for (let j = start; j < last; j++) {
		const text = note.lines[j]?.text ?? "";
		texts.push(j === last - 1 ? text.slice(0, lastLength) : text);
	}
	return dedent(texts).trim();
}
