/**
 * `parseNote` (DESIGN §3): reads one note's cards, deck, tags and problems. Linear in the note's size:
 * one pass over the lines classifies them and finds where cards start, then each back is cut between
 * its card's start and the next one, and inline cards are read on the lines no tagged card owns.
 */
import type { ParsedCard, ParsedNote, ParseOptions, ParseWarning } from "../types";
import { cutBack } from "./card-backs";
import type { CardHead, InlineCandidate } from "./card-heads";
import { clozeNumbers, findClozes } from "./clozes";
import { frontmatterTags, property, resolveDeck, uniqueTags } from "./deck-and-tags";
import { readFrontmatter } from "./frontmatter";
import { parseInlineCard, type InlineSyntax } from "./inline-cards";
import type { LineInfo } from "./line-info";
import { scanLines, type ScannedNote } from "./line-scan";
import { isCardTagVariant, markerKind } from "./markers";
import { resolveParseOptions } from "./parse-options";

/** Reads a note (any line endings); line numbers in the result are 0-based lines of `markdown`. */
export function parseNote(markdown: string, path: string, options?: Partial<ParseOptions>): ParsedNote {
	const opts = resolveParseOptions(options);
	// CRLF and CR become LF one for one, so line numbers still match the original file.
	let text = markdown.indexOf("\r") === -1 ? markdown : markdown.replace(/\r\n?/g, "\n");
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	const lines = text.split("\n");
	const frontmatter = readFrontmatter(lines);
	const separators = opts.inlineCards ? [opts.inlineSeparator, opts.inlineReversedSeparator] : [];
	const scanned = scanLines(text, lines, frontmatter.bodyStart, opts.cardTag, separators);
	const warnings: ParseWarning[] = frontmatter.warning === undefined ? [] : [frontmatter.warning];

	const ownTags = frontmatterTags(frontmatter.data);
	const noteTags = uniqueTags(
		[...ownTags, ...scanned.bodyTags].filter((tag) => markerKind(tag, opts.cardTag) === null),
	);
	const takesPart =
		property(frontmatter.data, opts.deckKey) !== undefined ||
		scanned.mentionsCardTag ||
		ownTags.some((tag) => isCardTagVariant(tag, opts.cardTag));
	const found = scanned.found;
	warnings.push(...found.warnings);
	const tagged: ParsedCard[] = [];
	found.heads.forEach((head, k) => {
		const limit = found.heads[k + 1]?.line ?? lines.length;
		const card = buildTaggedCard(scanned, head, limit, opts, warnings);
		if (card !== null) tagged.push(card);
	});
	const inline = takesPart ? readInlineCards(scanned.lines, found.inline, tagged, opts) : [];
	const cards = mergeByLine(tagged, inline);
	for (const card of cards) {
		card.tags = card.tags.length === 0 ? noteTags.slice() : uniqueTags([...noteTags, ...card.tags]);
	}
	warnings.sort((a, b) => a.line - b.line);
	return { deck: resolveDeck(frontmatter.data, path, opts), tags: noteTags, cards, warnings };
}

function buildTaggedCard(
	note: ScannedNote,
	head: CardHead,
	limit: number,
	opts: ParseOptions,
	warnings: ParseWarning[],
): ParsedCard | null {
	if (head.front === "") {
		warnings.push({ line: head.line, message: `The card on line ${head.line + 1} has no question.` });
		return null;
	}
	const mayBeCloze = opts.clozeCards && head.kind === "paragraph" && !head.reversed;
	const clozes = mayBeCloze ? clozeNumbers(findClozes(head.front, head.frontMasked)) : [];
	const cloze = clozes.length > 0;
	const back = cutBack(note, head, limit, cloze);
	if (back.text === "" && !cloze) {
		warnings.push({
			line: head.line,
			message: `The card "${head.front}" on line ${head.line + 1} has no answer, so it is not reviewed.`,
		});
		return null;
	}
	const card: ParsedCard = {
		kind: cloze ? "cloze" : head.reversed ? "reversed" : "basic",
		front: head.front,
		back: back.text,
		line: head.line,
		endLine: back.endLine,
		tags: head.tags,
		context: head.context,
	};
	if (back.anchor !== undefined) card.anchor = back.anchor;
	if (cloze) card.clozes = clozes;
	return card;
}

function readInlineCards(
	lines: readonly LineInfo[],
	candidates: readonly InlineCandidate[],
	tagged: readonly ParsedCard[],
	opts: ParseOptions,
): ParsedCard[] {
	const cards: ParsedCard[] = [];
	const syntax: InlineSyntax = {
		normal: opts.inlineSeparator,
		reversed: opts.inlineReversedSeparator,
		propertyKeys: [opts.deckKey.toLowerCase(), "tags", "cards-tags"],
	};
	let owner = 0;
	for (const candidate of candidates) {
		while (owner < tagged.length && (tagged[owner]?.endLine ?? 0) <= candidate.line) owner++;
		const card = tagged[owner];
		if (card !== undefined && card.line <= candidate.line) continue;
		const parsed = parseInlineCard(lines, candidate.line, candidate.context, syntax);
		if (parsed !== null) cards.push(parsed);
	}
	return cards;
}

function mergeByLine(a: readonly ParsedCard[], b: readonly ParsedCard[]): ParsedCard[] {
	const out: ParsedCard[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		const x = a[i];
		const y = b[j];
		if (y === undefined || (x !== undefined && x.line <= y.line)) {
			if (x !== undefined) out.push(x);
			i++;
		} else {
			out.push(y);
			j++;
		}
	}
	return out;
}
