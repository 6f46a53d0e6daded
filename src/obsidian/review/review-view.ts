import type { ViewStateResult } from "obsidian";
import { PLUGIN_ICON, VIEW_TYPE_REVIEW } from "../constants";
import { parseTarget } from "./review-session";
import { ReviewViewBase } from "./review-view-base";
import type { Placement } from "./session-screen";
import { t } from "../i18n";

/** The review: a deck list home, and sessions in a main-area tab (or a sidebar, per the setting). */
export class ReviewView extends ReviewViewBase {
	override icon = PLUGIN_ICON;

	getViewType(): string {
		return VIEW_TYPE_REVIEW;
	}

	getDisplayText(): string {
		return t("view.review");
	}

	/** A sidebar is narrow; the main area and a popout window have room to open the note beside. */
	protected placement(): Placement {
		const root = this.leaf.getRoot();
		const { leftSplit, rightSplit } = this.app.workspace;
		return root === leftSplit || root === rightSplit ? "side" : "main";
	}

	override getState(): Record<string, unknown> {
		// Also while the session waits for the card list: a workspace saved meanwhile reopens it.
		const target = this.target();
		return target ? { target } : {};
	}

	override async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const target = typeof state === "object" && state !== null ? parseTarget((state as { target?: unknown }).target) : null;
		if (target) this.startSession(target);
		await super.setState(state, result);
	}

	protected drawHome(el: HTMLElement): void {
		el.createEl("h2", { cls: "flashcard-review-title", text: t("home.decks") });
		this.drawDecks(el);
		this.drawStatisticsButton(el);
	}
}
