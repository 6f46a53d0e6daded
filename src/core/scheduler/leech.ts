import type { SchedulerOptions } from "../types";

/** True once a card has lapsed (Again on a review card) the leech threshold times or more; 0 turns leeches off. */
export function isLeech(lapses: number, options: Pick<SchedulerOptions, "leechThreshold">): boolean {
	return options.leechThreshold > 0 && lapses >= options.leechThreshold;
}
