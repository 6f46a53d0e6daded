import { debounce, ItemView, Scope, setIcon, type HoverParent, type HoverPopover, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { runtimeUtcOffset, type CardInfo } from "../../core";
import { t } from "../i18n";
import { errorText } from "../i18n/error-text";
import { CardRenderer, wireInternalLinks } from "../review/card-renderer";
import { cardSides } from "../review/cloze-markdown";
import { openNoteAt } from "../review/note-opener";
import { drawActionBar, type ActionDeps } from "./browser-actions";
import { sortCards, type ColumnContext, type SortOrder } from "./browser-columns";
import { BrowserSelection } from "./browser-selection";
import { BrowserTable } from "./browser-table";
import { SearchHelpModal } from "./search-help";

/** View type of the card browser. */
export const VIEW_TYPE_BROWSER = "flashcard-review-browser";

/** What the browser needs from the plugin. */
export type BrowserServices = Omit<ActionDeps, "openNote"> & {
	/** FSRS decay for retrievability, when the options give one. */
	decay?: () => number | undefined;
};

/**
 * The card browser: a search box (syntax help a click away), a virtualised table of the cards it
 * finds, actions on the selected cards, and the card under the cursor rendered beside the table.
 */
export class BrowserView extends ItemView implements HoverParent {
	hoverPopover: HoverPopover | null = null;
	private query = "";
	private order: SortOrder | null = null;
	/** The search's cards in note order, and as the table shows them (sorted). */
	private found: CardInfo[] = [];
	private cards: CardInfo[] = [];
	private readonly selection = new BrowserSelection();
	private table: BrowserTable | null = null;
	private inputEl: HTMLInputElement | null = null;
	private errorEl: HTMLElement | null = null;
	private countEl: HTMLElement | null = null;
	private previewEl: HTMLElement | null = null;
	private previewed: string | null = null;
	/** Whether a refresh waits for the card list being built in slices. */
	private waiting = false;
	private enable: (size: number) => void = () => undefined;
	private readonly renderer = new CardRenderer(this.app, this);
	private readonly refreshSoon = debounce(() => this.refresh(), 300, true);

	constructor(
		leaf: WorkspaceLeaf,
		private readonly services: BrowserServices,
	) {
		super(leaf);
		this.scope = new Scope(this.app.scope);
		this.scope.register(["Mod"], "z", () => {
			if (this.services.live.collection.undo()) this.changed();
			return false;
		});
	}

	getViewType(): string {
		return VIEW_TYPE_BROWSER;
	}

	getDisplayText(): string {
		return t("browser.title");
	}

	override getIcon(): string {
		return "table";
	}

	override getState(): Record<string, unknown> {
		return { query: this.query };
	}

	override async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const query = typeof state === "object" && state !== null ? (state as { query?: unknown }).query : undefined;
		if (typeof query === "string") this.search(query);
		await super.setState(state, result);
	}

	protected override async onOpen(): Promise<void> {
		const root = this.contentEl;
		root.empty();
		root.addClass("flashcard-review-browser");
		const bar = root.createDiv("flashcard-review-browser-bar");
		this.inputEl = bar.createEl("input", { type: "search", cls: "flashcard-review-browser-search", attr: { placeholder: t("browser.search"), "aria-label": t("browser.search"), spellcheck: "false" } });
		this.inputEl.value = this.query;
		this.inputEl.addEventListener("keydown", (evt) => {
			if (evt.key === "Enter") this.search(this.inputEl?.value ?? "");
		});
		const help = bar.createEl("button", { cls: "clickable-icon", attr: { "aria-label": t("browser.searchSyntax") } });
		setIcon(help, "help-circle");
		help.addEventListener("click", () => new SearchHelpModal(this.app).open());
		this.countEl = bar.createSpan("flashcard-review-browser-count");
		this.errorEl = root.createDiv({ cls: "flashcard-review-browser-error", attr: { role: "alert" } });
		this.enable = drawActionBar(root, { ...this.services, openNote: (card) => void openNoteAt(this.app, card.path, card.line, "tab") }, () => this.selectedCards());
		const main = root.createDiv("flashcard-review-browser-main");
		this.table = new BrowserTable(main, this.selection, () => this.columnContext(), {
			selectionChanged: () => this.selectionChanged(),
			rowOpened: (id) => {
				const card = this.cards.find((c) => c.id === id);
				if (card) void openNoteAt(this.app, card.path, card.line, "tab");
			},
			sortChanged: (order) => {
				this.order = order;
				this.show();
			},
		});
		this.previewEl = main.createDiv("flashcard-review-browser-preview");
		wireInternalLinks(this, this.previewEl, VIEW_TYPE_BROWSER, () => this.cards.find((c) => c.id === this.previewed)?.path ?? null);
		this.register(this.services.live.changed.on(() => this.refreshSoon()));
		this.register(() => this.refreshSoon.cancel());
		this.search(this.query);
	}

	protected override async onClose(): Promise<void> {
		this.renderer.clear();
	}

	/** Runs a search; a malformed one says where it is wrong and keeps the cards shown. */
	search(query: string): void {
		this.query = query;
		if (this.inputEl && this.inputEl.value !== query) this.inputEl.value = query;
		this.refresh();
	}

	/**
	 * The cards of the current search again (the collection changed). After loading, the card list is
	 * built in slices first (the count says so meanwhile), then the search runs.
	 */
	refresh(): void {
		if (!this.table) return;
		const preparing = this.services.live.prepare(this.services.now());
		if (preparing) {
			this.countEl?.setText(t("home.preparingCards"));
			if (!this.waiting) {
				this.waiting = true;
				void preparing.then(() => {
					this.waiting = false;
					this.refresh();
				});
			}
			return;
		}
		try {
			this.found = this.services.live.collection.search(this.query, this.services.now());
			this.errorEl?.empty();
		} catch (error) {
			this.errorEl?.setText(errorText(error));
			return;
		}
		this.show();
	}

	private show(): void {
		const sorted = sortCards(this.found, this.order, this.columnContext());
		this.selection.setRows(sorted.map((c) => c.id));
		this.cards = sorted;
		this.countEl?.setText(t("browser.count", { count: sorted.length }));
		this.table?.setCards(sorted, this.order);
		this.selectionChanged();
	}

	private changed(): void {
		this.services.live.touch({ paths: null, reason: "review" });
		this.services.save();
	}

	private selectedCards(): CardInfo[] {
		const ids = new Set(this.selection.ids());
		return this.cards.filter((c) => ids.has(c.id));
	}

	private selectionChanged(): void {
		this.enable(this.selection.size);
		this.table?.redraw();
		void this.drawPreview();
	}

	private columnContext(): ColumnContext {
		const options = this.services.live.collection.options();
		return { now: this.services.now().getTime(), utcOffset: runtimeUtcOffset, dayStartHour: options.dayStartHour, decay: this.services.decay?.() };
	}

	/** Renders the card under the cursor (question, then answer) with Obsidian's renderer. */
	private async drawPreview(): Promise<void> {
		const el = this.previewEl;
		const card = this.cards.find((c) => c.id === this.selection.cursor) ?? null;
		if (!el || (card?.id ?? null) === this.previewed) return;
		this.previewed = card?.id ?? null;
		el.empty();
		if (!card) {
			this.renderer.clear();
			el.createDiv({ cls: "flashcard-review-browser-empty", text: t("browser.selectCard") });
			return;
		}
		const sides = cardSides(card);
		el.createDiv({ cls: "flashcard-review-browser-preview-title", text: card.path.replace(/\.md$/, "") });
		const question = el.createDiv("flashcard-review-question");
		const answer = el.createDiv("flashcard-review-answer-side");
		this.renderer.begin();
		await this.renderer.render(sides.revealed, question, card.path);
		if (sides.answer !== "" && this.previewed === card.id) await this.renderer.render(sides.answer, answer, card.path);
	}
}
