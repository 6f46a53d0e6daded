/**
 * Whether the local cache's states hold once the options changed since it was written (another device
 * changed them, or Optimize saved new parameters). Each answer is replayed with the options in force
 * when it was given, so a state whose answers all came before the options differ is what a replay under
 * the new options gives: only the cards answered since are replayed at load, not all of them (at 50,000
 * cards and 500,000 answers a full replay was 6 s of loading here, far more on a phone).
 */
import { readStoredOptions } from "../../collection-options";
import { splitId } from "../../identity/card-identity";
import { optionsChangedSince, ownPresetOf } from "../../presets/deck-presets";
import { takePresetOptions } from "../../presets/preset-store";
import { emptyStore, type StoreData } from "../../store-model";
import type { StateCache } from "../text/state-cache";

/** The options and presets a cache header says its states were scheduled with, or undefined when it has none readable. */
function cachedOptions(value: unknown): StoreData | undefined {
	const read = readStoredOptions(value);
	if (!read.ok) return undefined;
	const data = emptyStore(read.options);
	try {
		takePresetOptions(data, read.more);
	} catch {
		return undefined;
	}
	return data;
}

/** Whether every deck has the same preset of its own in both (then every card has the same preset in both). */
function sameDeckPresets(a: StoreData, b: StoreData): boolean {
	for (const deck of new Set([...a.deckPresets.keys(), ...b.deckPresets.keys()])) if (ownPresetOf(a, deck) !== ownPresetOf(b, deck)) return false;
	return true;
}

/**
 * The time from which a cache's states may differ from a replay under `data`'s options: Infinity when
 * it was written with these options (`optionsKey`), -Infinity when none of its states is known to hold
 * (no readable options in its header, or a deck given another preset).
 */
export function statesHoldBefore(header: Record<string, unknown>, optionsKey: string, data: StoreData): number {
	if (header.options === optionsKey) return Infinity;
	const cached = cachedOptions(header.scheduling);
	if (!cached || !sameDeckPresets(cached, data)) return -Infinity;
	return optionsChangedSince(cached, data);
}

/** Cards looked at between two yields: a walk over 50,000 is tens of ms while the code is new. */
const CARDS_PER_STEP = 2048;

/**
 * Drops the states of the cards answered at or after `since`, and of those whose answers are not all
 * under their own id without tombstones (what the log's own lines say of them is not the whole story):
 * the load replays them. Yields every few thousand cards.
 */
export function* dropStatesSince(cache: StateCache, data: StoreData, since: number): Generator<void, void> {
	const { log } = data;
	let looked = 0;
	for (const id of [...cache.keys()]) {
		if (++looked % CARDS_PER_STEP === 0) yield;
		const plain = !data.aliases.has(splitId(id).base) && !log.undone.has(id) && !log.resets.has(id) && !log.purged.has(id);
		const last = plain ? log.entries.summary(id)?.lastTime : undefined;
		if (last === undefined || last >= since) cache.delete(id);
	}
}
