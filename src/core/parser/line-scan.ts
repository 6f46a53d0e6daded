/**
 * The one pass over a note's lines: masks protected regions, classifies each line (blank, heading, code,
 * text…), finds markers, collects the note's body tags and hands each line to the card-start finder.
 * Afterwards only the lines of each card's back are read again.
 */
import { CardHeadFinder, type CardHeads } from "./card-heads";
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
}

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
	let mentionsCardTag = false;
	const special = new CharFinder(text, SPAN_OPENERS);
	const hash = new CharFinder(text, ["#"]);
	const separatorStart = new CharFinder(text, [...new Set(separators.map((separator) => separator.charAt(0)))]);
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
			for (const tag of tagsIn(masked, info.marker === null ? masked.length : info.marker.start)) {
				if (isCardTagVariant(tag.name, cardTag)) mentionsCardTag = true;
				if (markerKind(tag.name, cardTag) === null) bodyTags.push(tag.name);
			}
		}
		infos[i] = info;
		const candidate =
			info.kind === "text" &&
			info.marker === null &&
			separators.length > 0 &&
			separatorStart.next(lineStart) < lineEnd &&
			hasSeparator(info.masked, separators);
		heads.add(i, info, candidate);
	}
	return { text, lines: infos, starts, bodyTags, mentionsCardTag, found: heads.result() };
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
	return { kind, text, masked, level: 0, contentStart: 0, indent: 0, listItem: false, marker: null, tagsStart };
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
