/** Helpers of the merge tests: two devices answering at random, what a sync tool delivers, what a device shows. */
import type { Collection, Rating } from "../../../../src/core";
import { at } from "../builders";

/** What a device shows of its cards: everything scheduling decides. */
export const shownCards = (c: Collection): unknown[] => c.cards().map(({ id, state, due, stability, difficulty, reps, lapses, suspended }) => ({ id, state, due, stability, difficulty, reps, lapses, suspended }));

/** The files of `device` that changed since `before` (what a sync tool delivers); `before` becomes its folder now. */
export function changedFiles(device: Collection, before: Record<string, string>): Record<string, string> {
	const after = device.toFiles();
	const changed = Object.fromEntries(Object.entries(after).filter(([name, text]) => before[name] !== text));
	Object.assign(before, after);
	return changed;
}

/** Random answers to the cards `ids` on one clock shared by the devices, a gap of up to `maxGap` minutes between them. */
export class RandomAnswers {
	/** Minutes after `at(0)` of the last answer given. */
	minutes = 0;

	constructor(
		private readonly random: () => number,
		private readonly ids: readonly string[],
		private readonly maxGap: number,
	) {}

	give(device: Collection, count: number): void {
		for (let k = 0; k < count; k++) {
			this.minutes += 1 + Math.floor(this.random() * this.maxGap);
			device.answer(this.ids[Math.floor(this.random() * this.ids.length)] as string, (1 + Math.floor(this.random() * 4)) as Rating, at(0, this.minutes));
		}
	}
}
