/**
 * Another device's answers merged in place (the usual sync: its log parts changed), costing the cards
 * they touch, not the collection, with the same result as the whole merge (`whole-merge.ts`). Each
 * card's new state and merged answers are computed first, from both logs as they are, without changing
 * the store; the merge itself then applies them in one cheap step, so the computing can be spread over
 * slices.
 */
import type { SchedulingState } from "../../../types";
import { entriesState, replayOver } from "../../log/card-replay";
import { dropIneffective, effectiveEntries, mergedCardLog, sameEntries } from "../../log/review-log";
import type { LogEntries } from "../../log/log-entries";
import type { StateCache } from "../text/state-cache";
import { splitId } from "../../identity/card-identity";
import type { ReviewLogData, StoreData } from "../../store-model";
import { encodeOptions } from "../json/store-encode";
import { isPlain, type LoadedStore } from "../store-lifecycle";
import { cardSchedule } from "../../presets/deck-presets";
import { presetsSubsumed } from "../../presets/preset-store";

/** A card's state once the answers are merged (undefined: none, it is new again). */
interface MergedCard {
	state: SchedulingState | undefined;
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

/** Whether `theirs` can be merged in place: it holds answers only, and none to a card with aliases. */
export function mergesInPlace(mine: LoadedStore, theirs: StoreData): boolean {
	if (!onlyAnswers(theirs, mine.data)) return false;
	const aliases = mine.data.aliases;
	if (aliases.size === 0) return true;
	for (const id of theirs.log.entries.keys()) if (aliases.has(splitId(id).base)) return false;
	return true;
}

/**
 * What merging `theirs` does to one card of `mine` (an id of `theirs`, which `mergesInPlace` accepted):
 * undefined when its answers stay the same, else its new state, carried on from its cached state when
 * the new answers all come after the ones it had, else replayed. Changes nothing.
 */
function mergedCard(mine: LoadedStore, theirs: ReviewLogData, id: string): MergedCard | undefined {
	const { data, view } = mine;
	const old = effectiveEntries(data.log, [id], id);
	const { entries, resets } = mergedCardLog(data.log, theirs, id);
	if (sameEntries(old, entries)) return undefined;
	const cached = data.cache.get(id);
	const continues = cached !== undefined && isPlain(data.log, view, id) && old.length > 0 && sameEntries(old, entries.slice(0, old.length));
	const options = cardSchedule(data, view, id);
	if (continues) return { state: replayOver(id, cached, entries.slice(old.length), options) };
	return { state: entriesState(entries, resets, id, options) };
}

/**
 * The in-place merge as far as it is computed: the log and the scheduling cache it will leave (copies of
 * this store's, with `theirs`' answers united and the new states set card by card). Nothing of the store
 * changes until `applyAhead`.
 */
export interface AnswersAhead {
	entries: LogEntries;
	cache: StateCache;
	/** Cards whose answers the merge changes. */
	changed: Set<string>;
	/** Cards that had no answers here (the view learns them). */
	fresh: string[];
}

/**
 * Starts a merge computed ahead: into copies of the log and the cache when the collection is used
 * between steps (`copies`), else (all of it done in one step) into the store's own, for the cost of
 * the cards merged rather than of copying the collection's.
 */
export function startAhead(mine: LoadedStore, copies: boolean): AnswersAhead {
	const { log, cache } = mine.data;
	return { entries: copies ? log.entries.copy() : log.entries, cache: copies ? cache.copy() : cache, changed: new Set(), fresh: [] };
}

/**
 * Computes a card ahead, or again when it changed since: its answers in the merged log and (for a card
 * of `theirs`) its new state. A card `theirs` does not touch takes its answers and state as they are now.
 */
export function cardAhead(ahead: AnswersAhead, mine: LoadedStore, theirs: ReviewLogData, id: string): void {
	const { log, cache } = mine.data;
	// Computed from the store before anything is written (`ahead` may be the store's own log and cache).
	const card = theirs.entries.has(id) ? mergedCard(mine, theirs, id) : undefined;
	if (log.entries.has(id)) ahead.entries.adopt(id, log.entries);
	else ahead.entries.delete(id);
	if (cache.has(id)) ahead.cache.adopt(id, cache);
	else ahead.cache.delete(id);
	ahead.changed.delete(id);
	if (!theirs.entries.has(id)) return;
	if (!log.entries.has(id)) ahead.fresh.push(id);
	ahead.entries.unite(id, theirs.entries);
	// Answers a tombstone here cancels leave the merged log too (`theirs` brings no tombstones).
	if (log.undone.has(id) || log.purged.has(id)) dropIneffective({ ...log, entries: ahead.entries }, id);
	if (!card) return;
	ahead.changed.add(id);
	if (card.state) ahead.cache.set(id, card.state);
	else ahead.cache.delete(id);
}

/** Applies a merge computed ahead (every card current): its log and cache replace the store's. Returns the cards whose answers changed. */
export function applyAhead(mine: LoadedStore, ahead: AnswersAhead): string[] {
	mine.data.log.entries = ahead.entries;
	mine.data.cache = ahead.cache;
	mine.view.answersArrived(ahead.fresh);
	return [...ahead.changed];
}
