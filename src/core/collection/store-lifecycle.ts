import { completeState, replayCard } from "./card-replay";
import { LiveView } from "./live-view";
import { cardsWithHistory } from "./orphan-cards";
import { effectiveEntries, resetTimes, sameEntries } from "./review-log";
import { mergeStores } from "./store-merge";
import type { StoreData } from "./store-model";
import { STATE_CODE } from "./store-schema";

/** A store with its lookups. */
export interface LoadedStore {
	data: StoreData;
	view: LiveView;
}

/**
 * Finishes loading: completes each cached state from the log (reps, last answer), and replays only a
 * card with history but no cached state (damaged data; never the case for data this code wrote).
 */
export function loadedState(data: StoreData, view: LiveView): void {
	for (const [id, state] of data.cache) data.cache.set(id, completeState(state, data.log, view.rawIds(id), id));
	for (const id of cardsWithHistory({ data, view })) {
		if (data.cache.has(id)) continue;
		const { state } = replayCard(data.log, view.rawIds(id), id, data.options);
		if (state) data.cache.set(id, state);
	}
}

/** The latest time written anywhere in a store (0 when empty). */
export function storeClock(data: StoreData): number {
	let clock = 0;
	for (const note of data.notes.values()) clock = Math.max(clock, note.indexedAt);
	for (const entries of data.log.entries.values()) clock = Math.max(clock, entries[entries.length - 1]?.time ?? 0);
	for (const write of data.suspended.values()) clock = Math.max(clock, write.time);
	for (const write of data.buried.values()) clock = Math.max(clock, write.time);
	return clock;
}

function sameLog(side: LoadedStore, merged: LoadedStore, id: string): boolean {
	const theirs = effectiveEntries(side.data.log, side.view.rawIds(id), id);
	const ours = effectiveEntries(merged.data.log, merged.view.rawIds(id), id);
	const resetsA = resetTimes(side.data.log, side.view.rawIds(id));
	const resetsB = resetTimes(merged.data.log, merged.view.rawIds(id));
	return sameEntries(theirs, ours) && resetsA.length === resetsB.length && resetsA.every((t, i) => t === resetsB[i]);
}

function cacheText(data: StoreData, id: string): string {
	const s = data.cache.get(id);
	return s ? JSON.stringify([STATE_CODE[s.state], s.due, s.stability, s.difficulty, s.scheduledDays, s.step, s.lapses]) : "";
}

/**
 * Merges two loaded stores (DESIGN §4): the union of their synced parts, then each card's cached state
 * taken from a side whose log for that card is the merged one, replaying only the cards whose log changed.
 */
export function mergedState(mine: LoadedStore, theirs: LoadedStore): LoadedStore {
	const data = mergeStores(mine.data, theirs.data);
	const view = new LiveView(data);
	const merged = { data, view };
	for (const id of cardsWithHistory(merged)) {
		const candidates = [mine, theirs].filter((side) => side.data.cache.has(id) && sameLog(side, merged, id));
		if (candidates.length > 0) {
			const chosen = candidates.reduce((a, b) => (cacheText(a.data, id) >= cacheText(b.data, id) ? a : b));
			const state = chosen.data.cache.get(id);
			if (state) data.cache.set(id, { ...state });
			continue;
		}
		const { state } = replayCard(data.log, view.rawIds(id), id, data.options);
		if (state) data.cache.set(id, state);
	}
	return merged;
}
