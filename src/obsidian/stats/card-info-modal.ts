/**
 * Card info, as Anki's: where the card comes from, its memory now (retrievability, stability,
 * difficulty), when it is due, and every answer it was given with the interval and memory that followed.
 */
import { Modal, type App } from "obsidian";
import { cardRetrievability, formatLocalDateTime, type CardInfo, type CardState, type Rating, type ReviewEntry, type ReviewRecord } from "../../core";
import { formatInterval } from "../format";
import { t } from "../i18n";
import { count, oneDecimal, percent } from "./format";
import type { StatisticsHost } from "./statistics-host";

const ratingLabel = (rating: Rating): string => t(`rating.${rating}`);
const stateLabel = (state: CardState): string => t(`state.${state}`);

export class CardInfoModal extends Modal {
	constructor(
		app: App,
		private readonly host: StatisticsHost,
		private readonly cardId: string,
	) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle(t("action.cardInfo"));
		const { contentEl } = this;
		contentEl.empty();
		contentEl.addClass("flashcard-review-card-info");
		const card = this.host.card(this.cardId);
		if (!card) {
			contentEl.createEl("p", { cls: "flashcard-review-stats-empty", text: t("cardInfo.gone") });
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
		fact(t("cardInfo.front"), card.front.length > 120 ? `${card.front.slice(0, 117)}…` : card.front);
		const note = fact(t("column.note"), "");
		const link = note.createEl("a", { cls: "flashcard-review-card-note", text: t("cardInfo.noteLine", { path: card.path, line: card.line + 1 }), href: "#" });
		link.addEventListener("click", (evt) => {
			evt.preventDefault();
			this.host.openNote?.(card.path, card.line);
			this.close();
		});
		fact(t("column.deck"), card.deck);
		fact(t("study.state"), card.suspended ? t("cardInfo.suspended", { state: stateLabel(card.state) }) : stateLabel(card.state));
		if (card.state !== "new") {
			const due = card.due - now;
			const when = due > 0 ? t("when.in", { interval: formatInterval(due) }) : t("when.now");
			fact(t("column.due"), t("cardInfo.dueAt", { date: formatLocalDateTime(card.due, utcOffset), when }));
			fact(t("column.retrievability"), percent(cardRetrievability(card, now, this.host.options().decay)));
			fact(t("column.stability"), t("cardInfo.stabilityDays", { days: oneDecimal(card.stability) }));
			fact(t("column.difficulty"), t("cardInfo.difficultyOf", { value: oneDecimal(card.difficulty) }));
		}
		fact(t("column.reviews"), count(card.reps));
		fact(t("column.lapses"), card.leech ? t("cardInfo.leech", { lapses: count(card.lapses) }) : count(card.lapses));
	}

	/** Practice answers: in the history, apart, since they changed nothing. */
	private practiceList(parent: HTMLElement, entries: readonly ReviewEntry[]): void {
		if (entries.length === 0) return;
		const { utcOffset } = this.host.options();
		parent.createEl("h3", { text: t("cardInfo.practice") });
		const list = parent.createEl("ul", { cls: "flashcard-review-card-practice" });
		for (const entry of [...entries].sort((a, b) => b.time - a.time)) {
			list.createEl("li", { cls: `flashcard-review-answer-${entry.rating}`, text: t("cardInfo.practiceEntry", { date: formatLocalDateTime(entry.time, utcOffset), rating: ratingLabel(entry.rating) }) });
		}
	}

	private historyTable(parent: HTMLElement, records: readonly ReviewRecord[]): void {
		if (records.length === 0) {
			parent.createEl("p", { cls: "flashcard-review-stats-empty", text: t("cardInfo.notAnswered") });
			return;
		}
		const { utcOffset } = this.host.options();
		const table = parent.createEl("table", { cls: ["flashcard-review-stats-table", "flashcard-review-card-history"] });
		const head = table.createEl("thead").createEl("tr");
		for (const label of [t("cardInfo.date"), t("cardInfo.answer"), t("column.interval"), t("column.stability"), t("column.difficulty")]) {
			head.createEl("th", { text: label, attr: { scope: "col" } });
		}
		const body = table.createEl("tbody");
		// Newest first, as Anki lists them.
		for (const record of [...records].sort((a, b) => b.time - a.time)) {
			const tr = body.createEl("tr");
			tr.createEl("td", { text: formatLocalDateTime(record.time, utcOffset) });
			tr.createEl("td", {
				cls: `flashcard-review-answer-${record.rating}`,
				text: ratingLabel(record.rating),
				title: `${stateLabel(record.stateBefore)} → ${stateLabel(record.state)}`,
			});
			tr.createEl("td", { text: formatInterval(record.due - record.time) });
			tr.createEl("td", { text: t("column.stabilityDays", { days: oneDecimal(record.stability) }) });
			tr.createEl("td", { text: oneDecimal(record.difficulty) });
		}
	}
}

/** Opens the card info of a card. */
export function openCardInfo(app: App, host: StatisticsHost, cardId: string): void {
	new CardInfoModal(app, host, cardId).open();
}
