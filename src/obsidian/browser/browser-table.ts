import type { CardInfo } from "../../core";
import { t } from "../i18n";
import { COLUMNS, type ColumnContext, type SortOrder } from "./browser-columns";
import type { BrowserSelection } from "./browser-selection";

/** Height of a row in px; styles.css gives rows the same (`--flashcard-review-browser-row`). */
export const ROW_HEIGHT = 28;
/** Rows drawn above and below the visible ones, so a fast scroll shows no gap. */
const OVERSCAN = 10;
/** Visible rows assumed before the table has a size (first draw, tests without layout). */
const DEFAULT_VISIBLE = 30;

/** What the table tells the view. */
export interface TableEvents {
	/** The selection or cursor changed (a click or a key). */
	selectionChanged(): void;
	/** Enter or a double click on a row. */
	rowOpened(id: string): void;
	sortChanged(order: SortOrder | null): void;
}

/**
 * A virtualised table of cards: only the rows in view (and a few around them) exist in the DOM, so
 * 50,000 cards scroll like 50. Sortable column headers; rows selected with the mouse (click,
 * Ctrl/Cmd+click, Shift+click) and the keyboard (arrows, Shift+arrows, Page up/down, Home, End,
 * Ctrl/Cmd+A, Enter opens).
 */
export class BrowserTable {
	readonly el: HTMLElement;
	private readonly headEl: HTMLElement;
	readonly scrollEl: HTMLElement;
	private readonly sizerEl: HTMLElement;
	private cards: readonly CardInfo[] = [];
	private order: SortOrder | null = null;
	/** First and last drawn row, to skip redraws a small scroll does not need. */
	private drawn: [number, number] = [-1, -1];

	constructor(
		parent: HTMLElement,
		private readonly selection: BrowserSelection,
		private readonly context: () => ColumnContext,
		private readonly events: TableEvents,
	) {
		this.el = parent.createDiv({ cls: "flashcard-review-browser-table", attr: { role: "grid", tabindex: "0", "aria-multiselectable": "true" } });
		this.headEl = this.el.createDiv({ cls: "flashcard-review-browser-head", attr: { role: "row" } });
		this.scrollEl = this.el.createDiv("flashcard-review-browser-scroll");
		this.sizerEl = this.scrollEl.createDiv("flashcard-review-browser-sizer");
		this.scrollEl.addEventListener("scroll", () => this.drawRows());
		this.el.addEventListener("keydown", (evt) => this.onKey(evt));
		this.drawHead();
	}

	/** Shows these cards (already sorted) in this order. */
	setCards(cards: readonly CardInfo[], order: SortOrder | null): void {
		this.cards = cards;
		this.order = order;
		this.sizerEl.setCssProps({ "--flashcard-review-browser-rows": String(cards.length) });
		this.drawHead();
		this.redraw();
	}

	/** Draws the rows in view again (selection or data changed). */
	redraw(): void {
		this.drawn = [-1, -1];
		this.drawRows();
	}

	private visibleRows(): number {
		const height = this.scrollEl.clientHeight;
		return height > 0 ? Math.ceil(height / ROW_HEIGHT) : DEFAULT_VISIBLE;
	}

	private drawHead(): void {
		this.headEl.empty();
		for (const column of COLUMNS) {
			const sorted = this.order?.column === column.id ? (this.order.descending ? "descending" : "ascending") : "none";
			const cell = this.headEl.createEl("button", {
				cls: ["flashcard-review-browser-cell", `is-${column.id}`],
				text: t(column.title),
				attr: { role: "columnheader", "aria-sort": sorted, "data-column": column.id },
			});
			if (column.numeric) cell.addClass("is-numeric");
			cell.addEventListener("click", () => {
				// Ascending, then descending, then back to note order.
				const next: SortOrder | null = sorted === "none" ? { column: column.id, descending: false } : sorted === "ascending" ? { column: column.id, descending: true } : null;
				this.events.sortChanged(next);
			});
		}
	}

	private drawRows(): void {
		const first = Math.max(0, Math.floor(this.scrollEl.scrollTop / ROW_HEIGHT) - OVERSCAN);
		const last = Math.min(this.cards.length, first + this.visibleRows() + 2 * OVERSCAN);
		if (first === this.drawn[0] && last === this.drawn[1]) return;
		this.drawn = [first, last];
		this.sizerEl.empty();
		const ctx = this.context();
		for (let i = first; i < last; i++) this.drawRow(this.cards[i] as CardInfo, i, ctx);
	}

	private drawRow(card: CardInfo, index: number, ctx: ColumnContext): void {
		const selected = this.selection.has(card.id);
		const row = this.sizerEl.createDiv({
			cls: "flashcard-review-browser-row",
			attr: { role: "row", "aria-selected": String(selected), "aria-rowindex": String(index + 2), "data-card": card.id },
		});
		row.setCssProps({ "--flashcard-review-browser-index": String(index) });
		if (selected) row.addClass("is-selected");
		if (this.selection.cursor === card.id) row.addClass("is-cursor");
		if (card.suspended) row.addClass("is-suspended");
		if (card.buried) row.addClass("is-buried");
		for (const column of COLUMNS) {
			const cell = row.createDiv({ cls: ["flashcard-review-browser-cell", `is-${column.id}`], text: column.text(card, ctx), attr: { role: "gridcell" } });
			if (column.numeric) cell.addClass("is-numeric");
		}
		row.addEventListener("click", (evt) => {
			this.selection.click(card.id, { toggle: evt.ctrlKey || evt.metaKey, range: evt.shiftKey });
			this.el.focus({ preventScroll: true });
			this.events.selectionChanged();
		});
		row.addEventListener("dblclick", () => this.events.rowOpened(card.id));
	}

	/** Scrolls just enough to show a row. */
	private reveal(index: number): void {
		if (index < 0) return;
		const top = index * ROW_HEIGHT;
		const height = this.scrollEl.clientHeight || DEFAULT_VISIBLE * ROW_HEIGHT;
		if (top < this.scrollEl.scrollTop) this.scrollEl.scrollTop = top;
		else if (top + ROW_HEIGHT > this.scrollEl.scrollTop + height) this.scrollEl.scrollTop = top + ROW_HEIGHT - height;
	}

	private onKey(evt: KeyboardEvent): void {
		const page = Math.max(1, this.visibleRows() - 1);
		const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: page, PageUp: -page, Home: -Infinity, End: Infinity };
		const by = moves[evt.key];
		if (by !== undefined) {
			this.selection.move(Number.isFinite(by) ? by : by > 0 ? this.cards.length : -this.cards.length, evt.shiftKey);
			this.reveal(this.selection.cursorIndex());
		} else if (evt.key.toLowerCase() === "a" && (evt.ctrlKey || evt.metaKey)) {
			this.selection.selectAll();
		} else if (evt.key === "Enter" && this.selection.cursor !== null) {
			this.events.rowOpened(this.selection.cursor);
			evt.preventDefault();
			return;
		} else return;
		evt.preventDefault();
		this.redraw();
		this.events.selectionChanged();
	}
}
