import type { ParsedCard, ParsedNote, ParseWarning } from "../../types";
import { mintId, naturalId, reviewableIds, type MintKey } from "./card-identity";
import { exactKeys, matchCards, sameCardElsewhere, type MatchableCard } from "./card-matching";
import type { LiveView } from "./live-view";
import { orphanNoteCards, type IndexingScope } from "./note-orphans";
import { buryOrphanRecord, lostCard, type NoteRecord, type StoredCard } from "../store-model";

/** What indexing one note changed, in reviewable card ids. */
export interface IndexChanges {
	/** Cards seen for the first time. */
	added: string[];
	/** Cards that were in the note before and still are (possibly edited or moved). */
	kept: string[];
	/** Cards that came back from the orphans, with their history. */
	reattached: string[];
	/** Cards that left the note with history: now orphans (see `orphans()`). */
	orphaned: string[];
	/** Cards that left the note without any history: forgotten. */
	removed: string[];
	/** The parser's problems with the note. */
	warnings: ParseWarning[];
}

/** File facts the shell passes so that unchanged notes can be skipped at start-up. */
export interface NoteStat {
	/** Modification time, epoch ms. */
	mtime: number;
	/** Size in bytes. */
	size: number;
}

interface Candidate {
	card: StoredCard;
	/** Orphan record id when the candidate is an orphan last seen in this note. */
	orphanId?: string;
}

function sidesOf(view: LiveView, cards: readonly StoredCard[]): string[] {
	return cards.flatMap((card) => reviewableIds(view.resolver.canonical(card.id), card.kind, card.clozes));
}

function storedCard(parsed: ParsedCard, id: string, added: number): StoredCard {
	const card: StoredCard = {
		id,
		kind: parsed.kind,
		front: parsed.front,
		back: parsed.back,
		line: parsed.line,
		endLine: parsed.endLine,
		tags: [...parsed.tags],
		context: [...parsed.context],
		added,
	};
	if (parsed.anchor !== undefined) card.anchor = parsed.anchor;
	// A cloze number past exact integers ({{c99999999999999999999::…}}, a typo) cannot name a card.
	if (parsed.clozes !== undefined) card.clozes = parsed.clozes.filter((n) => Number.isSafeInteger(n) && n >= 1);
	return card;
}

/** What each card of a note mints its id from: `occurrence` counts earlier cards with its kind and front. */
function mintKeys(path: string, cards: readonly ParsedCard[]): MintKey[] {
	const occurrences = new Map<string, number>();
	return cards.map((card) => {
		const occurrenceKey = `${card.kind}\u0000${card.front}`;
		const occurrence = occurrences.get(occurrenceKey) ?? 0;
		occurrences.set(occurrenceKey, occurrence + 1);
		return { path, kind: card.kind, front: card.front, occurrence };
	});
}

/** An orphan last seen elsewhere that this new card is, when one clearly is (strongest key first). */
function orphanFromElsewhere(scope: IndexingScope, card: MatchableCard, used: ReadonlySet<string>): string | undefined {
	const { data, view } = scope;
	if (!view.hasOrphans()) return undefined;
	for (const key of exactKeys(card)) {
		for (const id of view.orphansWithKeys([key])) {
			const record = lostCard(data, id);
			if (!record || used.has(id) || view.placeOf(view.resolver.canonical(id))) continue;
			if (sameCardElsewhere(record.card, card)) return id;
		}
	}
	return undefined;
}

/**
 * Whether `natural`, the id this card mints, already names this very card: it has history but lives
 * nowhere, and either its text is unknown here (it came from another device) or it is this card's.
 */
function isUnplacedHistory(scope: IndexingScope, natural: string, card: MatchableCard): boolean {
	const { data, view } = scope;
	const canonical = view.resolver.canonical(natural);
	if (view.placeOf(canonical) || !view.hasHistory(canonical)) return false;
	const record = lostCard(data, natural);
	return !record || sameCardElsewhere(record.card, card);
}

/**
 * Indexes one parsed note (docs/decisions/card-identity.md): matches its cards with the note's previous cards and the orphans
 * last seen in it, then re-attaches orphans from other notes, then mints ids for the rest. Cards that
 * left become orphans when they have history. Costs the note's cards, not the vault's.
 */
export function indexParsedNote(
	scope: IndexingScope,
	path: string,
	parsed: ParsedNote,
	now: number,
	stat?: NoteStat,
): IndexChanges {
	const { data, view } = scope;
	const previous = data.notes.get(path);
	const oldCards = previous && !previous.deleted ? previous.cards : [];
	const candidates: Candidate[] = oldCards.map((card) => ({ card }));
	for (const orphanId of view.orphansAt(path)) {
		const record = lostCard(data, orphanId);
		if (record && !view.placeOf(view.resolver.canonical(orphanId))) candidates.push({ card: record.card, orphanId });
	}
	const matches = matchCards(
		candidates.map((c) => c.card),
		parsed.cards,
	);

	const used = new Set<string>();
	const reattachedOrphans = new Set<string>();
	const cards: (StoredCard | undefined)[] = parsed.cards.map((card, i) => {
		const match = matches[i];
		const candidate = match === undefined ? undefined : candidates[match];
		if (!candidate) return undefined;
		const id = view.resolver.canonical(candidate.card.id);
		if (used.has(id)) return undefined;
		used.add(id);
		if (candidate.orphanId !== undefined) reattachedOrphans.add(candidate.orphanId);
		return storedCard(card, id, candidate.card.added);
	});
	const keys = mintKeys(path, parsed.cards);
	const naturals = keys.map(naturalId);
	parsed.cards.forEach((card, i) => {
		if (cards[i]) return;
		// The id this card mints already holds its history (indexed on another device, or before the
		// local cache was lost): that is this card, whatever orphan elsewhere has the same text.
		if (isUnplacedHistory(scope, naturals[i] as string, card)) return;
		const orphanId = orphanFromElsewhere(scope, card, used);
		if (orphanId === undefined) return;
		const id = view.resolver.canonical(orphanId);
		used.add(id);
		reattachedOrphans.add(orphanId);
		cards[i] = storedCard(card, id, lostCard(data, orphanId)?.card.added ?? now);
	});

	const finalCards = parsed.cards.map((card, i) => {
		const natural = naturals[i] as string;
		const kept = cards[i];
		if (kept) {
			if (natural !== kept.id && !used.has(natural) && !view.isKnown(natural) && view.hasHistory(kept.id)) {
				view.resolver.attach(data.aliases, natural, kept.id);
				used.add(natural);
			}
			return kept;
		}
		if (isUnplacedHistory(scope, natural, card) && !used.has(natural)) {
			const id = view.resolver.canonical(natural);
			used.add(id);
			reattachedOrphans.add(natural);
			return storedCard(card, id, lostCard(data, natural)?.card.added ?? now);
		}
		const id = mintId(keys[i] as MintKey, (candidate) => used.has(candidate) || view.isKnown(candidate), natural);
		used.add(id);
		return storedCard(card, id, now);
	});

	const record: NoteRecord = {
		path,
		indexedAt: now,
		deleted: false,
		deck: parsed.deck,
		tags: [...parsed.tags],
		parseHash: scope.parseHash,
		cards: finalCards,
	};
	if (stat) {
		record.mtime = stat.mtime;
		record.size = stat.size;
	}
	const before = new Set(sidesOf(view, oldCards));
	const keptBases = new Set(finalCards.map((card) => card.id));
	view.removeNote(previous);
	for (const orphanId of reattachedOrphans) {
		view.removeOrphan(orphanId);
		buryOrphanRecord(data, orphanId, now);
	}
	data.notes.set(path, record);
	view.addNote(record);
	const leaving = oldCards.filter((card) => !keptBases.has(view.resolver.canonical(card.id)));
	const adopted = orphanNoteCards(scope, leaving, path, previous?.deck ?? parsed.deck, now);

	const after = sidesOf(view, finalCards);
	const reattachedBases = new Set([...reattachedOrphans].map((id) => view.resolver.canonical(id)));
	const changes: IndexChanges = { added: [], kept: [], reattached: [...adopted], orphaned: [], removed: [], warnings: parsed.warnings };
	for (const id of after) {
		if (before.has(id)) changes.kept.push(id);
		else if (reattachedBases.has(id.split("-")[0] ?? id)) changes.reattached.push(id);
		else changes.added.push(id);
	}
	const afterSet = new Set(after);
	for (const id of before) {
		if (afterSet.has(id) || adopted.includes(id)) continue;
		if (view.sideHasHistory(id)) changes.orphaned.push(id);
		else changes.removed.push(id);
	}
	return changes;
}
