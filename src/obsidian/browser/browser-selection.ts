/**
 * Which rows of the browser are selected, and the cursor the keyboard moves: a click selects one
 * row, Ctrl/Cmd+click toggles one, Shift+click or Shift+arrow selects a range from the anchor.
 * Rows are card ids in table order; the selection survives a re-sort and drops cards that left.
 */
export class BrowserSelection {
	private readonly selected = new Set<string>();
	private anchor: string | null = null;
	/** The row the keyboard is on (the card shown beside the table). */
	cursor: string | null = null;

	constructor(private rows: readonly string[] = []) {}

	/** New rows (a search, a sort, a change): keeps what is still there. */
	setRows(rows: readonly string[]): void {
		this.rows = rows;
		const present = new Set(rows);
		for (const id of this.selected) if (!present.has(id)) this.selected.delete(id);
		if (this.cursor !== null && !present.has(this.cursor)) this.cursor = null;
		if (this.anchor !== null && !present.has(this.anchor)) this.anchor = null;
	}

	has(id: string): boolean {
		return this.selected.has(id);
	}

	/** Selected ids in table order. */
	ids(): string[] {
		return this.rows.filter((id) => this.selected.has(id));
	}

	get size(): number {
		return this.selected.size;
	}

	/** A click on a row: `toggle` for Ctrl/Cmd, `range` for Shift. */
	click(id: string, how: { toggle?: boolean; range?: boolean } = {}): void {
		if (how.range && this.anchor !== null) {
			if (!how.toggle) this.selected.clear();
			for (const rowId of this.between(this.anchor, id)) this.selected.add(rowId);
		} else if (how.toggle) {
			if (this.selected.has(id)) this.selected.delete(id);
			else this.selected.add(id);
			this.anchor = id;
		} else {
			this.selected.clear();
			this.selected.add(id);
			this.anchor = id;
		}
		this.cursor = id;
	}

	/** Arrow keys and Home/End: moves the cursor `by` rows (clamped); `range` extends the selection. */
	move(by: number, range = false): void {
		if (this.rows.length === 0) return;
		const at = this.cursor === null ? (by > 0 ? -1 : this.rows.length) : this.rows.indexOf(this.cursor);
		const next = this.rows[Math.min(this.rows.length - 1, Math.max(0, at + by))] as string;
		this.click(next, { range });
	}

	/** Ctrl/Cmd+A. */
	selectAll(): void {
		for (const id of this.rows) this.selected.add(id);
	}

	clear(): void {
		this.selected.clear();
		this.anchor = null;
	}

	/** Index of the cursor's row, or -1. */
	cursorIndex(): number {
		return this.cursor === null ? -1 : this.rows.indexOf(this.cursor);
	}

	private between(a: string, b: string): string[] {
		const i = this.rows.indexOf(a);
		const j = this.rows.indexOf(b);
		if (i < 0 || j < 0) return [b];
		return this.rows.slice(Math.min(i, j), Math.max(i, j) + 1);
	}
}
