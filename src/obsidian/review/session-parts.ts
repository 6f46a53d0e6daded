import { Menu, setIcon } from "obsidian";
import { RATINGS, type CardInfo, type QueueCounts, type Rating } from "../../core";
import { moreIcon } from "../constants";
import { formatInterval } from "../format";
import type { LiveCollection } from "../indexing/live-collection";
import { formatNumber, language, t, type MessageKey } from "../i18n";
import type { ReviewSession } from "./review-session";

/** A button's label, as in Anki ("Again", "Hard", "Good", "Easy"). */
export const ratingLabel = (rating: Rating): string => t(`rating.${rating}`);
/** Class names of the answer buttons (never translated). */
const RATING_CLASSES: Record<Rating, string> = { 1: "is-again", 2: "is-hard", 3: "is-good", 4: "is-easy" };

/** A status line when indexing runs or saving is off; nothing otherwise. */
export function drawStatus(parent: HTMLElement, live: LiveCollection): void {
	if (live.readOnly !== null) {
		const warning = parent.createDiv({ cls: "flashcard-review-warning", attr: { role: "alert" } });
		warning.createEl("strong", { text: t("status.readOnly") });
		warning.appendText(` ${t("status.readOnlyDetail", { reason: live.readOnly })}`);
	} else if (live.indexing) {
		const progress = live.progress;
		// "Indexing 1,200 / 9,300 notes…" once the notes to read are counted.
		const text = progress && progress.total > 0 ? t("status.indexingProgress", { done: formatNumber(progress.done, { grouping: true }), total: formatNumber(progress.total, { grouping: true }) }) : t("status.indexing");
		parent.createDiv({ cls: "flashcard-review-status", text, attr: { role: "status" } });
	}
}

/** Which count a card belongs to (underlined while it is on screen, as Anki does). */
export function countKind(card: CardInfo | null): keyof QueueCounts | null {
	if (!card) return null;
	return card.state === "new" ? "new" : card.state === "review" ? "due" : "learn";
}


/** The remaining New · Learn · Due counts; the current card's bucket is marked (aria-current). */
export function drawCounts(parent: HTMLElement, counts: QueueCounts, current: keyof QueueCounts | null): HTMLElement {
	const el = parent.createDiv({ cls: "flashcard-review-counts", attr: { role: "group", "aria-label": t("count.group") } });
	for (const kind of ["new", "learn", "due"] as const) {
		const cell = el.createSpan({ cls: ["flashcard-review-count", `is-${kind}`] });
		cell.createSpan({ cls: "flashcard-review-count-value", text: String(counts[kind]) });
		// Readable by screen readers at every width; narrow panes show the colours only, as Anki does.
		cell.createSpan({ cls: "flashcard-review-count-label", text: ` ${t(`count.${kind}`).toLocaleLowerCase(language())}` });
		if (kind === current) {
			cell.addClass("is-current");
			cell.setAttr("aria-current", "true");
		}
	}
	return el;
}

/** Why a card is shown differently: its reversed side, or a leech. */
function drawBadges(parent: HTMLElement, card: CardInfo): void {
	if (isReverseSide(card)) parent.createSpan({ cls: ["flashcard-review-badge", "is-reverse"], text: t("session.reversed"), attr: { title: t("session.reversedTitle") } });
	if (card.leech) parent.createSpan({ cls: ["flashcard-review-badge", "is-leech"], text: t("session.leech"), attr: { title: t("session.leechTitle") } });
}

/** Whether `card` is the back→front side of a reversed card (the front→back side carries the note card's id). */
export function isReverseSide(card: Pick<CardInfo, "kind" | "id" | "noteCardId">): boolean {
	return card.kind === "reversed" && card.id !== card.noteCardId;
}

/**
 * deck › note › headings on one line. Each part gives way with an ellipsis when space runs out (deck
 * parts first, in full in their tooltip); narrow panes show only the nearest deck after a "…". The
 * note and headings open the note at the card's line. A deck named after its note is not repeated.
 */
export function drawBreadcrumb(parent: HTMLElement, card: CardInfo, open: (evt: MouseEvent) => void): void {
	const row = parent.createDiv("flashcard-review-card-meta");
	const note = card.path.split("/").pop()?.replace(/\.md$/, "") ?? card.path;
	const decks = card.deck.split("::");
	if (decks[decks.length - 1] === note) decks.pop();
	const nav = row.createEl("nav", { cls: "flashcard-review-breadcrumb", attr: { "aria-label": t("session.where") } });
	if (decks.length > 1) nav.createSpan({ cls: "flashcard-review-crumb-lead", text: "…", attr: { "aria-hidden": "true", title: decks.join(" › ") } });
	[...decks, note, ...card.context].forEach((text, i) => {
		const part = nav.createSpan("flashcard-review-crumb-part");
		if (i > 0) part.createSpan({ cls: "flashcard-review-crumb-separator", text: "›", attr: { "aria-hidden": "true" } });
		if (i < decks.length) {
			part.addClass("is-deck");
			if (i < decks.length - 1) part.addClass("is-outer");
			part.createSpan({ cls: "flashcard-review-crumb", text, attr: { title: text } });
			return;
		}
		// A link with an href, so that Tab reaches it and Enter follows it; the handler opens the note.
		const crumb = part.createEl("a", { cls: "flashcard-review-crumb", text, href: "#", attr: { title: t("session.openAtCard") } });
		crumb.addEventListener("click", (evt) => {
			evt.preventDefault();
			open(evt);
		});
	});
	drawBadges(row, card);
}

/** The big button that shows the answer. */
export function drawRevealButton(parent: HTMLElement, reveal: () => void): HTMLButtonElement {
	const button = parent.createEl("button", { cls: ["flashcard-review-reveal", "mod-cta"], text: t("session.showAnswer"), attr: { "aria-keyshortcuts": "Space Enter" } });
	button.createSpan({ cls: "flashcard-review-key", text: t("session.spaceKey"), attr: { "aria-hidden": "true" } });
	button.addEventListener("click", reveal);
	return button;
}

/** What a reminder's buttons mean (message keys): it has no answer to grade, only a wish for when to see it again. */
export const REMINDER_HINTS: Partial<Record<Rating, MessageKey>> = { 1: "reminder.soon", 3: "reminder.normal", 4: "reminder.later" };

/** Whether a rating can answer this card: a reminder has no Hard (there is no recall to grade). */
export function canAnswer(card: Pick<CardInfo, "kind">, rating: Rating): boolean {
	return card.kind !== "reminder" || REMINDER_HINTS[rating] !== undefined;
}

/**
 * The answer buttons, each with its key and the interval it gives: four, or for a reminder the three
 * that say how soon it should come back (Again soon, Good normal, Easy later).
 */
export function drawAnswerButtons(
	parent: HTMLElement,
	previews: Record<Rating, number>,
	now: number,
	answer: (rating: Rating) => void,
	reminder = false,
): void {
	if (reminder) parent.createDiv({ cls: "flashcard-review-answers-question", text: t("reminder.question") });
	const row = parent.createDiv({
		cls: reminder ? ["flashcard-review-answers", "is-reminder"] : "flashcard-review-answers",
		attr: { role: "group", "aria-label": reminder ? t("reminder.question") : t("session.answerGroup") },
	});
	for (const rating of RATINGS) {
		if (reminder && REMINDER_HINTS[rating] === undefined) continue;
		const interval = formatInterval(Math.max(0, previews[rating] - now));
		const hintKey = reminder ? REMINDER_HINTS[rating] : undefined;
		const label = hintKey === undefined ? ratingLabel(rating) : `${ratingLabel(rating)} · ${t(hintKey)}`;
		// Named by what it shows ("Again 1m", WCAG 2.5.3): the label comes first in the DOM (styles.css
		// puts the interval above it); the tooltip, read as its description, spells the interval out.
		const button = row.createEl("button", {
			cls: ["flashcard-review-answer", RATING_CLASSES[rating]],
			attr: { "data-rating": rating, title: t("session.nextReview", { interval, key: rating }), "aria-keyshortcuts": String(rating) },
		});
		button.createSpan({ cls: "flashcard-review-key", text: String(rating), attr: { "aria-hidden": "true" } });
		button.createSpan({ cls: "flashcard-review-answer-label", text: label });
		button.createSpan({ cls: "flashcard-review-interval", text: interval });
		button.addEventListener("click", () => answer(rating));
	}
}

/** One secondary action on the card on screen. */
export interface CardAction {
	/** Names the button in the DOM (data-action), whatever the language. */
	id: string;
	icon: string;
	label: string;
	key: string;
	/** Kept as an icon at every width; the others fold into the More menu in narrow panes. */
	pinned?: boolean;
	run(): void;
}

/**
 * The secondary actions as icon buttons (the key in the tooltip) and, when there are several, a
 * More menu that names each with its key, as Anki's More button does: on touch screens, where no
 * tooltip shows, and in narrow panes, where only the pinned icons stay, it is how they are found.
 */
export function drawCardActions(parent: HTMLElement, actions: readonly CardAction[]): void {
	const row = parent.createDiv({ cls: "flashcard-review-actions", attr: { role: "toolbar", "aria-label": t("action.toolbar") } });
	for (const action of actions) {
		const button = row.createEl("button", {
			cls: ["flashcard-review-action", "clickable-icon", action.pinned ? "is-pinned" : "is-foldable"],
			attr: { "aria-label": `${action.label} (${action.key})`, "aria-keyshortcuts": action.key.replace("Ctrl+", "Control+"), "data-action": action.id },
		});
		setIcon(button, action.icon);
		button.addEventListener("click", () => action.run());
	}
	if (actions.length < 2) return;
	const more = row.createEl("button", { cls: ["flashcard-review-action", "flashcard-review-more", "clickable-icon"], attr: { "aria-label": t("action.more"), "aria-haspopup": "menu", "data-action": "More" } });
	setIcon(more, moreIcon());
	more.addEventListener("click", () => {
		const menu = new Menu();
		for (const action of actions) menu.addItem((item) => item.setTitle(`${action.label} (${action.key})`).setIcon(action.icon).onClick(() => action.run()));
		const at = more.getBoundingClientRect();
		menu.showAtPosition({ x: at.left, y: at.bottom });
	});
}

/** Says that a session is a custom study, what it studies, and whether its answers reschedule. */
export function drawStudyBanner(parent: HTMLElement, session: Pick<ReviewSession, "target" | "reschedules">): void {
	const target = session.target;
	if (target.kind !== "study") return;
	const banner = parent.createDiv({ cls: "flashcard-review-study-banner", attr: { "data-reschedules": String(session.reschedules) } });
	banner.createSpan({ cls: "flashcard-review-study-title", text: t("session.studyBanner", { title: target.title }) });
	banner.createSpan({
		cls: "flashcard-review-study-mode",
		text: session.reschedules ? t("session.studyReschedules") : t("session.studyPractice"),
	});
}
