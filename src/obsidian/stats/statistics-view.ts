/**
 * The statistics view: every chart of the collection or of one deck subtree, computed by the core
 * when the view opens and when the deck changes. After the collection changes it redraws, debounced,
 * if it is the active view, else the next time it becomes active (reviewing in another tab must not
 * pay for charts nobody looks at).
 */
import { debounce, DropdownComponent, ItemView, type ViewStateResult, type WorkspaceLeaf } from "obsidian";
import { computeStatistics, deckPaths, type ButtonPeriod, type Statistics } from "../../core";
import { formatNumber, t } from "../i18n";
import { forecastSection, type ForecastRange } from "./forecast-section";
import { memorySection } from "./memory-section";
import { cardCountsSection, todaySection } from "./overview-sections";
import { buttonsSection, retentionSection } from "./retention-sections";
import { calendarSection, reviewsSection, type ReviewsRange } from "./review-sections";
import { statisticsIcon, VIEW_TYPE_STATS } from "../constants";
import type { StatisticsHost } from "./statistics-host";

/** The view's saved state: the deck subtree shown, all decks when absent. */
export interface StatisticsViewState extends Record<string, unknown> {
	deck?: string;
}

const ALL_DECKS = "";
const REFRESH_DELAY_MS = 1000;

export class StatisticsView extends ItemView {
	private deck: string | undefined;
	// Ranges picked in the sections, kept across redraws.
	private forecastRange: ForecastRange = "month";
	private reviewsRange: ReviewsRange = "month";
	private buttonPeriod: ButtonPeriod = "month";
	private stale = false;
	/** Bumped by each drawing: a slow computation that finishes after a newer drawing began is dropped. */
	private drawing = 0;
	private readonly refreshLater = debounce(() => this.refreshIfActive(), REFRESH_DELAY_MS, true);
	// Opening is followed by setState (the deck), which draws: the first drawing waits for it.
	private readonly drawSoon = debounce(() => this.draw(), 0);

	constructor(
		leaf: WorkspaceLeaf,
		private readonly host: StatisticsHost,
	) {
		super(leaf);
		this.icon = statisticsIcon();
	}

	getViewType(): string {
		return VIEW_TYPE_STATS;
	}

	getDisplayText(): string {
		return this.deck === undefined ? t("home.statistics") : t("stats.title", { deck: this.deck });
	}

	override getState(): StatisticsViewState {
		return this.deck === undefined ? {} : { deck: this.deck };
	}

	override async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const deck = typeof state === "object" && state !== null ? (state as StatisticsViewState).deck : undefined;
		this.deck = typeof deck === "string" && deck !== ALL_DECKS ? deck : undefined;
		this.drawSoon.cancel();
		this.draw();
		await super.setState(state, result);
	}

	protected override async onOpen(): Promise<void> {
		this.contentEl.addClass("flashcard-review-stats");
		this.addAction("refresh-cw", t("stats.refresh"), () => this.draw());
		const stop = this.host.onChange?.(() => {
			this.stale = true;
			this.refreshLater();
		});
		if (stop) this.register(stop);
		this.register(() => this.refreshLater.cancel());
		this.register(() => this.drawSoon.cancel());
		this.registerEvent(this.app.workspace.on("active-leaf-change", () => this.refreshIfActive()));
		this.drawSoon();
	}

	protected override async onClose(): Promise<void> {
		this.contentEl.empty();
	}

	/**
	 * Computes every figure and draws the view anew. When the figures take a while (the first reading
	 * of a large log), the view says how far the reading is, and draws them once they are there.
	 */
	draw(): void {
		const { host } = this;
		const run = ++this.drawing;
		this.stale = false;
		const computed = host.statistics
			? host.statistics(this.deck, (done, total) => this.showProgress(run, { done, total }))
			: computeStatistics(host.cards(), host.history(), host.now(), host.options(), this.deck);
		if (!(computed instanceof Promise)) {
			this.render(computed);
			return;
		}
		// No count yet: the card list may still be in the making (the first progress brings it).
		this.showProgress(run);
		void computed.then((stats) => {
			if (run === this.drawing) this.render(stats);
		});
	}

	/**
	 * The status above the figures drawn last, which stay in view until the new ones are in: the
	 * cards being got ready, then (`at`) the answers read so far. A view with nothing drawn yet gets
	 * its deck picker once the cards are ready.
	 */
	private showProgress(run: number, at?: { done: number; total: number }): void {
		if (run !== this.drawing) return;
		const { contentEl } = this;
		let status = contentEl.querySelector<HTMLElement>(".flashcard-review-stats-progress");
		if (!status) {
			status = contentEl.createDiv({ cls: "flashcard-review-stats-progress flashcard-review-status", attr: { role: "status" } });
			contentEl.prepend(status);
		}
		if (at && !contentEl.querySelector(".flashcard-review-stats-deck")) this.deckPicker(contentEl, deckPaths(this.host.cards()));
		status.setText(at ? t("stats.reading", { done: formatNumber(at.done, { grouping: true }), total: formatNumber(at.total, { grouping: true }) }) : t("home.preparingCards"));
	}

	private render(stats: Statistics): void {
		const { contentEl } = this;
		contentEl.empty();
		this.deckPicker(contentEl, deckPaths(this.host.cards()));
		todaySection(contentEl, stats.todaySummary);
		forecastSection(contentEl, stats.forecast, stats.today, this.forecastRange, (r) => (this.forecastRange = r));
		calendarSection(contentEl, stats.heatmap);
		retentionSection(contentEl, stats.retention);
		cardCountsSection(contentEl, stats.counts);
		reviewsSection(contentEl, stats.reviews, this.reviewsRange, (r) => (this.reviewsRange = r));
		buttonsSection(contentEl, stats.buttons, this.buttonPeriod, (p) => (this.buttonPeriod = p));
		memorySection(contentEl, stats.memory);
	}

	private refreshIfActive(): void {
		if (this.stale && this.app.workspace.getActiveViewOfType(StatisticsView) === this) this.draw();
	}

	private deckPicker(parent: HTMLElement, decks: readonly string[]): void {
		const row = parent.createDiv({ cls: "flashcard-review-stats-deck" });
		row.createEl("label", { text: t("column.deck"), attr: { for: "flashcard-review-stats-deck-select" } });
		const dropdown = new DropdownComponent(row).addOption(ALL_DECKS, t("study.allDecks"));
		for (const deck of decks) dropdown.addOption(deck, deck);
		if (this.deck !== undefined && !decks.includes(this.deck)) dropdown.addOption(this.deck, this.deck);
		dropdown.selectEl.id = "flashcard-review-stats-deck-select";
		dropdown.setValue(this.deck ?? ALL_DECKS);
		dropdown.onChange((value) => {
			this.deck = value === ALL_DECKS ? undefined : value;
			this.draw();
		});
	}
}
