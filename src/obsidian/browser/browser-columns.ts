import { cardIntervalDays, cardRetrievability, formatLocalDate, dayNumber, type CardInfo, type UtcOffset } from "../../core";
import { formatInterval } from "../format";
import { formatNumber, formatPercent, t, type MessageKey } from "../i18n";

/** What the columns read besides the card. */
export interface ColumnContext {
	/** Epoch ms now. */
	now: number;
	utcOffset: UtcOffset;
	dayStartHour: number;
	/** FSRS decay, for retrievability. */
	decay?: number;
}

/** A column of the card browser: its title, the value it sorts by, the text it shows. */
export interface BrowserColumn {
	id: ColumnId;
	/** The header's text, looked up when drawn (the language is read once the app is up). */
	title: MessageKey;
	/** Sort key; new cards sort after studied ones in the memory columns (null). */
	value(card: CardInfo, ctx: ColumnContext): number | string | null;
	text(card: CardInfo, ctx: ColumnContext): string;
	/** Numbers are right-aligned. */
	numeric?: boolean;
}

export type ColumnId = "question" | "deck" | "due" | "interval" | "stability" | "difficulty" | "retrievability" | "reviews" | "lapses" | "added" | "note";

const studied = (card: CardInfo): boolean => card.state !== "new";
const day = (time: number, ctx: ColumnContext): string => formatLocalDate(dayNumber(time, ctx.dayStartHour, ctx.utcOffset));

/** One line of a card's question, Markdown marks and line breaks flattened. */
export function questionText(card: CardInfo): string {
	return card.front.replace(/\s+/g, " ").trim();
}

/** Every column, in the order shown. */
export const COLUMNS: readonly BrowserColumn[] = [
	{ id: "question", title: "column.question", value: (c) => questionText(c).toLowerCase(), text: questionText },
	{ id: "deck", title: "column.deck", value: (c) => c.deck.toLowerCase(), text: (c) => c.deck },
	{
		id: "due",
		title: "column.due",
		value: (c) => (studied(c) ? c.due : null),
		text: (c, ctx) => (c.suspended ? t("state.suspended") : studied(c) ? day(c.due, ctx) : t("state.new")),
	},
	{ id: "interval", title: "column.interval", numeric: true, value: (c) => (studied(c) ? cardIntervalDays(c) : null), text: (c) => (studied(c) ? formatInterval(Math.max(cardIntervalDays(c), 0) * 86_400_000) : "") },
	{ id: "stability", title: "column.stability", numeric: true, value: (c) => (studied(c) ? c.stability : null), text: (c) => (studied(c) ? t("column.stabilityDays", { days: formatNumber(c.stability, { decimals: 1, fixed: true }) }) : "") },
	{ id: "difficulty", title: "column.difficulty", numeric: true, value: (c) => (studied(c) ? c.difficulty : null), text: (c) => (studied(c) ? formatNumber(c.difficulty, { decimals: 1, fixed: true }) : "") },
	{
		id: "retrievability",
		title: "column.retrievability",
		numeric: true,
		value: (c, ctx) => cardRetrievability(c, ctx.now, ctx.decay),
		text: (c, ctx) => {
			const r = cardRetrievability(c, ctx.now, ctx.decay);
			return r === null ? "" : formatPercent(r, 0);
		},
	},
	{ id: "reviews", title: "column.reviews", numeric: true, value: (c) => c.reps, text: (c) => String(c.reps) },
	{ id: "lapses", title: "column.lapses", numeric: true, value: (c) => c.lapses, text: (c) => String(c.lapses) },
	{ id: "added", title: "column.added", value: (c) => c.added, text: (c, ctx) => day(c.added, ctx) },
	{ id: "note", title: "column.note", value: (c) => `${c.path.toLowerCase()}\u0000${String(c.line).padStart(8, "0")}`, text: (c) => c.path.replace(/\.md$/, "") },
];

/** How the table is sorted: a column and a direction; null keeps note order. */
export interface SortOrder {
	column: ColumnId;
	descending: boolean;
}

/** Cards sorted by a column (empty values last in either direction), ties kept in note order. */
export function sortCards(cards: readonly CardInfo[], order: SortOrder | null, ctx: ColumnContext): CardInfo[] {
	const column = order && COLUMNS.find((c) => c.id === order.column);
	if (!order || !column) return [...cards];
	const keyed = cards.map((card, index) => ({ card, index, key: column.value(card, ctx) }));
	const sign = order.descending ? -1 : 1;
	keyed.sort((a, b) => {
		if (a.key === null || b.key === null) return a.key === b.key ? a.index - b.index : a.key === null ? 1 : -1;
		const diff = a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
		return sign * diff || a.index - b.index;
	});
	return keyed.map((k) => k.card);
}
