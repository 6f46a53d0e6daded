/**
 * Finds where tagged cards start (DESIGN §1 rules 5–7) and the heading context of every card (rule 14),
 * walking the scanned lines once with a stack of open headings. A heading card starts at its heading; a
 * paragraph card at its marker line, or, for a marker alone on a line, at the first line of the paragraph
 * above it. Backs are cut later, once every start is known.
 */
import type { ParseWarning } from "../types";
import type { LineInfo } from "./line-scan";
import { withoutTrailingTags } from "./markers";
import { MASK } from "./protected-regions";

/** Where a tagged card starts and what its first lines say. */
export interface CardHead {
	kind: "heading" | "paragraph";
	/** 0-based first line of the card. */
	line: number;
	/** 0-based line of the marker; the back starts after it. */
	markerLine: number;
	/** Heading level of a heading card; 0 for a paragraph card. */
	level: number;
	/** The question as written (marker, trailing tags, heading `#`s and list bullet removed). */
	front: string;
	/** The front's lines masked, for finding clozes (paragraph cards only). */
	frontMasked: string;
	reversed: boolean;
	/** Tags written after the marker. */
	tags: string[];
	/** Texts of the headings above the card. */
	context: string[];
	/** Indentation of the list bullet when the marker line is a list item; -1 otherwise. */
	listIndent: number;
}

/** A line that may hold an inline card, with its heading context. */
export interface InlineCandidate {
	line: number;
	context: string[];
}

/** Card starts, inline candidates and problems, in document order. */
export interface CardHeads {
	heads: CardHead[];
	inline: InlineCandidate[];
	warnings: ParseWarning[];
}

interface OpenHeading {
	level: number;
	text: string;
}

/** The text of a heading as context shows it: no `#`s, markers or trailing tags. */
export function headingText(info: LineInfo): string {
	const text = withoutTrailingTags(info.text.slice(info.contentStart), info.masked.slice(info.contentStart));
	// A closing sequence of `#`s (`## Title ##`) is not part of the title.
	const closing = /[ \t]#+$/.exec(text);
	return (closing === null ? text : text.slice(0, closing.index)).trim();
}

/** Finds card starts in lines from `bodyStart`; `separators` non-empty means inline cards are wanted. */
export function findCardHeads(lines: readonly LineInfo[], bodyStart: number, separators: readonly string[]): CardHeads {
	const heads: CardHead[] = [];
	const inline: InlineCandidate[] = [];
	const warnings: ParseWarning[] = [];
	const stack: OpenHeading[] = [];
	let paragraphStart = -1;
	// A heading without marker followed only by blank lines: a lone marker now makes it a heading card.
	let pendingHeading = -1;
	for (let i = bodyStart; i < lines.length; i++) {
		const info = lines[i];
		if (info === undefined) continue;
		if (info.kind === "blank" || info.kind === "break") {
			paragraphStart = -1;
			if (info.kind === "break") pendingHeading = -1;
			continue;
		}
		if (info.kind === "heading") {
			while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= info.level) stack.pop();
			const context = stack.map((open) => open.text);
			if (info.marker !== null) {
				const head = headingHead(info, i, i, context, info.marker.start);
				head.reversed = info.marker.reversed;
				head.tags = info.marker.tags;
				heads.push(head);
			}
			stack.push({ level: info.level, text: headingText(info) });
			pendingHeading = info.marker === null ? i : -1;
			paragraphStart = -1;
			continue;
		}
		const marker = info.marker;
		if (marker === null || info.kind !== "text") {
			if (paragraphStart === -1) paragraphStart = i;
			pendingHeading = -1;
			if (info.kind === "text" && separators.some((separator) => info.masked.indexOf(separator) !== -1)) {
				inline.push({ line: i, context: stack.map((open) => open.text) });
			}
			continue;
		}
		const context = stack.map((open) => open.text);
		const count = heads.length;
		if (!marker.lone) {
			heads.push(paragraphHead(lines, i, i, context));
		} else if (paragraphStart !== -1) {
			heads.push(paragraphHead(lines, paragraphStart, i, context));
		} else if (pendingHeading !== -1) {
			const heading = lines[pendingHeading];
			if (heading !== undefined) {
				heads.push(headingHead(heading, pendingHeading, i, context.slice(0, -1), heading.text.length));
			}
		} else {
			warnings.push({ line: i, message: `The card marker on line ${i + 1} has no question above it.` });
		}
		const head = heads[count];
		if (head !== undefined) {
			head.reversed = marker.reversed;
			head.tags = marker.tags;
		}
		paragraphStart = -1;
		pendingHeading = -1;
	}
	return { heads, inline, warnings };
}

function headingHead(info: LineInfo, line: number, markerLine: number, context: string[], end: number): CardHead {
	const marker = markerLine === line ? info.marker : null;
	const own = info.text.slice(info.contentStart, end).trim();
	return {
		kind: "heading",
		line,
		markerLine,
		level: info.level,
		front: marker === null ? headingText(info) : own,
		frontMasked: "",
		reversed: false,
		tags: [],
		context,
		listIndent: -1,
	};
}

function paragraphHead(lines: readonly LineInfo[], start: number, markerLine: number, context: string[]): CardHead {
	const markerInfo = lines[markerLine];
	const texts: string[] = [];
	const masks: string[] = [];
	if (start === markerLine && markerInfo !== undefined) {
		const end = markerInfo.marker?.start ?? markerInfo.text.length;
		texts.push(markerInfo.text.slice(markerInfo.contentStart, end));
		masks.push(markerInfo.masked.slice(markerInfo.contentStart, end));
	}
	// A lone marker takes the paragraph lines above it as they are.
	for (let j = start; j < markerLine; j++) {
		const text = lines[j]?.text ?? "";
		texts.push(text);
		masks.push(lines[j]?.kind === "code" ? MASK.repeat(text.length) : (lines[j]?.masked ?? ""));
	}
	const front = trimmedPair(dedent(texts), dedent(masks, sharedIndent(texts)));
	return {
		kind: "paragraph",
		line: start,
		markerLine,
		level: 0,
		front: front.text,
		frontMasked: front.masked,
		reversed: false,
		tags: [],
		context,
		listIndent: markerInfo?.listItem === true && start === markerLine ? markerInfo.indent : -1,
	};
}

/** Indentation shared by every non-blank line, in characters. */
function sharedIndent(lines: readonly string[]): number {
	let shared = Infinity;
	for (const line of lines) {
		if (line.trim() === "") continue;
		let n = 0;
		while (n < line.length && (line[n] === " " || line[n] === "\t")) n++;
		shared = Math.min(shared, n);
	}
	return shared === Infinity ? 0 : shared;
}

/** Joins lines after removing the indentation they share (a list item's nested lines). */
export function dedent(lines: readonly string[], shared: number = sharedIndent(lines)): string {
	if (shared === 0) return lines.join("\n");
	return lines.map((line) => line.slice(Math.min(shared, line.length))).join("\n");
}

/** Trims a text and cuts its masked twin at the same offsets (whitespace is never masked at the edges). */
function trimmedPair(text: string, masked: string): { text: string; masked: string } {
	const lead = text.length - text.trimStart().length;
	const trimmed = text.trim();
	return { text: trimmed, masked: masked.slice(lead, lead + trimmed.length) };
}
