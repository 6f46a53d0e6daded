/** What both loaded texts (the log's and the cache's) offer: sorted card ids, line i for ids[i]. */
export interface PackedLines {
	readonly ids: readonly string[];
	indexOf(id: string): number;
}

/** A line of a loaded text (maybe another store's, after a merge). */
export interface LineRef<L> {
	lines: L;
	index: number;
}

/** Whether a stored value is a line of some text rather than a decoded value. */
export function isLineRef<L, V>(value: V | LineRef<L>): value is LineRef<L> {
	return (value as Partial<LineRef<L>>).lines !== undefined;
}

/**
 * Per-card values kept as the lines of a loaded text, decoded on first use, with what changed since
 * kept beside them: the shared mechanism of the review log and the scheduling cache, so loading and
 * saving a large store cost its size in characters. Values are never changed in place, only replaced,
 * so two stores can share them.
 */
export abstract class PackedOverlay<L extends PackedLines, V> {
	/** The text this was read from, in lines (absent when built in memory). */
	protected lines: L | undefined;
	/** Cards whose value is not their line of `lines`: a value, another text's line, or none (null). */
	protected readonly changed = new Map<string, V | LineRef<L> | null>();
	/** The ids of `changed` with a value that have no line in `lines` (so listing keys searches nothing). */
	private readonly extra = new Set<string>();
	private added = 0;
	private removed = 0;
	private version = 0;
	/** Whether every card is still exactly its line of `lines` (saving then writes the text back whole). */
	private pristine = false;

	/** Starts from a loaded text (on an empty store); `whole` when it holds every line of that text. */
	load(lines: L, whole: boolean): void {
		this.lines = lines;
		this.pristine = whole;
		this.version++;
	}

	protected own(id: string): number {
		return this.lines ? this.lines.indexOf(id) : -1;
	}

	/** Where a card's value is: a decoded value, a line of some text, or undefined when it has none. */
	protected at(id: string): V | LineRef<L> | undefined {
		const value = this.changed.get(id);
		if (value === null) return undefined;
		if (value !== undefined) return value;
		const index = this.own(id);
		return index < 0 || !this.lines ? undefined : { lines: this.lines, index };
	}

	delete(id: string): boolean {
		return this.replace(id, null);
	}

	has(id: string): boolean {
		const value = this.changed.get(id);
		return value === undefined ? this.own(id) >= 0 : value !== null;
	}

	/** Card ids, the text's first (in order), then the others. */
	*keys(): IterableIterator<string> {
		for (const id of this.lines?.ids ?? []) if (this.changed.get(id) !== null) yield id;
		yield* this.extra;
	}

	get size(): number {
		return (this.lines?.ids.length ?? 0) - this.removed + this.added;
	}

	/** Changes whenever a card is added or removed (not when one changes). */
	get keysVersion(): number {
		return this.version;
	}

	/** The loaded text, when no card changed since loading. */
	unchangedText(): L | undefined {
		return this.pristine ? this.lines : undefined;
	}

	/** Takes a card's value from another store, sharing it (nothing changes when it has none). */
	adopt(id: string, other: PackedOverlay<L, V>): void {
		const value = other.at(id);
		if (value === undefined) return;
		const mine = this.at(id);
		// The same line of the same text (a copy's, see `copyOf`) is the same value: nothing to change.
		if (value === mine || (mine !== undefined && isLineRef(value) && isLineRef(mine) && value.lines === mine.lines && value.index === mine.index)) return;
		this.replace(id, value);
	}

	/** Makes this (an empty store) a copy of `other`, sharing its text and values (values are never changed in place). */
	protected copyOf(other: PackedOverlay<L, V>): void {
		this.lines = other.lines;
		for (const [id, value] of other.changed) this.changed.set(id, value);
		for (const id of other.extra) this.extra.add(id);
		this.added = other.added;
		this.removed = other.removed;
		this.pristine = other.pristine;
	}

	/**
	 * The own-line index of ids asked mostly in increasing order: walks the loaded lines alongside
	 * instead of searching them; undefined for an id changed since loading or asked out of order.
	 */
	protected ownIndexInOrder(): (id: string) => number | undefined {
		let cursor = 0;
		let previous = "";
		return (id) => {
			const lines = this.lines;
			if (this.changed.has(id) || !lines || id < previous) return undefined;
			previous = id;
			while (cursor < lines.ids.length && (lines.ids[cursor] as string) < id) cursor++;
			return lines.ids[cursor] === id ? cursor : -1;
		};
	}

	/** Visits every card in id order: as a line of a loaded text, or as a decoded value. */
	protected walkInOrder(line: (id: string, lines: L, index: number) => void, decoded: (id: string, value: V) => void): void {
		const own = this.lines?.ids ?? [];
		const others = [...this.changed.keys()].filter((id) => this.changed.get(id) !== null).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
		let i = 0;
		let j = 0;
		while (i < own.length || j < others.length) {
			const mine = own[i];
			const other = others[j];
			if (mine !== undefined && (other === undefined || mine < other)) {
				if (!this.changed.has(mine) && this.lines) line(mine, this.lines, i);
				i++;
				continue;
			}
			if (other === undefined) break;
			if (mine === other) i++;
			const value = this.changed.get(other) as V | LineRef<L>;
			if (isLineRef(value)) line(other, value.lines, value.index);
			else decoded(other, value);
			j++;
		}
	}

	/** Sets (or removes, with null) a card's value, keeping count of the ids (`ownIndex`: its line in `lines`, when known). Returns whether the card had one. */
	protected replace(id: string, value: V | LineRef<L> | null, ownIndex = this.own(id)): boolean {
		const inText = ownIndex >= 0;
		const current = this.changed.get(id);
		const had = current === undefined ? inText : current !== null;
		if (value === null && !had) return false;
		if (value === null && !inText) this.changed.delete(id);
		else this.changed.set(id, value);
		if (!inText) {
			if (value === null) this.extra.delete(id);
			else this.extra.add(id);
		}
		if (had !== (value !== null)) {
			this.version++;
			if (inText) this.removed += had ? 1 : -1;
			else this.added += had ? -1 : 1;
		}
		this.pristine = false;
		return had;
	}
}
