/**
 * Atomic notes, as the Flashcards plugin 2.x reads them: a note whose frontmatter has `test:` is one
 * card or a few about the note itself. `title` asks the note's title (its file name) and answers with
 * the note's first paragraph; `reversed` does the same both ways; `cloze` hides the clozes of that
 * paragraph (the title is its extra); any other text is a question of its own, answered with the title
 * and the paragraph.
 */
import type { ParsedCard, ParseWarning } from "../types";
import { standaloneAnchor, trailingAnchor } from "./anchors";
import { clozeNumbers, readClozes } from "./clozes";
import type { LineInfo } from "./line-info";
import type { ScannedNote } from "./line-scan";
import { maskText } from "./protected-regions";

/** The frontmatter key that makes a note atomic. */
export const ATOMIC_KEY = "test";

/** The items of `test:`, or null (with a warning) when it is not a text or a list of texts. */
function testItems(value: unknown, warnings: ParseWarning[]): string[] | null {
	const items = typeof value === "string" ? [value] : value;
	if (!Array.isArray(items) || items.length === 0 || !items.every((item) => typeof item === "string")) {
		warnings.push({
			line: 0,
			message: 'The frontmatter "test:" must be a list of title, reversed, cloze or questions, so it gives no card.',
		});
		return null;
	}
	const unique: string[] = [];
	for (const item of items) {
		const trimmed = item.trim();
		if (trimmed === "") continue;
		if (unique.includes(trimmed)) {
			warnings.push({ line: 0, message: `The frontmatter "test:" lists "${trimmed}" twice; it gives one card.` });
		} else unique.push(trimmed);
	}
	return unique;
}

/** Whether a line starts the note's first paragraph (not a heading, list, quote, table or code). */
function opensParagraph(info: LineInfo, previous: LineInfo | undefined, inList: boolean): boolean {
	if (info.kind !== "text" || info.quote || info.listItem) return false;
	if (info.masked.trimStart().startsWith("|")) return false;
	// An indented line or a lazy line right under a list item still belongs to the list.
	return !inList || (previous?.kind === "blank" && info.indent === 0);
}

/** The note's atomic cards, or null when its frontmatter has no `test:`. */
export function atomicCards(
	data: Record<string, unknown>,
	note: ScannedNote,
	bodyStart: number,
	path: string,
	warnings: ParseWarning[],
): ParsedCard[] | null {
	// Flashcards 2.x reads the key as written (and every note pays for a case-insensitive look-up).
	const value = Object.prototype.hasOwnProperty.call(data, ATOMIC_KEY) ? data[ATOMIC_KEY] : undefined;
	if (value === undefined || value === null) return null;
	const items = testItems(value, warnings);
	if (items === null) return [];
	const lines = note.lines;
	let start = bodyStart;
	let inList = false;
	for (; start < lines.length; start++) {
		const info = lines[start];
		if (info === undefined) break;
		if (opensParagraph(info, lines[start - 1], inList)) break;
		if (info.listItem) inList = true;
		else if (info.kind !== "text" && info.kind !== "blank") inList = false;
	}
	let end = start;
	while (lines[end]?.kind === "text" && lines[end]?.quote === false && lines[end]?.listItem === false) end++;
	if (start >= lines.length) {
		warnings.push({ line: 0, message: 'The frontmatter "test:" asks for cards, but the note has no paragraph to answer with.' });
		return [];
	}
	const { text: paragraph, anchor } = paragraphText(lines, start, end);
	const title = noteTitle(path);
	const cards: ParsedCard[] = [];
	for (const item of items) {
		const card = atomicCard(item, title, paragraph, start, end, warnings);
		if (card === null) continue;
		if (anchor !== undefined) card.anchor = anchor;
		cards.push(card);
	}
	return cards;
}

function atomicCard(
	item: string,
	title: string,
	paragraph: string,
	line: number,
	endLine: number,
	warnings: ParseWarning[],
): ParsedCard | null {
	const card: ParsedCard = { kind: "basic", front: title, back: paragraph, line, endLine, tags: [], context: [] };
	if (item === "reversed") card.kind = "reversed";
	else if (item === "cloze") {
		const clozes = clozeNumbers(readClozes(paragraph, maskText(paragraph)).spans);
		if (clozes.length === 0) {
			warnings.push({ line, message: `The frontmatter "test:" asks for a cloze, but the paragraph on line ${line + 1} has none.` });
			return null;
		}
		return { kind: "cloze", front: paragraph, back: title, line, endLine, tags: [], context: [], clozes };
	} else if (item !== "title") {
		card.front = item;
		card.back = `${title}\n\n${paragraph}`;
	}
	return card;
}

function paragraphText(lines: readonly LineInfo[], start: number, end: number): { text: string; anchor?: string } {
	const texts = [];
	for (let j = start; j < end; j++) texts.push(lines[j]?.text ?? "");
	const last = texts[texts.length - 1] ?? "";
	const own = texts.length > 1 ? standaloneAnchor(lines[end - 1]?.masked ?? "") : null;
	if (own !== null) return { text: texts.slice(0, -1).join("\n").trim(), anchor: own };
	const trailing = trailingAnchor(lines[end - 1]?.masked ?? "");
	if (trailing !== null && last.slice(0, trailing.start).trim() !== "") {
		texts[texts.length - 1] = last.slice(0, trailing.start);
		return { text: texts.join("\n").trim(), anchor: trailing.id };
	}
	return { text: texts.join("\n").trim() };
}

/** A note's title: its file name without the folder and the `.md` extension. */
export function noteTitle(path: string): string {
	const name = path.slice(path.lastIndexOf("/") + 1);
	return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
}
