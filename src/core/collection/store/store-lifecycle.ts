import { replayFrom } from "../../scheduler/fsrs-adapter";
import { cardOptions } from "../presets/deck-presets";
import type { SchedulingState } from "../../types";
import { completeState, replayCard } from "../log/card-replay";
import { LiveView } from "../identity/live-view";
import { effectiveEntries, mergeLogInto, resetTimes, sameEntries, toReviewEntry } from "../log/review-log";
import { splitId } from "../identity/card-identity";
import { mergeStores } from "./store-merge";
import type { LogEntry, ReviewLogData, StoreData } from "../store-model";
import { sameEntry } from "../log/log-entries";
import { packState } from "./packed-state";
import { encodeOptions } from "./store-encode";
import { presetsSubsumed, schedulingKey } from "../presets/preset-store";

/** A store with its lookups. */
export interface LoadedStore {
	data: StoreData;
	view: LiveView;
}

/** Whether a card's answers are all its own: stored under its id only, no tombstone touching them. */
function isPlain(log: ReviewLogData, view: LiveView, id: string): boolean {
	return view.isUnaliased(id) && !log.undone.has(id) && !log.purged.has(id) && !log.resets.has(id);
}

/**
 * Finishes loading: completes each cached state with what the log says (reps, time and offset of the
 * last answer; read from the stored text without decoding it when the card's answers are plain), and
 * replays only a card with history but no cached state (damaged data; never the case for data this
 * code wrote).
 */
export function loadedState(data: StoreData, view: LiveView): void {
	// Lines read into states on load (written otherwise than this version writes them) and cards with
	// aliases or tombstones are completed the slow way; the others from the log's lines, in one walk.
	const incomplete = data.cache.completeLoaded(data.log.entries.summariesInOrder(), (id) => isPlain(data.log, view, id));
	for (const id of incomplete) data.cache.set(id, completeState(data.cache.get(id) as SchedulingState, data.log, view.rawIds(id), id));
	const replayed = new Set<string>();
	const cached = data.cache.hasInOrder();
	for (const rawId of data.log.entries.keys()) {
		const id = view.canonicalId(rawId);
		if (cached(id) || replayed.has(id)) continue;
		replayed.add(id);
		const { state } = replayCard(data.log, view.rawIds(id), id, cardOptions(data, view, id));
		if (state) data.cache.set(id, state);
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

function sameLog(side: LoadedStore, merged: LoadedStore, id: string): boolean {
	if (isPlain(side.data.log, side.view, id) && isPlain(merged.data.log, merged.view, id)) {
		return merged.data.log.entries.sameAs(id, side.data.log.entries);
	}
	const theirs = effectiveEntries(side.data.log, side.view.rawIds(id), id);
	const ours = effectiveEntries(merged.data.log, merged.view.rawIds(id), id);
	const resetsA = resetTimes(side.data.log, side.view.rawIds(id));
	const resetsB = resetTimes(merged.data.log, merged.view.rawIds(id));
	return sameEntries(theirs, ours) && resetsA.length === resetsB.length && resetsA.every((t, i) => t === resetsB[i]);
}

function cacheText(data: StoreData, id: string): string {
	const written = data.cache.fieldsText(id);
	if (written !== undefined) return written;
	const state = data.cache.get(id);
	return state ? packState(state) : "";
}

/** The side whose cached state a merge keeps for a card both sides scheduled alike: the greater text, so any order agrees. */
function chooseCache(candidates: readonly LoadedStore[], id: string): LoadedStore {
	return candidates.reduce((a, b) => (cacheText(a.data, id) >= cacheText(b.data, id) ? a : b));
}

/**
 * A card's state after a merge added answers after all those one side had scheduled: that side's state
 * carried on over the new answers only. Undefined when no side qualifies (then the card is replayed).
 */
function continuedState(sides: readonly LoadedStore[], merged: LoadedStore, id: string): SchedulingState | undefined {
	if (!isPlain(merged.data.log, merged.view, id)) return undefined;
	const all = merged.data.log.entries.get(id) ?? [];
	let best: { state: SchedulingState; done: number } | undefined;
	for (const side of sides) {
		const state = side.data.cache.get(id);
		if (!state || !isPlain(side.data.log, side.view, id)) continue;
		const own = side.data.log.entries.get(id) ?? [];
		if (own.length === 0 || own.length >= all.length || !own.every((entry, i) => sameEntry(entry, all[i] as LogEntry))) continue;
		if (!best || own.length > best.done) best = { state, done: own.length };
	}
	if (!best) return undefined;
	const added = all.slice(best.done).map((entry) => toReviewEntry(id, entry));
	return replayFrom(id, best.state, added, { options: cardOptions(merged.data, merged.view, id) });
}

/**
 * Merges two loaded stores (docs/decisions/card-identity.md): the union of their synced parts, then each card's cached state
 * taken from a side whose log for that card is the merged one. A card whose log only grew past one
 * side's answers carries on from that side's state over the new answers; only the others are replayed.
 */
export function mergedState(mine: LoadedStore, theirs: LoadedStore): LoadedStore {
	const data = mergeStores(mine.data, theirs.data);
	const view = new LiveView(data);
	const merged = { data, view };
	// A side's states carry on only under the options the merge keeps (they schedule the new answers).
	const key = (side: StoreData): string => schedulingKey(side, encodeOptions(side.options));
	const options = key(data);
	const alike = [mine, theirs].filter((side) => key(side.data) === options);
	const done = new Set<string>();
	for (const rawId of data.log.entries.keys()) {
		const id = view.canonicalId(rawId);
		if (done.has(id)) continue;
		done.add(id);
		const candidates = [mine, theirs].filter((side) => side.data.cache.has(id) && sameLog(side, merged, id));
		if (candidates.length > 0) {
			data.cache.adopt(id, chooseCache(candidates, id).data.cache);
			continue;
		}
		const state = continuedState(alike, merged, id) ?? replayCard(data.log, view.rawIds(id), id, cardOptions(data, view, id)).state;
		if (state) data.cache.set(id, state);
	}
	return merged;
}

/** Whether a store read from parts holds answers and nothing else a merge could take (what another device's log parts give). */
function onlyAnswers(theirs: StoreData, mine: StoreData): boolean {
	const log = theirs.log;
	const empty = [theirs.notes, theirs.orphans, theirs.aliases, theirs.suspended, theirs.buried, theirs.practice, theirs.dueSet, log.undone, log.resets, log.purged];
	if (empty.some((map) => map.size > 0)) return false;
	// Options a log part does not hold are the defaults at revision 0: they win nothing unless they are the same.
	if (!presetsSubsumed(theirs, mine)) return false;
	return theirs.optionsRev < mine.optionsRev || JSON.stringify([encodeOptions(theirs.options), theirs.optionsMore]) === JSON.stringify([encodeOptions(mine.options), mine.optionsMore]);
}

/**
 * Another device's answers merged in place (the usual sync: its log parts changed), costing the cards
 * they touch, not the collection: the same result as `mergedState`. Returns the cards whose answers
 * changed, or undefined, having changed nothing, when `theirs` holds more than answers or touches a card
 * with aliases (then `mergedState` does the whole merge).
 */
export function mergeAnswers(mine: LoadedStore, theirs: StoreData): string[] | undefined {
	const { data, view } = mine;
	if (!onlyAnswers(theirs, data)) return undefined;
	const ids = [...theirs.log.entries.keys()];
	if (ids.some((id) => data.aliases.has(splitId(id).base))) return undefined;
	const before = new Map(ids.map((id) => [id, effectiveEntries(data.log, [id], id)]));
	mergeLogInto(data.log, theirs.log);
	view.answersArrived(ids);
	const changed: string[] = [];
	for (const [id, old] of before) {
		const now = effectiveEntries(data.log, [id], id);
		if (sameEntries(old, now)) continue;
		changed.push(id);
		const cached = data.cache.get(id);
		const continues = cached !== undefined && isPlain(data.log, view, id) && old.length > 0 && sameEntries(old, now.slice(0, old.length));
		const options = cardOptions(data, view, id);
		const state = continues ? replayFrom(id, cached, now.slice(old.length), { options }) : replayCard(data.log, [id], id, options).state;
		if (state) data.cache.set(id, state);
		else data.cache.delete(id);
	}
	return changed;
}
