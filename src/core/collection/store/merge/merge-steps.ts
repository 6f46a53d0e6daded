/**
 * A merge in steps (issue "Never freeze Obsidian"): merging another device's answers to every card
 * replays every card, seconds of work. The new states are computed in steps into a side map while the
 * collection stays in use, then applied in one cheap step; cards changed meanwhile (answered, undone,
 * reset…) are computed again from what they hold then. Run to the end at once, it is the one-call merge.
 */
import type { ChangeWatch } from "../../collection-memos";
import type { ReviewLogData, StoreData } from "../../store-model";
import { applyAhead, cardAhead, mergesInPlace, startAhead, type AnswersAhead } from "./answers-merge";
import type { LoadedStore } from "../store-lifecycle";
import { CARDS_PER_STEP, mergedStates, type KnownStates, type MergeProgress } from "./whole-merge";

export { CARDS_PER_STEP, type MergeProgress };

/** What a merge in steps needs of the collection it merges into. */
export interface MergeTarget {
	/** The store as it is now (between steps it may have changed, or been replaced). */
	core(): LoadedStore;
	/** Records what changes from now on (see `ChangeWatch`), until `unwatch`. */
	watch(): ChangeWatch;
	unwatch(watch: ChangeWatch): void;
	/** Answers merged in place changed these cards. */
	answersMerged(ids: readonly string[]): void;
	/** The merged store takes the current one's place. */
	replace(merged: LoadedStore): void;
}

/** Computes `ids` ahead (see `cardAhead`), yielding every `every` cards; stops early once the store as a whole changed. */
function* computeAhead(ahead: AnswersAhead, mine: LoadedStore, theirs: ReviewLogData, ids: readonly string[], watch: ChangeWatch, every: number): Generator<MergeProgress, void> {
	for (let i = 0; i < ids.length; i++) {
		if (i % every === every - 1) {
			yield { done: i, total: ids.length };
			if (watch.store) return;
		}
		cardAhead(ahead, mine, theirs, ids[i] as string);
	}
}

/**
 * Merges `theirs` in place when it holds answers alone (see `mergesInPlace`); false, having changed
 * nothing, when it holds more (then the whole merge takes it). Cards changed while it was computed are
 * computed again until none did; then the merge is applied.
 */
function* mergeInPlace(target: MergeTarget, theirs: StoreData, every: number): Generator<MergeProgress, boolean> {
	for (;;) {
		if (!mergesInPlace(target.core(), theirs)) return false;
		let ids = [...theirs.log.entries.keys()];
		// Cards that fit in one step are merged without a step between: no copies needed.
		const ahead = startAhead(target.core(), ids.length >= every);
		for (;;) {
			const watch = target.watch();
			try {
				yield* computeAhead(ahead, target.core(), theirs.log, ids, watch, every);
				// New options or another store: nothing computed holds, start again.
				if (watch.store) break;
				if (watch.cards.size === 0) {
					const mine = target.core();
					// A note indexed meanwhile may have given one of these cards an alias.
					if (!mergesInPlace(mine, theirs)) return false;
					target.unwatch(watch);
					target.answersMerged(applyAhead(mine, ahead));
					return true;
				}
				ids = [...watch.cards];
			} finally {
				target.unwatch(watch);
			}
		}
	}
}

/** The whole merge, computed again while the collection changed meanwhile (keeping the states of the cards that did not). */
function* mergeWhole(target: MergeTarget, theirs: LoadedStore, every: number): Generator<MergeProgress, void> {
	let known: KnownStates | undefined;
	for (;;) {
		const watch = target.watch();
		try {
			const merged = yield* mergedStates(target.core(), theirs, every, known);
			if (watch.quiet) {
				target.unwatch(watch);
				target.replace(merged);
				return;
			}
			known = watch.store || watch.notes ? undefined : { states: merged.data.cache, changed: watch.cards };
		} finally {
			target.unwatch(watch);
		}
	}
}

/**
 * Merges another store into `target` in steps, yielding where it stands; between steps the collection
 * may be used in any way, and the result is what merging at the last step gives. `files`: `theirs` was
 * read from a files map (another device's parts, without states); otherwise it is a loaded store.
 * Yields every `every` cards.
 */
export function* mergeSteps(target: MergeTarget, theirs: LoadedStore, files: boolean, every: number): Generator<MergeProgress, void> {
	// Another device's answers alone (the usual sync) are merged in place, costing what they touch.
	if (files && (yield* mergeInPlace(target, theirs.data, every))) return;
	yield* mergeWhole(target, theirs, every);
}
