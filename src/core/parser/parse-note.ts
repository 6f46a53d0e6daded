/**
 * `parseNote`: reads one note's cards, deck, tags and problems. Linear in the note's size:
 * one pass over the lines classifies them and finds where cards start, then each back is cut between
 * its card's start and the next one, and inline cards are read on the lines no tagged card owns.
 */
import type { ParsedCard, ParsedNote, ParseOptions, ParseWarning } from "../types";
import { atomicCards } from "./atomic-notes";
import type { InlineCandidate } from "./card-heads";
import { unmarkedClozes } from "./cloze-paragraphs";
import { frontmatterTags, property, resolveDeck, uniqueTags } from "./deck-and-tags";
import { calloutCard, fencedCard } from "./explicit-cards";
import { readFrontmatter } from "./frontmatter";
import { parseInlineCard, withListChildren, type InlineSyntax } from "./inline-cards";
import type { LineInfo } from "./line-info";
import { scanLines, type ScannedNote } from "./line-scan";
import { isCardTagVariant, markerKind } from "./markers";
import { resolveParseOptions } from "./parse-options";
import { buildTaggedCard } from "./tagged-cards";

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
	const warnings: ParseWarning[] = [...frontmatter.warnings, ...scanned.warnings];

	const ownTags = frontmatterTags(frontmatter.data);
	const noteTags = uniqueTags(
		[...ownTags, ...scanned.bodyTags].filter((tag) => markerKind(tag, opts.cardTag) === null),
	);
	const takesPart =
		property(frontmatter.data, opts.deckKey) !== undefined ||
		scanned.mentionsCardTag ||
		ownTags.some((tag) => isCardTagVariant(tag, opts.cardTag));
	warnings.push(...scanned.found.warnings);
	const explicit = explicitCards(scanned, opts, warnings);
	const tagged = mergeByLine(taggedCards(scanned, explicit, opts, warnings), explicit);
	const atomic = atomicCards(frontmatter.data, scanned, frontmatter.bodyStart, path, warnings);
	// Inline cards and unmarked clozes are implicit: only in a note that takes part, never in an atomic one.
	const implicit = takesPart && atomic === null;
	const clozes =
		implicit && opts.clozeCards
			? unmarkedClozes(scanned, scanned.clozeLines, tagged, opts.highlightClozes, warnings)
			: [];
	const owned = clozes.length === 0 ? tagged : mergeByLine(tagged, clozes);
	const inline = implicit ? readInlineCards(scanned.lines, scanned.found.inline, owned, opts) : [];
	const cards = mergeByLine(mergeByLine(owned, inline), atomic ?? []);
	for (const card of cards) {
		card.tags = card.tags.length === 0 ? noteTags.slice() : uniqueTags([...noteTags, ...card.tags]);
	}
	warnings.sort((a, b) => a.line - b.line);
	return { deck: resolveDeck(frontmatter.data, path, opts), tags: noteTags, cards, warnings };
}

/** Fenced and callout cards, in line order. */
function explicitCards(scanned: ScannedNote, opts: ParseOptions, warnings: ParseWarning[]): ParsedCard[] {
	if (scanned.fences.length === 0 && scanned.callouts.length === 0) return [];
	const fenced: ParsedCard[] = [];
	for (const fence of scanned.fences) {
		if (fence.info.toLowerCase() !== opts.fenceLabel) continue;
		const card = fencedCard(scanned, fence, warnings);
		if (card !== null) fenced.push(card);
	}
	const callouts: ParsedCard[] = [];
	for (const start of scanned.callouts) {
		const card = calloutCard(scanned, start, warnings);
		if (card !== null) callouts.push(card);
	}
	return callouts.length === 0 ? fenced : mergeByLine(fenced, callouts);
}

/** Tagged cards; each one's back stops at the next card head or explicit card. */
function taggedCards(
	scanned: ScannedNote,
	explicit: readonly ParsedCard[],
	opts: ParseOptions,
	warnings: ParseWarning[],
): ParsedCard[] {
	const heads = scanned.found.heads;
	const tagged: ParsedCard[] = [];
	let e = 0;
	heads.forEach((head, k) => {
		while (e < explicit.length && (explicit[e]?.line ?? 0) <= head.line) e++;
		const limit = Math.min(heads[k + 1]?.line ?? scanned.lines.length, explicit[e]?.line ?? scanned.lines.length);
		const card = buildTaggedCard(scanned, head, limit, opts, warnings);
		if (card !== null) tagged.push(card);
	});
	return tagged;
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
	let covered = 0;
	for (const candidate of candidates) {
		if (candidate.line < covered) continue;
		while (owner < tagged.length && (tagged[owner]?.endLine ?? 0) <= candidate.line) owner++;
		const card = tagged[owner];
		if (card !== undefined && card.line <= candidate.line) continue;
		const parsed = parseInlineCard(lines, candidate.line, candidate.context, syntax);
		if (parsed === null) continue;
		withListChildren(parsed, lines, card?.line ?? lines.length);
		covered = parsed.endLine;
		cards.push(parsed);
	}
	return cards;
}

/** Two lists of cards in line order, merged (one of them as it is when the other is empty). */
function mergeByLine(a: ParsedCard[], b: ParsedCard[]): ParsedCard[] {
	if (b.length === 0) return a;
	if (a.length === 0) return b;
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
