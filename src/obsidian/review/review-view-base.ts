import { debounce, ItemView, Scope, type HoverParent, type HoverPopover, type WorkspaceLeaf } from "obsidian";
import { RATINGS } from "../../core";
import { drawDeckSection } from "../pane/home-parts";
import { t } from "../i18n";
import { wireInternalLinks } from "./card-renderer";
import { targetElement } from "./dom-target";
import type { SessionTarget } from "./review-session";
import { SessionScreen, type Placement, type ScreenDeps } from "./session-screen";

/** What the review views need from the plugin (never the plugin itself). */
export interface ViewServices extends ScreenDeps {
	/** Writes pending changes now (a closing review must not leave them waiting). */
	flush(): Promise<void>;
	/** The card tag word, for the empty state's examples. */
	cardTag(): string;
	/** Opens the card browser, with a search when given. */
	openBrowser?: (query?: string) => void;
	/** Opens the custom study dialog. */
	customStudy?: (options?: { deck?: string; notePath?: string }) => void;
}

/**
 * What the review view and the sidebar pane share: a home screen, a session screen that replaces
 * it, the review keys in the view's scope, link clicks and hover previews in rendered cards.
 */
export abstract class ReviewViewBase extends ItemView implements HoverParent {
	hoverPopover: HoverPopover | null = null;
	protected screen: SessionScreen | null = null;
	/** A polite live region outside the redrawn content: what a screen reader hears as the review moves on. */
	private announcer: HTMLElement | null = null;
	/** Decks folded in the deck list. */
	protected readonly collapsed = new Set<string>();
	/** A session asked for while the card list is still being built: it starts when the list is. */
	private waiting: SessionTarget | null = null;
	// At most one redraw per 200 ms, also while changes keep coming (a first index touches every batch,
	// and the deck list should grow, with its progress, as notes are read).
	private readonly redrawSoon = debounce(() => this.redrawHome(), 200, false);

	constructor(
		leaf: WorkspaceLeaf,
		protected readonly services: ViewServices,
	) {
		super(leaf);
		this.scope = new Scope(this.app.scope);
	}

	protected abstract placement(): Placement;
	/** Draws the home screen into an empty element. */
	protected abstract drawHome(el: HTMLElement): void;

	protected override async onOpen(): Promise<void> {
		this.contentEl.addClass("flashcard-review-view");
		// Focusable, so that the view can hold the focus its review keys need (see focusKeys).
		this.contentEl.tabIndex = -1;
		this.announcer ??= this.containerEl.createDiv({ cls: "flashcard-review-announcer", attr: { "aria-live": "polite", role: "status" } });
		wireInternalLinks(this, this.contentEl, this.getViewType(), () => this.screen?.sourcePath() ?? null);
		this.registerKeys();
		this.register(this.services.live.changed.on(() => this.redrawSoon()));
		this.register(() => this.redrawSoon.cancel());
		if (!this.screen) this.showHome();
	}

	protected override async onClose(): Promise<void> {
		this.waiting = null;
		this.closeScreen();
		await this.services.flush();
	}

	/** What this view reviews: the session on screen, or the one waiting for the card list; null at home. */
	protected target(): SessionTarget | null {
		return this.screen?.session.target ?? this.waiting;
	}

	/** Starts reviewing `target` here; the one code path every entry point ends in. */
	startSession(target: SessionTarget): void {
		// After loading, the card list is built in slices (the home says so meanwhile); the queue needs it.
		const preparing = this.services.live.prepare(this.services.now());
		if (preparing) {
			this.waiting = target;
			void preparing.then(() => {
				if (this.waiting === target) this.startSession(target);
			});
			return;
		}
		this.waiting = null;
		const focused = this.hasFocus();
		this.closeScreen();
		this.contentEl.empty();
		const el = this.contentEl.createDiv();
		this.screen = this.addChild(new SessionScreen(this.services, el, target, this.placement(), () => this.showHome(), this.contentEl, (text) => this.announce(text)));
		if (focused) this.focusKeys();
	}

	/** Starts a session the user asked for in this view (a click on a deck or a note's cards). */
	protected reviewHere(target: SessionTarget): void {
		this.startSession(target);
		this.focusKeys();
	}

	/**
	 * Gives the view the keyboard focus, so the review keys work at once, without a click (the
	 * entry points call it once the view is shown; a redraw keeps it).
	 */
	focusKeys(): void {
		if (!this.hasFocus()) this.contentEl.focus({ preventScroll: true });
	}

	private hasFocus(): boolean {
		const active = this.contentEl.ownerDocument.activeElement;
		return active !== null && this.contentEl.contains(active);
	}

	/** Says `text` to screen readers (the same text twice is said twice). */
	private announce(text: string): void {
		if (!this.announcer) return;
		this.announcer.setText(this.announcer.getText() === text ? `${text}\u00a0` : text);
	}

	/** Leaves any session and shows the home screen. */
	showHome(): void {
		this.waiting = null;
		const focused = this.hasFocus();
		this.closeScreen();
		this.redrawHome();
		if (focused) this.focusKeys();
	}

	/** Redraws the home screen (a session on screen keeps itself current). */
	/** The deck list with its counts and links, reviewed in this view. */
	protected drawDecks(el: HTMLElement): void {
		drawDeckSection(el, {
			live: this.services.live,
			now: () => this.services.now(),
			cardTag: () => this.services.cardTag(),
			collapsed: this.collapsed,
			review: (deck) => this.reviewHere(deck === null ? { kind: "all" } : { kind: "deck", deck }),
			redraw: () => this.redrawHome(),
			openBrowser: this.services.openBrowser,
			customStudy: this.services.customStudy,
		});
	}

	/** The statistics button, once there is a card to chart. */
	protected drawStatisticsButton(el: HTMLElement): void {
		const statistics = this.services.openStatistics;
		if (statistics && this.services.live.cards().length > 0) el.createEl("button", { cls: "flashcard-review-link", text: t("home.statistics") }).addEventListener("click", () => statistics());
	}

	protected redrawHome(): void {
		if (this.screen) return;
		const focused = this.hasFocus();
		this.contentEl.empty();
		const home = this.contentEl.createDiv("flashcard-review-home");
		// Every view redraws when the card list built in slices is ready (a status change).
		if (this.services.live.prepare(this.services.now())) home.createDiv({ cls: "flashcard-review-status", text: t("home.preparingCards"), attr: { role: "status" } });
		else this.drawHome(home);
		if (focused) this.focusKeys();
	}

	private closeScreen(): void {
		if (!this.screen) return;
		void this.services.flush();
		this.removeChild(this.screen);
		this.screen = null;
	}

	/**
	 * The review keys live in this view's scope, so they act only while the view is the active one
	 * (typing in a note never answers a card). A key typed into a field, or a held key's repeats,
	 * never acts: holding Space must not answer the card it reveals. Enter and Space belong to the
	 * focused button or link when there is one (Enter on a focused "Again" records Again); they act
	 * on the card only when the focus is on the card or the view itself. A key the view does not
	 * take returns nothing, so the app's own hotkeys still see it. Letters are registered uppercase,
	 * which Obsidian matches whatever the Caps Lock state or keyboard layout.
	 */
	private registerKeys(): void {
		const scope = this.scope;
		if (!scope) return;
		const on = (modifiers: Parameters<Scope["register"]>[0], key: string, run: (screen: SessionScreen) => void, onControls = true): void => {
			scope.register(modifiers, key, (evt) => {
				if (!this.screen || isTyping(evt) || (!onControls && onControl(evt))) return undefined;
				if (!evt.repeat) run(this.screen);
				return false;
			});
		};
		on([], " ", (s) => s.primary(), false);
		on([], "Enter", (s) => s.primary(), false);
		on([], "Escape", () => this.showHome());
		for (const rating of RATINGS) {
			on([], String(rating), (s) => s.answer(rating));
			// Keyboards such as AZERTY type digits with Shift.
			on(["Shift"], String(rating), (s) => s.answer(rating));
		}
		on(["Mod"], "Z", (s) => s.undo());
		on([], "-", (s) => s.bury());
		on(null, "@", (s) => s.suspend());
		on([], "O", (s) => s.openNote());
		on([], "E", (s) => s.edit());
		on([], "I", (s) => s.cardInfo());
	}
}

/** Whether a key goes into a field (an input, or editable text such as a note shown in a hover preview). */
function isTyping(evt: KeyboardEvent): boolean {
	const target = targetElement(evt);
	return target !== null && (target.isContentEditable || target.closest("input, textarea, select, [contenteditable='true']") !== null);
}

/** Whether the key was pressed on a button or link, which Enter and Space activate themselves. */
function onControl(evt: KeyboardEvent): boolean {
	return targetElement(evt)?.closest("button, a[href], [role='button'], [role='link'], summary") != null;
}
