/**
 * Finds where tagged cards start (note format rules 5–7, docs/decisions/parser-rules.md) and the heading context of every card (rule 14),
 * fed line by line by the line scanner, with a stack of open headings. A heading card starts at its
 * heading; a paragraph card at its marker line, or, for a marker alone on a line, at the first line of
 * the paragraph above it. Backs are cut later, once every start is known.
 */
import type { ParseWarning } from "../types";
import type { LineInfo } from "./line-info";
import type { Marker, MarkerKind } from "./markers";
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
	/** What the marker asks for: a basic, reversed or reminder card. */
	marker: MarkerKind;
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
	/** Shared by the candidates under the same headings: copy it before handing it out. */
	context: readonly string[];
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
	// The `#`s opening a heading are never a tag, so the line's trailing run of tags is the text's.
	const text = info.text.slice(info.contentStart, Math.max(info.tagsStart, info.contentStart)).trim();
	// A closing sequence of `#`s (`## Title ##`) is not part of the title.
	let end = text.length;
	while (end > 0 && text.charCodeAt(end - 1) === 35) end--;
	const closed = end < text.length && (end === 0 || text[end - 1] === " " || text[end - 1] === "\t");
	return closed ? text.slice(0, end).trim() : text;
}

/** Finds card starts and inline candidates, given the lines in order. */
export class CardHeadFinder {
	private readonly heads: CardHead[] = [];
	private readonly inline: InlineCandidate[] = [];
	private readonly warnings: ParseWarning[] = [];
	private readonly stack: OpenHeading[] = [];
	private paragraphStart = -1;
	// The paragraph closed by the blank lines just read: a lone reminder marker below them takes it.
	private closedParagraph = -1;
	// A heading without marker followed only by blank lines: a lone marker now makes it a heading card.
	private pendingHeading = -1;
	// The heading path as an array, built once per change of headings.
	private shared: string[] | null = null;

	/** `lines` is the array the scanner fills; every line up to the one given to {@link add} is in it. */
	constructor(private readonly lines: readonly LineInfo[]) {}

	/** Reads body line `i`; `candidate` says it holds an inline separator outside protected text. */
	add(i: number, info: LineInfo, candidate: boolean): void {
		if (info.kind === "blank" || info.kind === "break") {
			if (this.paragraphStart !== -1) this.closedParagraph = this.paragraphStart;
			this.paragraphStart = -1;
			if (info.kind === "break") {
				this.pendingHeading = -1;
				this.closedParagraph = -1;
			}
		} else if (info.kind === "heading") {
			this.closedParagraph = -1;
			this.heading(i, info);
		} else if (info.quote) {
			this.closedParagraph = -1;
			// A quote or callout is a block of its own: no paragraph above a lone marker, no card inside.
			this.paragraphStart = -1;
			this.pendingHeading = -1;
		} else if (info.marker === null || info.kind !== "text") {
			if (this.paragraphStart === -1) this.paragraphStart = i;
			this.closedParagraph = -1;
			this.pendingHeading = -1;
			// Candidates share the context array until one becomes a card (then it is copied).
			if (candidate) this.inline.push({ line: i, context: this.context() });
		} else {
			this.marker(i, info.marker);
		}
	}

	/** Everything found, in document order. */
	result(): CardHeads {
		return { heads: this.heads, inline: this.inline, warnings: this.warnings };
	}

	private isBackOfLastCard(start: number): boolean {
		return isBackOf(this.lines, this.heads[this.heads.length - 1], start);
	}

	/** The heading path at the line just added, shared: copy it before handing it out. */
	sharedContext(): readonly string[] {
		return this.context();
	}

	/** The heading path at the line just added, as a new array. */
	contextNow(): string[] {
		return this.context().slice();
	}

	private context(): string[] {
		this.shared ??= this.stack.map((open) => open.text);
		return this.shared;
	}

	private heading(i: number, info: LineInfo): void {
		const stack = this.stack;
		while (stack.length > 0 && (stack[stack.length - 1]?.level ?? 0) >= info.level) stack.pop();
		this.shared = null;
		if (info.marker !== null) {
			const head = headingHead(info, i, i, this.context().slice());
			head.marker = info.marker.kind;
			head.tags = info.marker.tags;
			this.heads.push(head);
		}
		stack.push({ level: info.level, text: headingText(info) });
		this.shared = null;
		this.pendingHeading = info.marker === null ? i : -1;
		this.paragraphStart = -1;
	}

	private marker(i: number, marker: Marker): void {
		const context = this.context().slice();
		let head: CardHead | null = null;
		if (!marker.lone) {
			head = paragraphHead(this.lines, i, i, context);
		} else if (this.paragraphStart !== -1) {
			head = paragraphHead(this.lines, this.paragraphStart, i, context);
		} else if (marker.kind === "reminder" && this.closedParagraph !== -1 && !this.isBackOfLastCard(this.closedParagraph)) {
			// Flashcards 2.x lets a reminder's marker stand alone under its paragraph, after a blank line.
			head = paragraphHead(this.lines, this.closedParagraph, i, context);
		} else if (this.pendingHeading !== -1) {
			const heading = this.lines[this.pendingHeading];
			if (heading !== undefined) {
				head = headingHead(heading, this.pendingHeading, i, context.slice(0, -1));
			}
		} else {
			this.warnings.push({ line: i, message: `The card marker on line ${i + 1} has no question above it.` });
		}
		if (head !== null) {
			head.marker = marker.kind;
			head.tags = marker.tags;
			this.heads.push(head);
		}
		this.paragraphStart = -1;
		this.pendingHeading = -1;
		this.closedParagraph = -1;
	}
}

/** Whether a paragraph starting at `start` is the answer of the last card head (its next block). */
function isBackOf(lines: readonly LineInfo[], head: CardHead | undefined, start: number): boolean {
	if (head === undefined || head.kind !== "paragraph" || head.marker === "reminder") return false;
	for (let j = head.markerLine + 1; j < start; j++) if (lines[j]?.kind !== "blank") return false;
	return true;
}

/** A heading card; a marker on the heading's own line keeps the tags written before it in the front. */
function headingHead(info: LineInfo, line: number, markerLine: number, context: string[]): CardHead {
	const marker = markerLine === line ? info.marker : null;
	return {
		kind: "heading",
		line,
		markerLine,
		level: info.level,
		front: marker === null ? headingText(info) : info.text.slice(info.contentStart, marker.start).trim(),
		frontMasked: "",
		marker: "basic",
		tags: [],
		context,
		listIndent: -1,
	};
}

function paragraphHead(lines: readonly LineInfo[], start: number, markerLine: number, context: string[]): CardHead {
	const markerInfo = lines[markerLine];
	let front: { text: string; masked: string };
	if (start === markerLine && markerInfo !== undefined) {
		const end = markerInfo.marker?.start ?? markerInfo.text.length;
		const from = markerInfo.contentStart;
		front = trimmedPair(markerInfo.text.slice(from, end), markerInfo.masked.slice(from, end));
	} else {
		// A lone marker takes the paragraph lines above it as they are.
		const texts: string[] = [];
		const masks: string[] = [];
		for (let j = start; j < markerLine; j++) {
			const text = lines[j]?.text ?? "";
			texts.push(text);
			masks.push(lines[j]?.kind === "code" ? MASK.repeat(text.length) : (lines[j]?.masked ?? ""));
		}
		front = trimmedPair(dedent(texts), dedent(masks, sharedIndent(texts)));
	}
	return {
		kind: "paragraph",
		line: start,
		markerLine,
		level: 0,
		front: front.text,
		frontMasked: front.masked,
		marker: "basic",
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
