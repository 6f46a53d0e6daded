import { Modal, type App } from "obsidian";

/** The search syntax, one example per line (the README shows the same). */
export const SEARCH_HELP: readonly [string, string][] = [
	["dog cat", "cards with both words, in the front or the back"],
	["dog OR cat", "either word (AND binds tighter: a OR b c = a OR (b c))"],
	["-dog", "cards without the word"],
	['"a dog"', "the words together; quotes also wrap a whole term: \"deck:Study Skills\""],
	["d*g", "* matches anything, in text, deck, tag and path terms"],
	["front:dog  back:dog", "one side only"],
	["deck:Lang::Spanish", "the deck and its sub-decks; add -deck:Lang::Spanish::* for the deck alone"],
	["tag:lang", "the tag and the tags below it (lang/es)"],
	["path:Notes/Vocab", "one note (.md optional); path:Notes/* for a folder"],
	["kind:basic  kind:reversed  kind:cloze", "by card kind"],
	["is:new  is:learn  is:review  is:due", "by state; is:due is learn or review cards due now"],
	["is:suspended  is:buried  is:leech", "by flag"],
	["prop:due=1  prop:due<0", "due tomorrow; overdue (days from today; =, !=, <, <=, >, >=)"],
	["prop:ivl>=30  prop:reps>5  prop:lapses>2", "interval in days, reviews, lapses"],
	["prop:s>100  prop:d>8  prop:r<0.8", "stability (days), difficulty (1–10), retrievability now"],
	["rated:7  rated:7:1", "answered in the last 7 days (today = 1); with Again only"],
	["introduced:7  added:7", "first answered, or first seen, in the last 7 days"],
];

/** The search syntax, a click away from the search box. */
export class SearchHelpModal extends Modal {
	constructor(app: App) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle("Search syntax");
		const table = this.contentEl.createEl("table", { cls: "flashcard-review-search-help" });
		const body = table.createEl("tbody");
		for (const [example, meaning] of SEARCH_HELP) {
			const row = body.createEl("tr");
			row.createEl("td").createEl("code", { text: example });
			row.createEl("td", { text: meaning });
		}
		this.contentEl.createEl("p", { text: "Case does not matter. An empty search lists every card." });
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
