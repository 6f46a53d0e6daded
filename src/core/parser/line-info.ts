/** What the line scanner learns about each line, and what every later step reads. */
import type { Marker } from "./markers";

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
	/** The line is part of a blockquote or callout (starts with `>`): it never holds a card of its own. */
	quote: boolean;
	/** The card marker that ends the line, if any (text and heading lines only). */
	marker: Marker | null;
	/** Offset where the run of `#tags` ending the line starts; the line's length when there is none. */
	tagsStart: number;
}
