/**
 * Card info, as Anki's: where the card comes from, its memory now (retrievability, stability,
 * difficulty), when it is due, and every answer it was given with the interval and memory that followed.
 */
import { Modal, type App } from "obsidian";
import {
	cardRetrievability,
	formatLocalDateTime,
	type CardInfo,
	type CardState,
	type Rating,
	type ReviewEntry,
	type ReviewRecord,
} from "../../core";
import { formatInterval } from "../format";
import { count, oneDecimal, percent } from "./format";
import type { StatisticsHost } from "./statistics-host";

const RATING_LABELS: Readonly<Record<Rating, string>> = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" };
const STATE_LABELS: Readonly<Record<CardState, string>> = {
	new: "New",
	learning: "Learning",
	review: "Review",
	relearning: "Relearning",
};

export class CardInfoModal extends Modal {
	constructor(
		app: App,
		private readonly host: StatisticsHost,
		private readonly cardId: string,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("Card info");
		const { contentEl } = this;
		contentEl.empty();
		contentEl.addClass("flashcard-review-card-info");
		const card = this.host.cards().find((c) => c.id === this.cardId);
		if (!card) {
			contentEl.createEl("p", { cls: "flashcard-review-stats-empty", text: "This card is no longer in your notes." });
			return;
		}
		this.facts(contentEl, card);
		this.historyTable(contentEl, this.host.history(card.id));
		this.practiceList(contentEl, this.host.practice?.(card.id) ?? []);
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	private facts(parent: HTMLElement, card: CardInfo): void {
		const now = this.host.now();
		const { utcOffset } = this.host.options();
		const list = parent.createEl("dl", { cls: "flashcard-review-card-facts" });
		const fact = (term: string, value: string): HTMLElement => {
			list.createEl("dt", { text: term });
			return list.createEl("dd", { text: value });
		};
		fact("Front", card.front.length > 120 ? `${card.front.slice(0, 117)}…` : card.front);
		const note = fact("Note", "");
		const link = note.createEl("a", { cls: "flashcard-review-card-note", text: `${card.path}, line ${card.line + 1}`, href: "#" });
		link.addEventListener("click", (evt) => {
			evt.preventDefault();
			this.host.openNote?.(card.path, card.line);
			this.close();
		});
		fact("Deck", card.deck);
		fact("State", card.suspended ? `${STATE_LABELS[card.state]} (suspended)` : STATE_LABELS[card.state]);
		if (card.state !== "new") {
			const due = card.due - now;
			fact("Due", `${formatLocalDateTime(card.due, utcOffset)} (${due > 0 ? `in ${formatInterval(due)}` : "now"})`);
			fact("Retrievability", percent(cardRetrievability(card, now, this.host.options().decay)));
			fact("Stability", `${oneDecimal(card.stability)} days`);
			fact("Difficulty", `${oneDecimal(card.difficulty)} / 10`);
		}
		fact("Reviews", count(card.reps));
		fact("Lapses", card.leech ? `${count(card.lapses)} (leech)` : count(card.lapses));
	}

	/** Practice answers: in the history, apart, since they changed nothing. */
	private practiceList(parent: HTMLElement, entries: readonly ReviewEntry[]): void {
		if (entries.length === 0) return;
		const { utcOffset } = this.host.options();
		parent.createEl("h3", { text: "Practice (did not reschedule)" });
		const list = parent.createEl("ul", { cls: "flashcard-review-card-practice" });
		for (const entry of [...entries].sort((a, b) => b.time - a.time)) {
			list.createEl("li", { cls: `flashcard-review-answer-${entry.rating}`, text: `${formatLocalDateTime(entry.time, utcOffset)}: ${RATING_LABELS[entry.rating]}` });
		}
	}

	private historyTable(parent: HTMLElement, records: readonly ReviewRecord[]): void {
		if (records.length === 0) {
			parent.createEl("p", { cls: "flashcard-review-stats-empty", text: "Not answered yet." });
			return;
		}
		const { utcOffset } = this.host.options();
		const table = parent.createEl("table", { cls: ["flashcard-review-stats-table", "flashcard-review-card-history"] });
		const head = table.createEl("thead").createEl("tr");
		for (const label of ["Date", "Answer", "Interval", "Stability", "Difficulty"]) {
			head.createEl("th", { text: label, attr: { scope: "col" } });
		}
		const body = table.createEl("tbody");
		// Newest first, as Anki lists them.
		for (const record of [...records].sort((a, b) => b.time - a.time)) {
			const tr = body.createEl("tr");
			tr.createEl("td", { text: formatLocalDateTime(record.time, utcOffset) });
			tr.createEl("td", {
				cls: `flashcard-review-answer-${record.rating}`,
				text: RATING_LABELS[record.rating],
				title: `${STATE_LABELS[record.stateBefore]} → ${STATE_LABELS[record.state]}`,
			});
			tr.createEl("td", { text: formatInterval(record.due - record.time) });
			tr.createEl("td", { text: `${oneDecimal(record.stability)} d` });
			tr.createEl("td", { text: oneDecimal(record.difficulty) });
		}
	}
}

/** Opens the card info of a card. */
export function openCardInfo(app: App, host: StatisticsHost, cardId: string): void {
	new CardInfoModal(app, host, cardId).open();
}
