import { Component, Keymap, Notice, type App, type PaneType } from "obsidian";
import type { Rating } from "../core";
import { CardRenderer } from "./card-renderer";
import { cardSides } from "./cloze-markdown";
import { drawFinished } from "./finished-view";
import type { CardsChange, LiveCollection } from "./live-collection";
import { openNoteAt } from "./note-opener";
import { ReviewSession, type SessionTarget } from "./review-session";
import { hasFocus, keepFocus, scrollToAnswer } from "./scroll-focus";
import { canAnswer, countKind, drawAnswerButtons, drawBreadcrumb, drawCardActions, drawCounts, drawRevealButton, drawStatus } from "./session-parts";

/** What a review screen needs from the plugin. */
export interface ScreenDeps {
	app: App;
	live: LiveCollection;
	now(): Date;
	save(): void;
	/** Opens the statistics view, when one exists. */
	openStatistics: ((deck?: string) => void) | null;
	/** Shows a card's info (history, memory, due date), when available. */
	openCardInfo?: (cardId: string) => void;
}

/** The finished screen waits by itself for a next card due this soon. */
const WAKE_WITHIN_MS = 60 * 60_000;
/**
 * Space, Enter and the big buttons are ignored this soon after the screen changed: the second half of
 * a double press or a double click must not answer the card it just revealed (or reveal the next).
 */
const SETTLE_MS = 300;

/** Where the screen lives: a main-area tab (notes open beside it) or a sidebar. */
export type Placement = "main" | "side";

/**
 * One review session on screen: question, then answer with the four buttons, then the next card;
 * the finished screen at the end. Used by the review view and the sidebar pane alike.
 */
export class SessionScreen extends Component {
	readonly session: ReviewSession;
	private readonly renderer: CardRenderer;
	private drawing = 0;
	private acting = false;
	private questionEl: HTMLElement | null = null;
	private answerEl: HTMLElement | null = null;
	private controlsEl: HTMLElement | null = null;
	private statusEl: HTMLElement | null = null;
	private answerShown = false;
	private wakeTimer = 0;
	/** Epoch ms when a card or its answer last appeared. */
	private changedAt = 0;
	/** The card drawn last, so that a new card starts at the top. */
	private drawnId: string | null = null;

	/** `scrollEl` is the element that scrolls (the view's content), `el` the one the screen fills. */
	constructor(
		private readonly deps: ScreenDeps,
		private readonly el: HTMLElement,
		target: SessionTarget,
		private readonly placement: Placement,
		private readonly exit: () => void,
		private readonly scrollEl: HTMLElement = el,
	) {
		super();
		this.session = new ReviewSession(deps.live, target, () => deps.now());
		this.renderer = new CardRenderer(deps.app, this);
	}

	override onload(): void {
		this.register(this.deps.live.changed.on((change) => this.onCardsChanged(change)));
		this.session.next();
		void this.draw();
	}

	override onunload(): void {
		window.clearTimeout(this.wakeTimer);
		this.drawing++;
		this.renderer.clear();
		this.el.empty();
	}

	/** The note of the card on screen (links in it resolve from there). */
	sourcePath(): string | null {
		return this.session.current?.path ?? null;
	}

	/** Space / Enter: show the answer, or answer Good once it shows. */
	primary(): void {
		if (!this.session.current || this.settling()) return;
		if (this.session.revealed) this.answer(3);
		else this.reveal();
	}

	reveal(): void {
		if (!this.session.reveal()) return;
		this.changedAt = this.deps.now().getTime();
		void this.drawAnswer(this.drawing);
	}

	answer(rating: Rating): void {
		const card = this.session.current;
		// A reminder's Hard key does nothing: its buttons only say how soon it should come back.
		if (!card || !this.session.revealed || !canAnswer(card, rating)) return;
		this.act(() => this.session.answer(rating));
	}

	bury(): void {
		if (this.session.current) this.act(() => this.session.bury(), "Card buried until tomorrow.");
	}

	suspend(): void {
		if (this.session.current) this.act(() => this.session.suspend(), "Card suspended. Undo brings it back.");
	}

	undo(): void {
		let undone = false;
		this.act(() => (undone = this.session.undo()));
		if (!undone) new Notice("Nothing to undo.");
	}

	/** Opens the card's note at its line (a tab beside the review, or the editor's tab). */
	openNote(where?: PaneType | false): void {
		const card = this.session.current;
		if (!card) return;
		void openNoteAt(this.deps.app, card.path, card.line, where ?? (this.placement === "main" ? "tab" : false));
	}

	/** Opens the note beside the review to edit the card; the card re-renders as the note changes. */
	edit(): void {
		this.openNote(this.placement === "main" ? "split" : false);
	}

	/** Shows the current card's info: its answers, memory and due date. */
	cardInfo(): void {
		const card = this.session.current;
		if (card) this.deps.openCardInfo?.(card.id);
	}

	/** Whether the screen changed too recently for a Space, Enter or big-button press to be meant for it. */
	private settling(): boolean {
		return this.deps.now().getTime() - this.changedAt < SETTLE_MS;
	}

	private act(action: () => void, message?: string): void {
		// Whatever comes next (another card, or this one again) is shown fresh.
		this.drawnId = null;
		this.acting = true;
		try {
			action();
		} finally {
			this.acting = false;
		}
		this.deps.save();
		if (message) new Notice(message);
		void this.draw();
	}

	/** On the finished screen, comes back by itself when the next card is due (within the hour). */
	private wakeAt(due: number | null): void {
		window.clearTimeout(this.wakeTimer);
		const wait = due === null ? Infinity : due - this.deps.now().getTime();
		if (wait > WAKE_WITHIN_MS) return;
		this.wakeTimer = window.setTimeout(() => {
			if (this.session.refresh() !== "same") void this.draw();
		}, Math.max(0, wait) + 1000);
	}

	private onCardsChanged(change: CardsChange): void {
		if (this.acting) return;
		if (change.reason === "status") return this.redrawStatus();
		if (this.session.refresh() !== "same") return void this.draw();
		const old = this.el.querySelector(".flashcard-review-counts");
		if (old?.parentElement) old.replaceWith(drawCounts(old.parentElement, this.session.counts, countKind(this.session.current)));
	}

	private redrawStatus(): void {
		if (!this.statusEl) return;
		this.statusEl.empty();
		drawStatus(this.statusEl, this.deps.live);
	}

	/** Draws the whole screen for the current state; a newer draw cancels an older one. */
	async draw(): Promise<void> {
		const token = ++this.drawing;
		const card = this.session.current;
		const focused = hasFocus(this.scrollEl);
		this.el.empty();
		this.el.addClass("flashcard-review-session");
		this.questionEl = this.answerEl = this.controlsEl = null;
		this.answerShown = false;
		const top = this.el.createDiv("flashcard-review-topbar");
		const back = top.createEl("button", { cls: "flashcard-review-back", text: "Decks", attr: { "aria-label": "Back to the deck list" } });
		back.addEventListener("click", () => this.exit());
		drawCounts(top, this.session.counts, countKind(card));
		this.drawActions(top, card !== null);
		this.statusEl = this.el.createDiv("flashcard-review-status-line");
		drawStatus(this.statusEl, this.deps.live);
		if (!card) {
			this.renderer.clear();
			const now = this.deps.now().getTime();
			const statistics = this.deps.openStatistics;
			const target = this.session.target;
			const deck = target.kind === "deck" ? target.deck : undefined;
			const info = this.session.finished();
			drawFinished(this.el, info, now, target.kind, { back: () => this.exit(), statistics: statistics ? () => statistics(deck) : null });
			if (focused) keepFocus(this.scrollEl);
			this.wakeAt(info.nextDue);
			return;
		}
		drawBreadcrumb(this.el, card, (evt) => {
			const mod = Keymap.isModEvent(evt);
			this.openNote(mod === true ? "tab" : mod || undefined);
		});
		if (card.id !== this.drawnId) {
			this.drawnId = card.id;
			this.changedAt = this.deps.now().getTime();
			this.scrollEl.scrollTop = 0;
		}
		const cardEl = this.el.createDiv({ cls: "flashcard-review-card", attr: { "data-card": card.id } });
		const questionEl = (this.questionEl = cardEl.createDiv("flashcard-review-question"));
		this.answerEl = cardEl.createDiv("flashcard-review-answer-side");
		this.answerEl.hide();
		// The bar keeps its place and height from question to answer (it sits at the bottom, under the thumb).
		this.controlsEl = this.el.createDiv("flashcard-review-controls");
		if (focused) keepFocus(this.scrollEl);
		this.renderer.begin();
		await this.renderer.render(cardSides(card).question, questionEl, card.path);
		if (token !== this.drawing) return;
		if (this.session.revealed) await this.drawAnswer(token);
		else drawRevealButton(this.controlsEl, () => this.settling() || this.reveal());
	}

	/** Undo, bury, suspend, open, edit and info as icons in the top bar; the finished screen keeps undo. */
	private drawActions(parent: HTMLElement, withCard: boolean): void {
		const undo = { icon: "undo-2", label: "Undo", key: "Ctrl+Z", pinned: true, run: () => this.undo() };
		if (!withCard) {
			if (this.session.canUndo) drawCardActions(parent, [undo]);
			return;
		}
		drawCardActions(parent, [
			undo,
			{ icon: "eye-off", label: "Bury card", key: "-", run: () => this.bury() },
			{ icon: "pause", label: "Suspend card", key: "@", run: () => this.suspend() },
			{ icon: "file-text", label: "Open note", key: "O", run: () => this.openNote() },
			{ icon: "pencil", label: "Edit", key: "E", pinned: true, run: () => this.edit() },
			...(this.deps.openCardInfo ? [{ icon: "info", label: "Card info", key: "I", run: () => this.cardInfo() }] : []),
		]);
	}

	/**
	 * Shows the answer: the four buttons replace Show answer in the bar, a cloze reveals its span in
	 * place, and the back appears under the question's divider, scrolled into view when below the fold.
	 */
	private async drawAnswer(token: number): Promise<void> {
		const card = this.session.current;
		const { questionEl, answerEl, controlsEl } = this;
		const previews = this.session.previews();
		if (!card || !questionEl || !answerEl || !controlsEl || !previews || this.answerShown) return;
		this.answerShown = true;
		const focused = hasFocus(this.scrollEl);
		controlsEl.empty();
		drawAnswerButtons(controlsEl, previews, this.deps.now().getTime(), (rating) => this.settling() || this.answer(rating), card.kind === "reminder");
		if (focused) keepFocus(this.scrollEl);
		const sides = cardSides(card);
		if (sides.revealed !== sides.question && questionEl.parentElement) {
			// Rendered hidden beside it and swapped in whole, so the question never flashes empty.
			const revealed = questionEl.parentElement.createDiv("flashcard-review-question");
			revealed.hide();
			await this.renderer.render(sides.revealed, revealed, card.path);
			if (token !== this.drawing) return;
			questionEl.replaceWith(revealed);
			revealed.show();
			this.questionEl = revealed;
		}
		if (sides.answer === "") return;
		answerEl.show();
		await this.renderer.render(sides.answer, answerEl, card.path);
		if (token !== this.drawing) return;
		answerEl.addClass("is-revealed");
		scrollToAnswer(this.scrollEl, answerEl, this.controlsEl?.getBoundingClientRect().height ?? 0);
	}
}
