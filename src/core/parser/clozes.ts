/**
 * Clozes (note format rule 9, docs/decisions/parser-rules.md): `==highlight==` spans, numbered c1, c2, … in order of appearance, and
 * Anki-style `{{cN::text}}` or `{{cN::text::hint}}` and Flashcards-style `{N:text}` spans, which keep
 * their N. The same number hides its spans together. Highlights inside another cloze are formatting, not
 * clozes of their own; highlights are numbered on their own count, as the Flashcards plugin numbers them
 * (`==a== {1:b}` hides both on one card).
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

/** The clozes of a text, and the openers that are never closed. */
export interface ClozeReading {
	spans: ClozeSpan[];
	/** Offsets of `{N:` and `{{cN::` openers without their closing braces: a warning, not a cloze. */
	unclosed: number[];
}

/**
 * The clozes of a text, in order; `masked` is the text with protected regions masked. `withHighlights`
 * false reads only the numbered forms (highlights are then formatting).
 */
export function readClozes(text: string, masked: string, withHighlights = true): ClozeReading {
	const unclosed: number[] = [];
	const anki = ankiClozes(text, masked, unclosed);
	const numbered = numberedClozes(text, masked, anki, unclosed);
	const explicit = numbered.length === 0 ? anki : outermost([...anki, ...numbered]);
	const spans: ClozeSpan[] = [...explicit];
	if (withHighlights) {
		let next = 1;
		let a = 0;
		for (const [start, end] of highlights(masked)) {
			while (a < explicit.length && (explicit[a]?.end ?? 0) <= start) a++;
			const inside = explicit[a];
			if (inside !== undefined && inside.start < end) continue;
			spans.push({ start, end, number: next++, answer: text.slice(start + 2, end - 2) });
		}
	}
	return { spans: spans.sort((x, y) => x.start - y.start), unclosed: unclosed.sort((x, y) => x - y) };
}

/** Spans in order, each one inside an earlier span dropped (its text is that span's answer). */
function outermost(spans: ClozeSpan[]): ClozeSpan[] {
	spans.sort((x, y) => x.start - y.start);
	const kept: ClozeSpan[] = [];
	for (const span of spans) {
		const last = kept[kept.length - 1];
		if (last === undefined || span.start >= last.end) kept.push(span);
	}
	return kept;
}

/** The cloze spans of a text, in order; `masked` is the text with protected regions masked. */
export function findClozes(text: string, masked: string): ClozeSpan[] {
	return readClozes(text, masked).spans;
}

/** A cloze front as plain text: every cloze replaced by its answer, highlights unmarked. */
export function clozeFreeText(markdown: string): string {
	let out = "";
	let at = 0;
	for (const span of clozeSpans(markdown)) {
		out += markdown.slice(at, span.start) + span.answer;
		at = span.end;
	}
	return out + markdown.slice(at);
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
function ankiClozes(text: string, masked: string, unclosed: number[]): ClozeSpan[] {
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
		if (close === -1) {
			unclosed.push(i);
			break;
		}
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

/** `{N:…}` spans with N ≥ 1 outside Anki clozes, closed by the `}` that balances their `{`. */
function numberedClozes(text: string, masked: string, anki: readonly ClozeSpan[], unclosed: number[]): ClozeSpan[] {
	let i = numberedOpener(masked, 0);
	if (i === -1) return [];
	const closers = braceClosers(masked, i);
	const found: ClozeSpan[] = [];
	let a = 0;
	while (i !== -1) {
		while (a < anki.length && (anki[a]?.end ?? 0) <= i) a++;
		const inside = anki[a];
		let colon = i + 1;
		while (masked.charCodeAt(colon) >= 48 && masked.charCodeAt(colon) <= 57) colon++;
		if (inside !== undefined && inside.start <= i) {
			i = numberedOpener(masked, inside.end);
			continue;
		}
		const close = closers.get(i);
		if (close === undefined) {
			unclosed.push(i);
			i = numberedOpener(masked, colon + 1);
			continue;
		}
		const number = Number(masked.slice(i + 1, colon));
		found.push({ start: i, end: close + 1, number, answer: text.slice(colon + 1, close) });
		i = numberedOpener(masked, close + 1);
	}
	return found;
}

/** Offset of the next `{N:` (N ≥ 1, the brace not escaped and not part of `{{`), or -1. */
function numberedOpener(masked: string, from: number): number {
	let i = masked.indexOf("{", from);
	while (i !== -1) {
		let j = i + 1;
		while (masked.charCodeAt(j) >= 48 && masked.charCodeAt(j) <= 57) j++;
		const escaped = masked[i - 1] === "\\";
		if (j > i + 1 && masked[j] === ":" && !escaped && Number(masked.slice(i + 1, j)) >= 1) return i;
		i = masked.indexOf("{", i + 1);
	}
	return -1;
}

/** For every unescaped `{` from `from`, the offset of the `}` that balances it (one pass, a stack). */
function braceClosers(masked: string, from: number): Map<number, number> {
	const closers = new Map<number, number>();
	const open: number[] = [];
	for (let k = from; k < masked.length; k++) {
		const c = masked.charCodeAt(k);
		if (c === 92 /* \ */) k++;
		else if (c === 123 /* { */) open.push(k);
		else if (c === 125 /* } */ && open.length > 0) closers.set(open.pop() ?? 0, k);
	}
	return closers;
}
