import type { SchedulingState } from "../../types";
import { completeState, storedCardState } from "../log/card-replay";
import { LiveView } from "../identity/live-view";
import type { ReviewLogData, StoreData } from "../store-model";
import { runSteps } from "../run-steps";
import { cardDeck, presetIdOf, scheduleDifference } from "../presets/deck-presets";
import { DEFAULT_PRESET_ID } from "../presets/preset-model";

/** A store with its lookups. */
export interface LoadedStore {
	data: StoreData;
	view: LiveView;
}

/** Whether a card's answers are all its own: stored under its id only, no tombstone touching them. */
export function isPlain(log: ReviewLogData, view: LiveView, id: string): boolean {
	return view.isUnaliased(id) && !log.undone.has(id) && !log.purged.has(id) && !log.resets.has(id);
}

/**
 * Finishes loading: completes each cached state with what the log says (reps, time and offset of the
 * last answer; read from the stored text without decoding it when the card's answers are plain), and
 * replays only a card with history but no cached state (damaged data; never the case for data this
 * code wrote).
 */
export function loadedState(data: StoreData, view: LiveView): void {
	runSteps(loadedStateInSteps(data, view));
}

/** Cards completed the slow way by `loadedStateInSteps` between two yields. */
const CARDS_PER_STEP = 256;

/**
 * Cards replayed between two yields (a cache written under other options, or none): 256 were steps of
 * up to 52 ms at bench scale while the code is new, as whole merges found (see `whole-merge.ts`).
 */
const REPLAYS_PER_STEP = 16;

/**
 * Cards merely looked at (a state line completed from the log's, a card found cached) between two
 * yields: each walk over every card was one step of 10–30 ms at bench scale (50,000 cards).
 */
const LOOKS_PER_STEP = 2048;

/**
 * Drops the cached states that may differ from a replay under the store's options (`cached`: those
 * they were scheduled with): of a card answered at or after the options of its preset there and of its
 * preset here first differ, or whose answers are not all under its own id without tombstones (what the
 * log's own lines say of them is not the whole story). The load replays them. Yields every few
 * thousand cards.
 */
export function* dropStaleStates(data: StoreData, view: LiveView, cached: StoreData): Generator<void, void> {
	const since = scheduleDifference(cached, data);
	const presetIn = (presets: StoreData, deck: string | undefined): string => (deck === undefined ? DEFAULT_PRESET_ID : presetIdOf(presets, deck));
	let looked = 0;
	for (const id of [...data.cache.keys()]) {
		if (++looked % LOOKS_PER_STEP === 0) yield;
		const deck = cardDeck(data, view, id);
		const last = isPlain(data.log, view, id) ? data.log.entries.summary(id)?.lastTime : undefined;
		if (last === undefined || last >= since(presetIn(cached, deck), presetIn(data, deck))) data.cache.delete(id);
	}
}

/**
 * `loadedState`, yielding every few hundred cards completed the slow way, every 16 replayed, and every
 * few thousand looked at. `options`: those the cached states were scheduled with, when they are not
 * the store's (see `v4/cached-options.ts`).
 */
export function* loadedStateInSteps(data: StoreData, view: LiveView, options?: StoreData): Generator<void, void> {
	if (options) yield* dropStaleStates(data, view, options);
	// Lines read into states on load (written otherwise than this version writes them) and cards with
	// aliases or tombstones are completed the slow way; the others from the log's lines, in one walk.
	const incomplete = yield* data.cache.completeLoaded(data.log.entries.summariesInOrder(), (id) => isPlain(data.log, view, id), LOOKS_PER_STEP);
	let done = 0;
	for (const id of incomplete) {
		data.cache.set(id, completeState(data.cache.get(id) as SchedulingState, data.log, view.rawIds(id), id));
		if (++done % CARDS_PER_STEP === 0) yield;
	}
	yield;
	const replayed = new Set<string>();
	const cached = data.cache.hasInOrder();
	let looked = 0;
	for (const rawId of data.log.entries.keys()) {
		if (++looked % LOOKS_PER_STEP === 0) yield;
		const id = view.canonicalId(rawId);
		if (cached(id) || replayed.has(id)) continue;
		replayed.add(id);
		const state = storedCardState(data, view, id);
		if (state) data.cache.set(id, state);
		if (replayed.size % REPLAYS_PER_STEP === 0) yield;
	}
}

/** A store with its lookups, its cached states completed (and missing ones replayed) when `complete`. */
export function withView(data: StoreData, complete: boolean): LoadedStore {
	const view = new LiveView(data);
	if (complete) loadedState(data, view);
	return { data, view };
}

/** The latest time written anywhere in a store (0 when empty). */
export function storeClock(data: StoreData): number {
	let clock = 0;
	for (const note of data.notes.values()) clock = Math.max(clock, note.indexedAt);
	clock = Math.max(clock, data.log.entries.latestTime());
	for (const write of data.suspended.values()) clock = Math.max(clock, write.time);
	for (const write of data.buried.values()) clock = Math.max(clock, write.time);
	return clock;
}
