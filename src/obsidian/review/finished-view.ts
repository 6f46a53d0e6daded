import { formatClock, formatDue } from "../format";
import { t, type MessageKey } from "../i18n";
import type { FinishedInfo, SessionTarget } from "./review-session";

/** What the finished screen offers. */
export interface FinishedActions {
	back(): void;
	statistics: (() => void) | null;
}

/** What was finished, in the words of the finished screen. */
const FINISHED_WHAT: Record<SessionTarget["kind"], MessageKey> = { all: "finished.all", deck: "finished.deck", note: "finished.note", study: "finished.study" };

/** The end of a session, in Anki's words: what was done, when the next card comes, what waits for tomorrow. */
export function drawFinished(parent: HTMLElement, info: FinishedInfo, now: number, target: SessionTarget["kind"], actions: FinishedActions): HTMLElement {
	const box = parent.createDiv({ cls: "flashcard-review-finished", attr: { role: "status" } });
	box.createEl("h2", { text: t("finished.title") });
	box.createEl("p", { cls: "flashcard-review-finished-lead", text: t(FINISHED_WHAT[target]) });
	const lines = box.createEl("ul", "flashcard-review-finished-lines");
	const line = (text: string): void => {
		lines.createEl("li", { text });
	};
	if (info.reviewed > 0) line(t("finished.reviewed", { count: info.reviewed }));
	if (info.nextDue !== null) line(t("finished.nextDue", { when: formatDue(info.nextDue, now), clock: formatClock(info.nextDue, now) }));
	else if (info.newWaiting === 0 && info.reviewsWaiting === 0) line(t("finished.nothingScheduled"));
	if (info.buried > 0) line(t("finished.buried", { count: info.buried }));
	if (info.newWaiting > 0) line(t("finished.newLimit", { count: info.newWaiting }));
	if (info.reviewsWaiting > 0) line(t("finished.reviewLimit", { count: info.reviewsWaiting }));
	const buttons = box.createDiv("flashcard-review-finished-buttons");
	buttons.createEl("button", { text: t("finished.back"), cls: "mod-cta" }).addEventListener("click", () => actions.back());
	const statistics = actions.statistics;
	if (statistics) buttons.createEl("button", { text: t("home.statistics") }).addEventListener("click", () => statistics());
	return box;
}

/** The first-run screen: how to write a card. */
export function drawEmptyState(parent: HTMLElement, cardTag: string): void {
	const box = parent.createDiv("flashcard-review-empty");
	box.createEl("h2", { text: t("empty.title") });
	box.createEl("p", { text: t("empty.lead", { tag: cardTag }) });
	box.createEl("pre").createEl("code", { text: t("empty.example").split("#card").join(`#${cardTag}`) });
	const tips = box.createEl("ul");
	tips.createEl("li", { text: t("empty.reverse", { tag: cardTag }) });
	tips.createEl("li", { text: t("empty.inline", { tag: cardTag }) });
	tips.createEl("li", { text: t("empty.cloze") });
	tips.createEl("li", { text: t("empty.deck") });
}
