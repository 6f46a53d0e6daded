/**
 * Anchors (note format rule 15, docs/decisions/parser-rules.md): an Obsidian block id (`^id`) right after a card's back, on its own line or
 * ending the back's last line. Flashcards v1 wrote 13-digit ids (`^1666123456789`), v2 writes `^q-ab2c`;
 * any other block id counts too. The parser only reads anchors; it never writes or rewrites them.
 */

/** An anchor ending a line. */
export interface TrailingAnchor {
	/** The block id without `^`. */
	id: string;
	/** Offset of the `^` (the line's text ends before it). */
	start: number;
}

function isIdChar(code: number): boolean {
	return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 45;
}

/** The block id that ends a masked line (after whitespace, or alone on it), if any. */
export function trailingAnchor(masked: string): TrailingAnchor | null {
	if (masked.indexOf("^") === -1) return null;
	const end = masked.trimEnd().length;
	const caret = masked.lastIndexOf("^", end - 1);
	if (caret === -1 || caret + 1 >= end) return null;
	for (let i = caret + 1; i < end; i++) if (!isIdChar(masked.charCodeAt(i))) return null;
	const before = masked.charCodeAt(caret - 1);
	if (caret > 0 && before !== 32 && before !== 9) return null;
	return { id: masked.slice(caret + 1, end), start: caret };
}

/** The block id of a line that holds nothing else, if any. */
export function standaloneAnchor(masked: string): string | null {
	const anchor = trailingAnchor(masked);
	return anchor !== null && masked.slice(0, anchor.start).trim() === "" ? anchor.id : null;
}

/**
 * Whether an id is one the Flashcards plugin wrote after a card's first block (v1: 13 digits, v2:
 * `q-` plus 4 characters). Such a line ends a heading card's back, as it did in those vaults.
 */
export function isFlashcardsId(id: string): boolean {
	return /^(?:\d{13}|q-[a-z2-9]{4})$/.test(id);
}
