/**
 * Clozes (DESIGN §1 rule 9): `==highlight==` spans, numbered c1, c2, … in order of appearance, and
 * Anki-style `{{cN::text}}` or `{{cN::text::hint}}` spans, which keep their N. The same number hides its
 * spans together. Highlights inside an Anki cloze are formatting, not clozes of their own.
 */
import { maskText } from "./protected-regions";

/** One hidden span of a cloze text. */
export interface ClozeSpan {
	/** Offset of the span's first character (`=` or `{`) in the text. */
	start: number;
	/** Offset just past the span. */
	end: number;
	/** The cloze number (1-based) that hides this span. */
	number: number;
	/** The hidden text, as written. */
	answer: string;
	/** The hint of an Anki cloze (`{{c1::text::hint}}`), when given. */
	hint?: string;
}

/** The cloze spans of a text, in order; `masked` is the text with protected regions masked. */
export function findClozes(text: string, masked: string): ClozeSpan[] {
	const anki = ankiClozes(text, masked);
	let next = 1;
	const spans: ClozeSpan[] = [...anki];
	let a = 0;
	for (const [start, end] of highlights(masked)) {
		while (a < anki.length && (anki[a]?.end ?? 0) <= start) a++;
		const inside = anki[a];
		if (inside !== undefined && inside.start < end) continue;
		spans.push({ start, end, number: next++, answer: text.slice(start + 2, end - 2) });
	}
	return spans.sort((x, y) => x.start - y.start);
}

/** The cloze spans of a standalone Markdown text (a card's front), for showing or hiding them. */
export function clozeSpans(markdown: string): ClozeSpan[] {
	return findClozes(markdown, maskText(markdown));
}

/** The distinct cloze numbers of some spans, ascending. */
export function clozeNumbers(spans: readonly ClozeSpan[]): number[] {
	return [...new Set(spans.map((span) => span.number))].sort((x, y) => x - y);
}

/** [start, end) of each `==highlight==`: no space or `=` just inside the delimiters, not escaped. */
function highlights(masked: string): [number, number][] {
	const found: [number, number][] = [];
	let i = masked.indexOf("==");
	while (i !== -1) {
		const after = masked.charCodeAt(i + 2);
		const opens = masked[i - 1] !== "=" && masked[i - 1] !== "\\" && !isBlankOrEquals(after);
		if (!opens) {
			i = masked.indexOf("==", i + 1);
			continue;
		}
		const close = highlightClose(masked, i + 3);
		// Closers do not depend on the opener: when none is left, no later opener can close either.
		if (close === -1) break;
		found.push([i, close + 2]);
		i = masked.indexOf("==", close + 2);
	}
	return found;
}

function highlightClose(masked: string, from: number): number {
	let k = masked.indexOf("==", from);
	while (k !== -1) {
		const before = masked.charCodeAt(k - 1);
		if (!isBlankOrEquals(before) && masked[k + 2] !== "=" && masked[k - 1] !== "\\") return k;
		k = masked.indexOf("==", k + 1);
	}
	return -1;
}

function isBlankOrEquals(code: number): boolean {
	return Number.isNaN(code) || code === 32 || code === 9 || code === 10 || code === 61;
}

/** `{{cN::…}}` spans with N ≥ 1; braces inside the answer must balance. */
function ankiClozes(text: string, masked: string): ClozeSpan[] {
	const found: ClozeSpan[] = [];
	let i = masked.indexOf("{{c");
	while (i !== -1) {
		let j = i + 3;
		while (masked.charCodeAt(j) >= 48 && masked.charCodeAt(j) <= 57) j++;
		const number = Number(masked.slice(i + 3, j));
		if (j === i + 3 || number < 1 || !masked.startsWith("::", j)) {
			i = masked.indexOf("{{c", i + 1);
			continue;
		}
		const close = braceClose(masked, j + 2);
		// An unclosed cloze runs to the end; stopping keeps the search linear.
		if (close === -1) break;
		const inner = text.slice(j + 2, close);
		const hintAt = masked.slice(j + 2, close).indexOf("::");
		const span: ClozeSpan = { start: i, end: close + 2, number, answer: hintAt === -1 ? inner : inner.slice(0, hintAt) };
		if (hintAt !== -1) span.hint = inner.slice(hintAt + 2);
		found.push(span);
		i = masked.indexOf("{{c", close + 2);
	}
	return found;
}

function braceClose(masked: string, from: number): number {
	let depth = 0;
	for (let k = from; k < masked.length; k++) {
		const c = masked[k];
		if (c === "{") depth++;
		else if (c === "}") {
			if (depth > 0) depth--;
			else if (masked[k + 1] === "}") return k;
		}
	}
	return -1;
}
