import { setIcon } from "obsidian";
import { formatInterval, RATINGS, type CardInfo, type QueueCounts, type Rating } from "../core";
import { deckLabel } from "./format";
import type { LiveCollection } from "./live-collection";

/** Button labels in Anki's order. */
export const RATING_LABELS: Record<Rating, string> = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" };

/** A status line when indexing runs or saving is off; nothing otherwise. */
export function drawStatus(parent: HTMLElement, live: LiveCollection): void {
	if (live.readOnly !== null) {
		const warning = parent.createDiv({ cls: "flashcard-review-warning", attr: { role: "alert" } });
		warning.createEl("strong", { text: "Read-only: answers are not saved." });
		warning.appendText(` The flashcard data file could not be read (${live.readOnly}), so it is left untouched until it is fixed.`);
	} else if (live.indexing) {
		parent.createDiv({ cls: "flashcard-review-status", text: "Indexing…", attr: { role: "status" } });
	}
}

/** Which count a card belongs to (underlined while it is on screen, as Anki does). */
export function countKind(card: CardInfo | null): keyof QueueCounts | null {
	if (!card) return null;
	return card.state === "new" ? "new" : card.state === "review" ? "due" : "learn";
}

/** The remaining New · Learn · Due counts. */
export function drawCounts(parent: HTMLElement, counts: QueueCounts, current: keyof QueueCounts | null): HTMLElement {
	const el = parent.createDiv({ cls: "flashcard-review-counts", attr: { "aria-label": "Cards left today" } });
	const cell = (kind: keyof QueueCounts, title: string): void => {
		const span = el.createSpan({ cls: ["flashcard-review-count", `is-${kind}`], text: String(counts[kind]), attr: { title } });
		if (kind === current) span.addClass("is-current");
	};
	cell("new", "New");
	cell("learn", "Learning");
	cell("due", "To review");
	return el;
}

/** deck › note › headings; each part opens the note at the card's line. */
export function drawBreadcrumb(parent: HTMLElement, card: CardInfo, open: (evt: MouseEvent) => void): void {
	const nav = parent.createEl("nav", { cls: "flashcard-review-breadcrumb", attr: { "aria-label": "Where this card comes from" } });
	nav.createSpan({ cls: "flashcard-review-crumb is-deck", text: deckLabel(card.deck) });
	const note = card.path.split("/").pop()?.replace(/\.md$/, "") ?? card.path;
	for (const text of [note, ...card.context]) {
		nav.createSpan({ cls: "flashcard-review-crumb-separator", text: "›", attr: { "aria-hidden": "true" } });
		const crumb = nav.createEl("a", { cls: "flashcard-review-crumb", text, attr: { title: `Open ${card.path}` } });
		crumb.addEventListener("click", open);
	}
	if (card.leech) nav.createSpan({ cls: "flashcard-review-badge", text: "Leech", attr: { title: "This card keeps being forgotten" } });
}

/** The big button that shows the answer. */
export function drawRevealButton(parent: HTMLElement, reveal: () => void): HTMLButtonElement {
	const button = parent.createEl("button", { cls: ["flashcard-review-reveal", "mod-cta"], text: "Show answer" });
	button.createSpan({ cls: "flashcard-review-key", text: "Space" });
	button.addEventListener("click", reveal);
	return button;
}

/** The four answer buttons, each with the interval it gives. */
export function drawAnswerButtons(parent: HTMLElement, previews: Record<Rating, number>, now: number, answer: (rating: Rating) => void): void {
	const row = parent.createDiv({ cls: "flashcard-review-answers", attr: { role: "group", "aria-label": "Answer" } });
	for (const rating of RATINGS) {
		const interval = formatInterval(Math.max(0, previews[rating] - now));
		const button = row.createEl("button", {
			cls: ["flashcard-review-answer", `is-${RATING_LABELS[rating].toLowerCase()}`],
			attr: { "data-rating": rating, "aria-label": `${RATING_LABELS[rating]}: next review in ${interval} (key ${rating})` },
		});
		button.createSpan({ cls: "flashcard-review-interval", text: interval });
		button.createSpan({ cls: "flashcard-review-answer-label", text: RATING_LABELS[rating] });
		button.addEventListener("click", () => answer(rating));
	}
}

/** One small action under the card. */
export interface CardAction {
	icon: string;
	label: string;
	key: string;
	run(): void;
}

/** The row of secondary actions (bury, suspend, open, edit, undo) with their keys in the tooltip. */
export function drawCardActions(parent: HTMLElement, actions: readonly CardAction[]): void {
	const row = parent.createDiv("flashcard-review-actions");
	for (const action of actions) {
		const button = row.createEl("button", { cls: "flashcard-review-action clickable-icon", attr: { "aria-label": `${action.label} (${action.key})`, "data-action": action.label } });
		setIcon(button, action.icon);
		button.addEventListener("click", () => action.run());
	}
}
