import { formatClock, formatDue, plural } from "./format";
import type { FinishedInfo, SessionTarget } from "./review-session";

/** What the finished screen offers. */
export interface FinishedActions {
	back(): void;
	statistics: (() => void) | null;
}

/** What was finished, in the words of the finished screen. */
const FINISHED_WHAT: Record<SessionTarget["kind"], string> = { all: "all your decks", deck: "this deck", note: "this note", study: "this custom study" };

/** The end of a session, in Anki's words: what was done, when the next card comes, what waits for tomorrow. */
export function drawFinished(parent: HTMLElement, info: FinishedInfo, now: number, target: SessionTarget["kind"], actions: FinishedActions): void {
	const box = parent.createDiv({ cls: "flashcard-review-finished", attr: { role: "status" } });
	box.createEl("h2", { text: "Congratulations!" });
	box.createEl("p", { cls: "flashcard-review-finished-lead", text: `You have finished ${FINISHED_WHAT[target]} for now.` });
	const lines = box.createEl("ul", "flashcard-review-finished-lines");
	const line = (text: string): void => {
		lines.createEl("li", { text });
	};
	if (info.reviewed > 0) line(`You reviewed ${plural(info.reviewed, "card")} in this session.`);
	if (info.nextDue !== null) line(`The next card is due ${formatDue(info.nextDue, now)} (${formatClock(info.nextDue, now)}).`);
	else if (info.newWaiting === 0 && info.reviewsWaiting === 0) line("No other card of this selection is scheduled yet.");
	if (info.buried > 0) line(`${plural(info.buried, "card")} ${info.buried === 1 ? "is" : "are"} buried until tomorrow.`);
	const waiting = (count: number, what: string): string => `${plural(count, what)} ${count === 1 ? "is" : "are"} still waiting`;
	if (info.newWaiting > 0) line(`Today's new card limit has been reached (${waiting(info.newWaiting, "new card")}). "New cards per day" in the settings raises it.`);
	if (info.reviewsWaiting > 0) line(`Today's review limit has been reached (${waiting(info.reviewsWaiting, "due card")}). "Maximum reviews per day" in the settings raises it.`);
	const buttons = box.createDiv("flashcard-review-finished-buttons");
	buttons.createEl("button", { text: "Back to decks", cls: "mod-cta" }).addEventListener("click", () => actions.back());
	const statistics = actions.statistics;
	if (statistics) buttons.createEl("button", { text: "Statistics" }).addEventListener("click", () => statistics());
}

/** Examples of every card kind, shown when the vault has no card yet. */
const EXAMPLE = [
	"## What is spaced repetition? #card",
	"Reviewing at growing intervals, just before you would forget.",
	"",
	"Capital of Japan? #card",
	"Tokyo",
	"",
	"Mitochondria::The powerhouse of the cell",
	"",
	"The ==mitochondria== is the powerhouse of the cell. #card",
].join("\n");

/** The first-run screen: how to write a card. */
export function drawEmptyState(parent: HTMLElement, cardTag: string): void {
	const box = parent.createDiv("flashcard-review-empty");
	box.createEl("h2", { text: "No flashcards yet" });
	box.createEl("p", { text: `Cards live in your notes. End a heading or a line with #${cardTag} and what follows becomes its answer:` });
	box.createEl("pre").createEl("code", { text: EXAMPLE.split("#card").join(`#${cardTag}`) });
	const tips = box.createEl("ul");
	tips.createEl("li", { text: `#${cardTag}-reverse also asks the answer side.` });
	tips.createEl("li", { text: `Question::Answer lines work in notes tagged #${cardTag}; ::: makes them reversible.` });
	tips.createEl("li", { text: "Highlights or {{c1::…}} on a marked line become cloze deletions." });
	tips.createEl("li", { text: "The deck comes from the cards-deck property, or else from the folder." });
}
