import { setIcon, type TFile } from "obsidian";
import type { CardInfo } from "../../core";
import { PLUGIN_ICON, VIEW_TYPE_PANE } from "../constants";
import { formatDue } from "../format";
import { openNoteAt } from "../review/note-opener";
import { ReviewViewBase } from "../review/review-view-base";
import type { Placement } from "../review/session-screen";
import { t } from "../i18n";

/** The right-sidebar pane: decks with counts, the active note's cards, and reviews right here. */
export class ReviewPane extends ReviewViewBase {
	override icon = PLUGIN_ICON;
	private decksOpen = true;

	getViewType(): string {
		return VIEW_TYPE_PANE;
	}

	getDisplayText(): string {
		return t("view.pane");
	}

	protected placement(): Placement {
		return "side";
	}

	protected override async onOpen(): Promise<void> {
		this.registerEvent(this.app.workspace.on("file-open", () => this.redrawHome()));
		await super.onOpen();
	}

	protected drawHome(el: HTMLElement): void {
		const decks = el.createDiv("flashcard-review-pane-section");
		const header = decks.createDiv({ cls: "flashcard-review-section-header", attr: { role: "button", tabindex: 0, "aria-expanded": this.decksOpen } });
		setIcon(header.createSpan("flashcard-review-section-toggle"), this.decksOpen ? "chevron-down" : "chevron-right");
		header.createSpan({ text: t("home.decks") });
		const toggle = (): void => {
			this.decksOpen = !this.decksOpen;
			this.redrawHome();
		};
		header.addEventListener("click", toggle);
		header.addEventListener("keydown", (evt) => {
			if (evt.key !== "Enter" && evt.key !== " ") return;
			evt.preventDefault();
			toggle();
		});
		if (this.decksOpen) this.drawDecks(decks.createDiv());
		this.drawStatisticsButton(el);
		const file = this.app.workspace.getActiveFile();
		if (file?.extension === "md") this.drawNote(el.createDiv("flashcard-review-pane-section"), file);
	}

	private drawNote(el: HTMLElement, file: TFile): void {
		el.createDiv({ cls: "flashcard-review-section-header", text: t("pane.thisNote", { note: file.basename }) });
		const cards = this.services.live.cardsIn(file.path);
		if (cards.length === 0) {
			el.createDiv({ cls: "flashcard-review-muted", text: t("pane.noCards") });
			return;
		}
		const review = el.createEl("button", { cls: "flashcard-review-start", text: t("pane.reviewNote") });
		review.addEventListener("click", () => this.reviewHere({ kind: "note", path: file.path }));
		const list = el.createEl("ul", "flashcard-review-note-cards");
		const now = this.services.now().getTime();
		for (const card of cards) {
			const item = list.createEl("li", { cls: "flashcard-review-note-card", attr: { "data-card": card.id } });
			const front = plainFront(card);
			// The question is a link (Tab reaches it, Enter opens the card's line); the whole row stays clickable.
			item.createEl("a", { cls: "flashcard-review-note-card-front", text: front, href: "#" });
			item.createSpan({ cls: ["flashcard-review-state", `is-${card.state}`], text: stateLabel(card) });
			item.createSpan({ cls: "flashcard-review-due", text: dueLabel(card, now) });
			item.addEventListener("click", (evt) => {
				evt.preventDefault();
				void openNoteAt(this.app, card.path, card.line, false);
			});
			const cardInfo = this.services.openCardInfo;
			if (cardInfo) {
				const info = item.createEl("button", { cls: "flashcard-review-card-info-button clickable-icon", attr: { "aria-label": t("pane.cardInfo", { card: front }) } });
				setIcon(info, "info");
				info.addEventListener("click", (evt) => {
					evt.stopPropagation();
					cardInfo(card.id);
				});
			}
		}
	}
}

function stateLabel(card: CardInfo): string {
	if (card.suspended) return t("state.suspended");
	if (card.buried) return t("state.buried");
	return t(`state.${card.state}`);
}

function dueLabel(card: CardInfo, now: number): string {
	if (card.state === "new" || card.suspended) return "";
	return card.due <= now ? t("pane.dueNow") : t("pane.due", { when: formatDue(card.due, now) });
}

/** The first line of the question without Markdown marks, for a compact list. */
function plainFront(card: CardInfo): string {
	const first = card.front.split("\n").find((line) => line.trim() !== "") ?? "";
	const text = first.replace(/[#*_`>=[\]{}]|::|^\s*[-+]\s/g, "").trim();
	const label = card.kind === "cloze" && card.cloze !== undefined ? `${text} (c${card.cloze})` : text;
	return label.length > 80 ? `${label.slice(0, 79)}…` : label;
}
