/**
 * The one pass over a note's lines: masks protected regions, classifies each line (blank, heading, code,
 * text…), finds markers, collects the note's body tags and hands each line to the card-start finder.
 * Afterwards only the lines of each card's back are read again.
 */
import type { ParseWarning } from "../types";
import { CardHeadFinder, type CardHeads, type InlineCandidate } from "./card-heads";
import type { LineInfo, LineKind } from "./line-info";
import { findMarker, isCardTagVariant, markerKind, tagsIn, trailingTags } from "./markers";
import { CharFinder } from "./char-finder";
import { RegionScanner, SPAN_OPENERS } from "./protected-regions";

/** The scanned note. */
export interface ScannedNote {
	/** The note's text, line endings normalised. */
	text: string;
	lines: LineInfo[];
	/** Offset in `text` where each line starts. */
	starts: number[];
	/** Tags written in the body (markers and the tags after them excluded), in order. */
	bodyTags: string[];
	/** The body uses the card tag or a variant of it somewhere (a marker included). */
	mentionsCardTag: boolean;
	/** Where tagged cards start, and the lines that may hold inline cards. */
	found: CardHeads;
	/** Fenced code blocks outside quotes, in order (fenced cards are read from them). */
	fences: FenceBlock[];
	/** Line just past each fence, by the line that opens it (the note's end for a fence never closed). */
	fenceEnds: Map<number, number>;
	/** Lines opening a card callout (`> [!card] …`), in order. */
	callouts: CalloutStart[];
	/** Text lines that may hold a cloze (a `{` or `==` outside protected text), in order. */
	clozeLines: InlineCandidate[];
	/** Problems found while scanning (a marker inside a quote). */
	warnings: ParseWarning[];
}

/** A fenced code block. */
export interface FenceBlock {
	/** 0-based line of the opening fence. */
	line: number;
	/** 0-based line just past the closing fence; -1 when the fence is never closed. */
	end: number;
	/** The info string after the opening fence, trimmed. */
	info: string;
	/** Texts of the headings above it. */
	context: string[];
}

/** The first line of a card callout. */
export interface CalloutStart {
	line: number;
	reversed: boolean;
	/** The callout's title: the question. */
	title: string;
	context: string[];
}

// `> [!card]`, `> [!card-reverse]`, optionally foldable (`+`/`-`), then the title.
const CALLOUT = /^ {0,3}>\s*\[!([^\]\s|]+)\][+-]?(.*)$/;

/**
 * Classifies every line of `text` (LF line endings), `lines` being `text.split("\n")`, and finds card
 * starts on the way; lines before `bodyStart` are frontmatter. Lines holding one of `separators` (none:
 * inline cards are off) become inline candidates.
 */
export function scanLines(
	text: string,
	lines: readonly string[],
	bodyStart: number,
	cardTag: string,
	separators: readonly string[],
): ScannedNote {
	const regions = new RegionScanner();
	const infos: LineInfo[] = new Array<LineInfo>(lines.length);
	const starts: number[] = new Array<number>(lines.length);
	const heads = new CardHeadFinder(infos);
	const bodyTags: string[] = [];
	const fences: FenceBlock[] = [];
	const callouts: CalloutStart[] = [];
	const clozeLines: InlineCandidate[] = [];
	const warnings: ParseWarning[] = [];
	let openFence: FenceBlock | null = null;
	let mentionsCardTag = false;
	const special = new CharFinder(text, SPAN_OPENERS);
	const hash = new CharFinder(text, ["#"]);
	const separatorStart = new CharFinder(text, [...new Set(separators.map((separator) => separator.charAt(0)))]);
	const clozeStart = new CharFinder(text, CLOZE_CHARS);
	let offset = 0;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i] ?? "";
		const lineStart = offset;
		const lineEnd = offset + line.length;
		starts[i] = offset;
		offset = lineEnd + 1;
		if (i < bodyStart) {
			infos[i] = plain("frontmatter", line, "");
			continue;
		}
		let info: LineInfo;
		const masked = line.length === 0 ? regions.scan(line, false) : regions.scan(line, special.next(lineStart) < lineEnd);
		if (masked === null) {
			info = line.length === 0 ? EMPTY_CODE : plain("code", line, "");
			if (regions.openedFence !== null && regions.openedFence.prefix.indexOf(">") === -1) {
				openFence = { line: i, end: -1, info: regions.openedFence.info, context: heads.contextNow() };
				fences.push(openFence);
			} else if (regions.closedFence && openFence !== null) {
				openFence.end = i + 1;
				openFence = null;
			}
		} else if (line.length === 0) {
			// Empty lines are about half of a note: they share one read-only record.
			info = EMPTY_BLANK;
		} else if (hash.next(lineStart) >= lineEnd) {
			// Most lines are prose: without a `#` and starting with a letter, no syntax can apply.
			info = startsProse(masked.charCodeAt(0)) ? plain("text", line, masked) : classify(line, masked, null);
		} else {
			// A `#` inside a masked span does not count: findMarker and tagsIn read the masked line.
			info = classify(line, masked, cardTag);
			if (info.marker !== null) mentionsCardTag = true;
			if (info.quote && info.marker !== null) {
				info.marker = null;
				warnings.push({
					line: i,
					message: `The card marker on line ${i + 1} is inside a quote, where no card is read: use a "> [!${cardTag}]" callout instead.`,
				});
			}
			for (const tag of tagsIn(masked, info.marker === null ? masked.length : info.marker.start)) {
				if (isCardTagVariant(tag.name, cardTag)) mentionsCardTag = true;
				if (markerKind(tag.name, cardTag) === null) bodyTags.push(tag.name);
			}
		}
		infos[i] = info;
		if (info.quote && info.kind === "text" && masked !== null && masked.indexOf("[!") !== -1) {
			const callout = calloutStart(line, cardTag);
			if (callout !== null) callouts.push({ line: i, ...callout, context: heads.contextNow() });
		}
		if (
			info.kind === "text" &&
			clozeStart.next(lineStart) < lineEnd &&
			!info.quote &&
			info.marker === null &&
			masked !== null &&
			mayHoldCloze(masked)
		) {
			clozeLines.push({ line: i, context: heads.sharedContext() });
		}
		const candidate =
			info.kind === "text" &&
			info.marker === null &&
			!info.quote &&
			separators.length > 0 &&
			separatorStart.next(lineStart) < lineEnd &&
			hasSeparator(info.masked, separators);
		heads.add(i, info, candidate);
	}
	const found = heads.result();
	const fenceEnds = new Map<number, number>();
	for (const fence of fences) fenceEnds.set(fence.line, fence.end === -1 ? lines.length : fence.end);
	return { text, lines: infos, starts, bodyTags, mentionsCardTag, found, fences, fenceEnds, callouts, clozeLines, warnings };
}

/** What starts a cloze: a brace (numbered or Anki) or `=` (a highlight). */
const CLOZE_CHARS: readonly string[] = ["{", "="];

/** A `{` (numbered or Anki cloze) or `==` (highlight) outside protected text, not in a table row. */
function mayHoldCloze(masked: string): boolean {
	return (masked.indexOf("{") !== -1 || masked.indexOf("==") !== -1) && masked.trimStart()[0] !== "|";
}

/** The type and title of a card callout's first line, or null for any other callout. */
function calloutStart(line: string, cardTag: string): { reversed: boolean; title: string } | null {
	const match = CALLOUT.exec(line);
	if (match === null) return null;
	const type = (match[1] ?? "").toLowerCase();
	if (type !== cardTag && type !== `${cardTag}-reverse`) return null;
	// Flashcards writes `> [!card] : Question`: the colon only separates.
	const title = (match[2] ?? "").trim().replace(/^:\s*/, "").trim();
	return { reversed: type !== cardTag, title };
}

function hasSeparator(masked: string, separators: readonly string[]): boolean {
	for (const separator of separators) if (masked.indexOf(separator) !== -1) return true;
	return false;
}

/** A letter: a line starting with one is prose (no block syntax starts with a letter). */
function startsProse(code: number): boolean {
	return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

const EMPTY_BLANK: Readonly<LineInfo> = plain("blank", "", "");
const EMPTY_CODE: Readonly<LineInfo> = plain("code", "", "");

function plain(kind: LineKind, text: string, masked: string): LineInfo {
	const tagsStart = text.length;
	return {
		kind,
		text,
		masked,
		level: 0,
		contentStart: 0,
		indent: 0,
		listItem: false,
		quote: false,
		marker: null,
		tagsStart,
	};
}

/** `cardTag` is null when the line holds no `#`, so no marker or tag. */
function classify(text: string, masked: string, cardTag: string | null): LineInfo {
	let indent = 0;
	while (indent < masked.length && (masked[indent] === " " || masked[indent] === "\t")) indent++;
	if (indent === masked.length) return plain("blank", text, masked);
	const info = plain("text", text, masked);
	info.indent = indent;
	info.contentStart = indent;
	const first = masked[indent];
	if (first === "#" && indent <= 3) {
		let level = 1;
		while (level < 7 && masked[indent + level] === "#") level++;
		const after = masked[indent + level];
		if (level <= 6 && (after === undefined || after === " " || after === "\t")) {
			info.kind = "heading";
			info.level = level;
			info.contentStart = indent + level;
		}
	} else if ((first === "-" || first === "*" || first === "_") && isThematicBreak(masked, indent)) {
		info.kind = "break";
		return info;
	} else if (first === ">" && indent <= 3) {
		info.quote = true;
	}
	if (info.kind === "text") {
		const content = listContentStart(masked, indent);
		if (content !== -1) {
			info.listItem = true;
			info.contentStart = content;
		}
	}
	if (cardTag !== null) {
		const run = trailingTags(masked);
		info.tagsStart = run[0]?.start ?? masked.length;
		info.marker = findMarker(masked, cardTag, run);
	}
	return info;
}

function isThematicBreak(masked: string, from: number): boolean {
	const char = masked[from];
	let count = 0;
	for (let i = from; i < masked.length; i++) {
		const c = masked[i];
		if (c === char) count++;
		else if (c !== " " && c !== "\t") return false;
	}
	return count >= 3;
}

/** Offset of a list item's text (after `-`, `*`, `+`, `1.` or `1)`, and a `[ ]` checkbox), or -1. */
function listContentStart(masked: string, indent: number): number {
	let i = indent;
	const c = masked[i];
	if (c === "-" || c === "*" || c === "+") {
		i++;
	} else {
		while (i - indent < 9 && (masked[i] ?? "") >= "0" && (masked[i] ?? "") <= "9") i++;
		if (i === indent || (masked[i] !== "." && masked[i] !== ")")) return -1;
		i++;
	}
	if (i < masked.length && masked[i] !== " " && masked[i] !== "\t") return -1;
	while (masked[i] === " " || masked[i] === "\t") i++;
	if (masked[i] === "[" && masked[i + 2] === "]" && (masked[i + 3] === " " || i + 3 === masked.length)) {
		i += 3;
		while (masked[i] === " " || masked[i] === "\t") i++;
	}
	return i;
}
