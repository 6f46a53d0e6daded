/**
 * Whether the local cache's states hold once the options changed since it was written (another device
 * changed them, gave a deck another preset, or Optimize saved new parameters). Each answer is replayed
 * with its card's preset's options in force when it was given, so a state holds when all its answers
 * came before the options of the card's preset then and of its preset now first differ: only the
 * other cards are replayed at load, not all of them (at 50,000 cards and 500,000 answers a full replay
 * was about 5 s of loading here, far more on a phone). `dropStaleStates` (store-lifecycle.ts) checks
 * each card once the store's view is built.
 */
import { readStoredOptions } from "../../collection-options";
import { takePresetOptions } from "../../presets/preset-store";
import { emptyStore, type StoreData } from "../../store-model";

/**
 * The options and presets a cache's states were scheduled with, from its header (`scheduling`), when
 * they are not the store's (`optionsKey`); undefined when they are. Null when the header does not say
 * (written by an earlier version) or cannot be read: no state of it is known to hold.
 */
export function cachedOptions(header: Record<string, unknown>, optionsKey: string): StoreData | undefined | null {
	if (header.options === optionsKey) return undefined;
	const read = readStoredOptions(header.scheduling);
	if (!read.ok) return null;
	const data = emptyStore(read.options);
	try {
		takePresetOptions(data, read.more);
	} catch {
		return null;
	}
	return data;
}
