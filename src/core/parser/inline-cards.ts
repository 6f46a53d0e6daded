/**
 * Inline cards (note format rule 8, docs/decisions/parser-rules.md): `Question::Answer` and `Question:::Answer` (reversed) on one line.
 * The separator must stand alone: `a::::b` is no card, and `a:::b` is reversed rather than `a` / `:b`.
 * The earliest separator wins, so `a::b::c` asks `a` and answers `b::c`. Tags at the end of the line
 * are the card's tags, and a block id at its end or alone on the next line is its anchor. A deck or tags
 * property left in the body (`cards-deck: A::B` under a broken frontmatter) is no card.
 */
import type { ParsedCard } from "../types";
import { standaloneAnchor, trailingAnchor } from "./anchors";
import { dedent } from "./card-heads";
import type { LineInfo } from "./line-info";
import { trailingTags } from "./markers";

/** How inline cards are written in this vault. */
export interface InlineSyntax {
	normal: string;
	reversed: string;
	/** Lower-case property names (deck key, tags) that never start a question. */
	propertyKeys: readonly string[];
}

interface Separator {
	at: number;
	length: number;
	reversed: boolean;
}

/** The first occurrence of `separator` at or after `from` that is not part of a longer run of its chars. */
function findSeparator(masked: string, separator: string, from: number): number {
	const first = separator[0];
	const last = separator[separator.length - 1];
	let at = masked.indexOf(separator, from);
	while (at !== -1) {
		if (masked[at - 1] !== first && masked[at + separator.length] !== last) return at;
		at = masked.indexOf(separator, at + 1);
	}
	return -1;
}

function chooseSeparator(masked: string, from: number, normal: string, reversed: string): Separator | null {
	const n = findSeparator(masked, normal, from);
	const r = findSeparator(masked, reversed, from);
	if (n === -1 && r === -1) return null;
	const useReversed = n === -1 || (r !== -1 && (r < n || (r === n && reversed.length > normal.length)));
	return useReversed
		? { at: r, length: reversed.length, reversed: true }
		: { at: n, length: normal.length, reversed: false };
}

/** The inline card on line `index`, or null; `context` is the heading path above it. */
export function parseInlineCard(
	lines: readonly LineInfo[],
	index: number,
	context: readonly string[],
	syntax: InlineSyntax,
): ParsedCard | null {
	const info = lines[index];
	if (info === undefined) return null;
	const separator = chooseSeparator(info.masked, info.contentStart, syntax.normal, syntax.reversed);
	if (separator === null) return null;
	const front = info.text.slice(info.contentStart, separator.at).trim();
	if (front.indexOf(":") !== -1) {
		const question = front.toLowerCase();
		if (syntax.propertyKeys.some((key) => question.startsWith(`${key}:`))) return null;
	}
	const answerFrom = separator.at + separator.length;
	let answerEnd = info.text.length;
	let anchor: string | undefined;
	let endLine = index + 1;
	const maskedAnswer = info.masked.slice(answerFrom);
	const trailing = trailingAnchor(maskedAnswer);
	if (trailing !== null && maskedAnswer.slice(0, trailing.start).trim() !== "") {
		anchor = trailing.id;
		answerEnd = answerFrom + trailing.start;
	} else {
		const next = lines[index + 1];
		const own = next?.kind === "text" ? standaloneAnchor(next.masked) : null;
		if (own !== null) {
			anchor = own;
			endLine = index + 2;
		}
	}
	let back = info.text.slice(answerFrom, answerEnd).trim();
	let tags: string[] = [];
	const hasTag = info.masked.indexOf("#", answerFrom) !== -1;
	const run = hasTag ? trailingTags(info.masked.slice(answerFrom, answerEnd)) : [];
	const firstTag = run[0];
	if (firstTag !== undefined) {
		const rest = info.text.slice(answerFrom, answerFrom + firstTag.start).trim();
		// A tag that is the whole answer is the answer.
		if (rest !== "") {
			back = rest;
			tags = run.map((token) => token.name);
		}
	}
	if (front === "" || back === "") return null;
	const card: ParsedCard = {
		kind: separator.reversed ? "reversed" : "basic",
		front,
		back,
		line: index,
		endLine,
		tags,
		context: context.slice(),
	};
	if (anchor !== undefined) card.anchor = anchor;
	return card;
}

/**
 * An inline card on a list item owns the item's indented paragraphs and nested list, as in Flashcards
 * 2.x: they continue its answer. `limit` is the next card's first line.
 */
export function withListChildren(card: ParsedCard, lines: readonly LineInfo[], limit: number): void {
	const item = lines[card.line];
	if (item?.listItem !== true || card.endLine !== card.line + 1) return;
	const end = childrenEnd(lines, card.endLine, limit, item.contentStart);
	if (end <= card.endLine) return;
	const texts: string[] = [];
	for (let j = card.endLine; j < end; j++) texts.push(lines[j]?.text ?? "");
	let last = texts.length;
	const own = standaloneAnchor(lines[end - 1]?.masked ?? "");
	if (own !== null && card.anchor === undefined) {
		card.anchor = own;
		last--;
	}
	const children = dedent(texts.slice(0, last)).trim();
	if (children !== "") card.back = `${card.back}\n${texts[0]?.trim() === "" ? "\n" : ""}${children}`;
	card.endLine = end;
}

/**
 * Where a list item's children end: lines indented at least to the item's text (a tab reaching it),
 * blank lines between them included. An unindented line right under the item (a lazy continuation) is
 * not taken: it reads as the note's own text.
 */
function childrenEnd(lines: readonly LineInfo[], from: number, limit: number, column: number): number {
	let end = from;
	for (let j = from; j < limit; j++) {
		const info = lines[j];
		if (info === undefined || info.kind === "heading" || info.kind === "break") break;
		if (info.kind === "blank") continue;
		if (indentWidth(info.text) < column) break;
		end = j + 1;
	}
	return end;
}

function indentWidth(text: string): number {
	let width = 0;
	for (let i = 0; i < text.length; i++) {
		if (text[i] === " ") width++;
		else if (text[i] === "\t") width += 4 - (width % 4);
		else break;
	}
	return width;
}
