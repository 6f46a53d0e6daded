/**
 * The whole merge of two loaded stores (docs/decisions/card-identity.md): the union of their synced
 * parts, then each card's cached state, computed card by card in steps so that the caller can spread a
 * large merge over slices.
 */
import type { SchedulingState } from "../../../types";
import { replayOver, storedCardState } from "../../log/card-replay";
import { LiveView } from "../../identity/live-view";
import { effectiveEntries, resetTimes, sameEntries, toReviewEntry } from "../../log/review-log";
import { sameEntry } from "../../log/log-entry";
import type { LogEntry } from "../../store-model";
import type { StateCache } from "../text/state-cache";
import { mergeStores } from "./store-merge";
import { packState } from "../text/packed-state";
import { isPlain, type LoadedStore } from "../store-lifecycle";
import { cardPreset, cardSchedule, scheduleDifference } from "../../presets/deck-presets";

/** Where a merge in steps stands: cards done of `total`. */
export interface MergeProgress {
	done: number;
	total: number;
}

/** States an earlier attempt of the same merge computed, and the cards changed since (whose states are computed again). */
export interface KnownStates {
	states: StateCache;
	changed: ReadonlySet<string>;
}

/**
 * Cards per step by default: a few ms of replaying at most, so that a step stays far below a frame. A
 * merge runs before its code is optimised (the first sync of a second device): 64 cards were a step of
 * 20–50 ms then.
 */
export const CARDS_PER_STEP = 16;

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

function cacheText(data: LoadedStore["data"], id: string): string {
	const written = data.cache.fieldsText(id);
	if (written !== undefined) return written;
	const state = data.cache.get(id);
	return state ? packState(state) : "";
}

/** The side whose cached state a merge keeps for a card both sides scheduled alike: the greater text, so any order agrees. */
function chooseCache(candidates: readonly LoadedStore[], id: string): LoadedStore {
	return candidates.reduce((a, b) => (cacheText(a.data, id) >= cacheText(b.data, id) ? a : b));
}

/** A store merged, with the earliest time from which the options of a preset of its cards differ from those the merged store gives them (by pair of presets). */
interface Side extends LoadedStore {
	since: (own: string, kept: string) => number;
}

/**
 * Whether a side's cached state of a card holds in the merged store: its answers were all given before
 * the options the side replayed them with differ from those the merged store replays them with.
 */
function holds(side: Side, merged: LoadedStore, id: string): boolean {
	const since = side.since(cardPreset(side.data, side.view, id), cardPreset(merged.data, merged.view, id));
	if (since === Infinity) return true;
	const last = side.data.cache.get(id)?.lastReview;
	return last !== undefined && last < since;
}

/**
 * A card's state after a merge added answers after all those one side had scheduled: that side's state
 * carried on over the new answers only. Undefined when no side qualifies (then the card is replayed).
 */
function continuedState(sides: readonly Side[], merged: LoadedStore, id: string): SchedulingState | undefined {
	if (!isPlain(merged.data.log, merged.view, id)) return undefined;
	const all = merged.data.log.entries.get(id) ?? [];
	let best: { state: SchedulingState; done: number } | undefined;
	for (const side of sides) {
		const state = side.data.cache.get(id);
		if (!state || !isPlain(side.data.log, side.view, id) || !holds(side, merged, id)) continue;
		const own = side.data.log.entries.get(id) ?? [];
		if (own.length === 0 || own.length >= all.length || !own.every((entry, i) => sameEntry(entry, all[i] as LogEntry))) continue;
		if (!best || own.length > best.done) best = { state, done: own.length };
	}
	if (!best) return undefined;
	const added = all.slice(best.done).map((entry) => toReviewEntry(id, entry));
	return replayOver(id, best.state, added, cardSchedule(merged.data, merged.view, id));
}

/**
 * Merges two loaded stores: the union of their synced parts, then each card's cached state taken from a
 * side whose log for that card is the merged one. A card whose log only grew past one side's answers
 * carries on from that side's state over the new answers; only the others are replayed. A card `known`
 * holds a state for, unchanged since, takes that state. Yields every `every` cards; neither store is
 * changed.
 */
export function* mergedStates(mine: LoadedStore, theirs: LoadedStore, every: number, known?: KnownStates): Generator<MergeProgress, LoadedStore> {
	const data = mergeStores(mine.data, theirs.data);
	const view = new LiveView(data);
	const merged = { data, view };
	// A side's states hold for the answers given under the options the merge gives them, and carry on from there.
	const sides: Side[] = [mine, theirs].map((side) => ({ ...side, since: scheduleDifference(side.data, data) }));
	const done = new Set<string>();
	const total = data.log.entries.size;
	let seen = 0;
	for (const rawId of data.log.entries.keys()) {
		if (++seen % every === 0) yield { done: seen, total };
		const id = view.canonicalId(rawId);
		if (done.has(id)) continue;
		done.add(id);
		if (known?.states.has(id) && !view.rawIds(id).some((raw) => known.changed.has(raw))) {
			data.cache.adopt(id, known.states);
			continue;
		}
		const candidates = sides.filter((side) => side.data.cache.has(id) && sameLog(side, merged, id) && holds(side, merged, id));
		if (candidates.length > 0) {
			data.cache.adopt(id, chooseCache(candidates, id).data.cache);
			continue;
		}
		const state = continuedState(sides, merged, id) ?? storedCardState(data, view, id);
		if (state) data.cache.set(id, state);
	}
	return merged;
}
