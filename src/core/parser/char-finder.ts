/**
 * Line scanners ask "does this line hold one of these characters?" for every line; answering it from one
 * forward search of the whole text keeps that question cheap and the parse linear.
 */

/**
 * Finds the next occurrence of any of some characters (or short strings without a line break) with one
 * forward `indexOf` per character over the whole text, instead of a search of every line.
 */
export class CharFinder {
	private readonly positions: number[];
	private nearest = -1;
	constructor(
		private readonly text: string,
		private readonly chars: readonly string[],
	) {
		this.positions = chars.map(() => -1);
	}

	/** Offset where the first of them starts at or after `from`; the text's length when none is left. */
	next(from: number): number {
		// Kept tiny so that it inlines: lines are read in order, so the answer rarely changes.
		return this.nearest >= from ? this.nearest : this.advance(from);
	}

	private advance(from: number): number {
		const none = this.text.length;
		let nearest = none;
		for (let k = 0; k < this.chars.length; k++) {
			let at = this.positions[k] ?? none;
			if (at < from) {
				const found = this.text.indexOf(this.chars[k] ?? "", from);
				at = found === -1 ? none : found;
				this.positions[k] = at;
			}
			if (at < nearest) nearest = at;
		}
		this.nearest = nearest;
		return nearest;
	}
}
