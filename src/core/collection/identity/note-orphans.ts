import { reviewableIds } from "./card-identity";
import { refreshCard } from "../log/review-actions";
import { exactKeys, sameCardElsewhere } from "./card-matching";
import type { LiveView } from "./live-view";
import type { StoredCard, StoreData } from "../store-model";

/** What indexing needs from the collection. */
export interface IndexingScope {
	data: StoreData;
	view: LiveView;
	/** Hash of the parse options notes are read with. */
	parseHash: string;
}

/**
 * A fresh card elsewhere (no history, no alias) that is the orphan-to-be: the card was pasted into
 * another note that was indexed first. Returns its canonical id.
 */
function freshTwin(scope: IndexingScope, card: StoredCard, id: string, path: string): string | undefined {
	const { view } = scope;
	for (const key of exactKeys(card)) {
		for (const other of view.liveWithKeys([key])) {
			const place = view.placeOf(other);
			if (!place || other === id || place.path === path) continue;
			if (view.hasHistory(other) || view.resolver.isAliased(other)) continue;
			if (sameCardElsewhere(card, place.card)) return other;
		}
	}
	return undefined;
}

/**
 * Gives a live fresh card the orphan's id: it is the same card, seen in its new note first. The card's
 * state is replayed from both ids' logs: the copy may hold a reset, which now cuts the orphan's answers
 * (as a replay on any other device does).
 */
function adopt(scope: IndexingScope, twin: string, id: string): void {
	const { data, view } = scope;
	const place = view.placeOf(twin);
	const record = place && data.notes.get(place.path);
	if (!record) return;
	view.removeNote(record);
	// A new record, never a change in place: the saved form of a record is kept while it lives.
	const updated = { ...record, cards: record.cards.map((card) => (view.resolver.canonical(card.id) === twin ? { ...card, id } : card)) };
	data.notes.set(updated.path, updated);
	view.resolver.attach(data.aliases, twin, id);
	view.addNote(updated);
	const base = view.resolver.canonical(id);
	const card = view.placeOf(base)?.card;
	if (card) for (const reviewable of reviewableIds(base, card.kind, card.clozes)) refreshCard(scope, reviewable);
}

/**
 * Note cards that left note `path`: those with history become orphans (their text kept so they can be
 * re-attached), unless a fresh copy already lives in another note, which then takes their id. Cards
 * without history are forgotten. Returns the reviewable ids re-attached that way.
 */
export function orphanNoteCards(
	scope: IndexingScope,
	leaving: readonly StoredCard[],
	path: string,
	deck: string,
	now: number,
): string[] {
	const { data, view } = scope;
	const adopted: string[] = [];
	for (const card of leaving) {
		const id = view.resolver.canonical(card.id);
		if (view.placeOf(id) || !view.hasHistory(id)) continue;
		const twin = freshTwin(scope, card, id, path);
		if (twin !== undefined) {
			adopt(scope, twin, id);
			const place = view.placeOf(id);
			if (place) adopted.push(...reviewableIds(id, place.card.kind, place.card.clozes));
			continue;
		}
		view.removeOrphan(id);
		// Later than any tombstone of an earlier re-attachment, so this loss wins merges against it.
		const since = Math.max(now, (data.orphans.get(id)?.since ?? -1) + 1);
		data.orphans.set(id, { card: { ...card, id }, path, deck, since });
		view.addOrphan(id);
	}
	return adopted;
}
