import type { LiveCollection } from "../indexing/live-collection";
import { buildDeckTree } from "./deck-tree";
import { drawDeckList } from "./deck-list";
import { drawEmptyState } from "../review/finished-view";
import { drawStatus } from "../review/session-parts";
import { t } from "../i18n";

/** What a home screen's deck section needs. */
export interface DeckSectionDeps {
	live: LiveCollection;
	now(): Date;
	cardTag(): string;
	collapsed: Set<string>;
	review(deck: string | null): void;
	redraw(): void;
	openBrowser?: (query?: string) => void;
	customStudy?: (options?: { deck?: string }) => void;
}

/**
 * The deck section of a home screen: status, then the deck tree with today's counts and a review
 * button per deck, or the empty state teaching the syntax when the vault has no card yet.
 */
export function drawDeckSection(el: HTMLElement, deps: DeckSectionDeps): void {
	drawStatus(el, deps.live);
	const cards = deps.live.cards();
	if (cards.length === 0) {
		if (deps.live.indexing) el.createDiv({ cls: "flashcard-review-status", text: t("home.lookingForCards") });
		else drawEmptyState(el, deps.cardTag());
		return;
	}
	const now = deps.now();
	// One pass over the cards for every deck's counts: a queue per deck would cost O(decks × cards).
	const counts = deps.live.collection.deckCounts(now);
	const none = { new: 0, learn: 0, due: 0 };
	const total = counts.get("") ?? none;
	const waiting = total.new + total.learn + total.due;
	const start = el.createEl("button", { cls: ["flashcard-review-start", "mod-cta"], text: waiting > 0 ? t("home.reviewCards", { count: waiting }) : t("home.nothingDue") });
	start.disabled = waiting === 0;
	start.addEventListener("click", () => deps.review(null));
	const tree = buildDeckTree(deps.live.decks(), (deck) => counts.get(deck) ?? none);
	drawDeckList(el, tree, { review: (deck) => deps.review(deck), collapsed: deps.collapsed, toggled: () => deps.redraw() });
	const more = el.createDiv("flashcard-review-home-links");
	const { openBrowser, customStudy } = deps;
	if (openBrowser) more.createEl("button", { cls: "flashcard-review-link", text: t("command.browseCards") }).addEventListener("click", () => openBrowser());
	if (customStudy) more.createEl("button", { cls: "flashcard-review-link", text: t("command.customStudy") }).addEventListener("click", () => customStudy());
}
