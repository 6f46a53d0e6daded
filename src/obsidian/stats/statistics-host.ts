import type { CardInfo, ReviewEntry, ReviewRecord, Statistics, StatisticsOptions } from "../../core";
import type { Sliced } from "../slices";

/**
 * What the statistics view and the card info read, and nothing more: the collection's cards and
 * review log, where days start, and the clock. The plugin builds one over its collection.
 */
export interface StatisticsHost {
	/** Every live card (empty before the first index). */
	cards(): readonly CardInfo[];
	/** One live card by id, or undefined when it is gone (read without the whole card list). */
	card(cardId: string): CardInfo | undefined;
	/** The review log with the scheduling each answer caused; one card's when an id is given. */
	history(cardId?: string): ReviewRecord[];
	/** A card's practice answers (studies that did not reschedule), when the host keeps them. */
	practice?(cardId: string): ReviewEntry[];
	/** Where days start, read at each drawing (the settings may change). */
	options(): StatisticsOptions;
	/** Epoch ms now. */
	now(): number;
	/** Calls `listener` after the collection changes; returns the way to stop. */
	onChange?(listener: () => void): () => void;
	/**
	 * Every figure for a deck subtree (all decks when absent), kept up to date between calls and read
	 * in slices when there is much to read (`progress`: cards read, of how many). Without it, the view
	 * computes the figures from `cards()` and `history()` at once.
	 */
	statistics?(deck: string | undefined, progress: (done: number, total: number) => void): Sliced<Statistics>;
	/** Opens a note at a 0-based line. */
	openNote?(path: string, line: number): void;
}
