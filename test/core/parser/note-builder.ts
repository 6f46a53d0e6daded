import { parseNote, type ParsedCard, type ParsedNote, type ParseOptions } from "../../../src/core";

/** A note from its lines (LF line endings). */
export function note(...lines: string[]): string {
	return lines.join("\n");
}

/** Frontmatter lines wrapped in `---`, then the body lines. */
export function withFrontmatter(yaml: string[], ...body: string[]): string {
	return note("---", ...yaml, "---", ...body);
}

/** A note that takes part in inline cards (tagged with the card tag in its frontmatter). */
export function inlineNote(...body: string[]): string {
	return withFrontmatter(["tags: card"], ...body);
}

/** Parses a note kept at a fixed path. */
export function parse(markdown: string, options?: Partial<ParseOptions>, path = "Notes/Note.md"): ParsedNote {
	return parseNote(markdown, path, options);
}

/** What a reader checks first: kind, front and back of each card. */
export type CardSummary = Pick<ParsedCard, "kind" | "front" | "back">;

/** The kind, front and back of every card of a note. */
export function cards(markdown: string, options?: Partial<ParseOptions>): CardSummary[] {
	return parse(markdown, options).cards.map(({ kind, front, back }) => ({ kind, front, back }));
}

/** A basic card summary. */
export function basic(front: string, back: string): CardSummary {
	return { kind: "basic", front, back };
}

/** A reversed card summary. */
export function reversed(front: string, back: string): CardSummary {
	return { kind: "reversed", front, back };
}
