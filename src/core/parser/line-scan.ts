/**
 * The one pass over a note's lines: masks protected regions, classifies each line (blank, heading, code,
 * text…), finds markers and collects the note's body tags. Later steps only walk this array.
 */
import { findMarker, isCardTagVariant, markerKind, tagsIn, type Marker } from "./markers";
import { RegionScanner } from "./protected-regions";

/** What a line is, for the card rules. */
export type LineKind =
	| "frontmatter"
	/** Empty or whitespace only, outside any fence or comment: ends paragraphs. */
	| "blank"
	/** A thematic break (`---`, `***`, `___`): ends paragraphs like a blank line. */
	| "break"
	/** Inside (or delimiting) a fence, or starting inside a multi-line math block or comment. */
	| "code"
	| "heading"
	| "text";

/** One classified line. */
export interface LineInfo {
	kind: LineKind;
	/** The line as written (line endings normalised). */
	text: string;
	/** The line with protected characters masked (same length), "" for code and frontmatter lines. */
	masked: string;
	/** Heading level 1–6; 0 for any other line. */
	level: number;
	/** Offset where the line's own text starts: after a heading's `#`s, or a list bullet and checkbox. */
	contentStart: number;
	/** Leading whitespace, in characters. */
	indent: number;
	/** The line starts a list item. */
	listItem: boolean;
	/** The card marker that ends the line, if any (text and heading lines only). */
	marker: Marker | null;
}

/** The scanned note. */
export interface ScannedNote {
	lines: LineInfo[];
	/** Tags written in the body (markers and the tags after them excluded), in order. */
	bodyTags: string[];
	/** The body uses the card tag or a variant of it somewhere (a marker included). */
	mentionsCardTag: boolean;
}

/** Classifies every line; lines before `bodyStart` are frontmatter. */
export function scanLines(lines: readonly string[], bodyStart: number, cardTag: string): ScannedNote {
	const regions = new RegionScanner();
	const infos: LineInfo[] = new Array<LineInfo>(lines.length);
	const bodyTags: string[] = [];
	let mentionsCardTag = false;
	for (let i = 0; i < lines.length; i++) {
		const text = lines[i] ?? "";
		if (i < bodyStart) {
			infos[i] = plain("frontmatter", text, "");
			continue;
		}
		const { masked, code } = regions.scan(text);
		if (code) {
			infos[i] = plain("code", text, "");
			continue;
		}
		const info = classify(text, masked, cardTag);
		infos[i] = info;
		if (masked.indexOf("#") === -1) continue;
		if (info.marker !== null) mentionsCardTag = true;
		for (const tag of tagsIn(masked, info.marker === null ? masked.length : info.marker.start)) {
			if (isCardTagVariant(tag.name, cardTag)) mentionsCardTag = true;
			if (markerKind(tag.name, cardTag) === null) bodyTags.push(tag.name);
		}
	}
	return { lines: infos, bodyTags, mentionsCardTag };
}

function plain(kind: LineKind, text: string, masked: string): LineInfo {
	return { kind, text, masked, level: 0, contentStart: 0, indent: 0, listItem: false, marker: null };
}

function classify(text: string, masked: string, cardTag: string): LineInfo {
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
	info.marker = findMarker(masked, cardTag);
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
