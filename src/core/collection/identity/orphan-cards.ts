import type { CardKind, ReviewEntry } from "../../types";
import { reviewableIds, REVERSE_SUFFIX } from "./card-identity";
import type { LiveView } from "./live-view";
import { effectiveEntries, markPurged } from "../log/review-log";
import { byText } from "../store/json/store-schema";
import { buryOrphanRecord, lostCard, type StoredCard, type StoreData } from "../store-model";

/** A card with history whose text left every note: kept until purged, re-attached if it comes back. */
export interface OrphanInfo {
	/** Reviewable card id. */
	id: string;
	/** Id shared by the sides of its note card. */
	noteCardId: string;
	kind: CardKind;
	/** Last known question ("" when this device never saw it: it came with another device's answers). */
	front: string;
	/** Last known answer ("" when unknown). */
	back: string;
	/** The note it was last seen in ("" when unknown). */
	path: string;
	/** That note's deck ("" when unknown). */
	deck: string;
	/** Epoch ms it was found missing, when known. */
	since?: number;
	/** Its answers that count, oldest first. */
	reviews: ReviewEntry[];
}

interface OrphanScope {
	data: StoreData;
	view: LiveView;
}

function isLiveSide(view: LiveView, id: string): boolean {
	const base = id.split("-")[0] ?? id;
	const place = view.placeOf(base);
	return place !== undefined && reviewableIds(base, place.card.kind, place.card.clozes).includes(id);
}

function lastKnown(scope: OrphanScope, base: string): { card: StoredCard; path: string; deck: string; since?: number } | undefined {
	const { data, view } = scope;
	const place = view.placeOf(base);
	if (place) return { card: place.card, path: place.path, deck: data.notes.get(place.path)?.deck ?? "" };
	for (const member of view.resolver.members(base)) {
		const record = lostCard(data, member);
		if (record) return { card: record.card, path: record.path, deck: record.deck, since: record.since };
	}
	return undefined;
}

/** Canonical ids of every card with history, live or not, sorted. */
export function cardsWithHistory(scope: OrphanScope): string[] {
	const ids = new Set<string>();
	for (const rawId of scope.data.log.entries.keys()) ids.add(scope.view.canonicalId(rawId));
	return [...ids].sort(byText);
}

/** Every orphan (a card with history not in any note now), by id. */
export function listOrphans(scope: OrphanScope): OrphanInfo[] {
	const { data, view } = scope;
	const result: OrphanInfo[] = [];
	for (const id of cardsWithHistory(scope)) {
		if (isLiveSide(view, id)) continue;
		const reviews = effectiveEntries(data.log, view.rawIds(id), id);
		if (reviews.length === 0) continue;
		const base = id.split("-")[0] ?? id;
		const known = lastKnown(scope, base);
		const reversedSide = id.endsWith(REVERSE_SUFFIX);
		const info: OrphanInfo = {
			id,
			noteCardId: base,
			kind: known?.card.kind ?? (reversedSide ? "reversed" : id.includes("-c") ? "cloze" : "basic"),
			front: (reversedSide ? known?.card.back : known?.card.front) ?? "",
			back: (reversedSide ? known?.card.front : known?.card.back) ?? "",
			path: known?.path ?? "",
			deck: known?.deck ?? "",
			reviews,
		};
		if (known?.since !== undefined) info.since = known.since;
		result.push(info);
	}
	return result;
}

/**
 * Deletes the history of orphans (live cards in the list are left alone): a purge tombstone per raw id,
 * so a merge with a device that still has the answers drops them too. Returns the purged ids.
 */
export function purge(scope: OrphanScope, ids: readonly string[], now: number): string[] {
	const { data, view } = scope;
	const purged: string[] = [];
	for (const given of ids) {
		const id = view.canonicalId(given);
		if (isLiveSide(view, id)) continue;
		for (const rawId of view.rawIds(id)) {
			// A clock behind the card's last answer still purges every answer known here (else the
			// later ones would stay, and the next load would read a different store than was saved).
			const last = data.log.entries.summary(rawId)?.lastTime ?? -Infinity;
			const time = Math.max(now, last, data.suspended.get(rawId)?.time ?? -Infinity, data.buried.get(rawId)?.time ?? -Infinity);
			markPurged(data.log, rawId, time);
			// As a merge does: writes up to the purge go with it.
			if ((data.suspended.get(rawId)?.time ?? Infinity) <= time) data.suspended.delete(rawId);
			if ((data.buried.get(rawId)?.time ?? Infinity) <= time) data.buried.delete(rawId);
		}
		data.cache.delete(id);
		if (!view.hasHistory(id.split("-")[0] ?? id)) {
			for (const member of view.resolver.members(id.split("-")[0] ?? id)) {
				view.removeOrphan(member);
				buryOrphanRecord(data, member, now);
			}
		}
		purged.push(id);
	}
	return purged;
}
