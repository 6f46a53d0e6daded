import { Modal, type App } from "obsidian";
import { t, type MessageKey } from "../i18n";
import { en } from "../i18n/en";

/** A key of a plain string (no plural forms). */
type TextKey = { [K in MessageKey]: (typeof en)[K] extends string ? K : never }[MessageKey];

/** The search syntax, one example per line with its meaning; the examples stay as typed in any language. */
const HELP: readonly [string, TextKey][] = [
	["dog cat", "searchHelp.words"],
	["dog OR cat", "searchHelp.or"],
	["-dog", "searchHelp.not"],
	['"a dog"', "searchHelp.quotes"],
	["d*g", "searchHelp.wildcard"],
	["front:dog  back:dog", "searchHelp.side"],
	["deck:Lang::Spanish", "searchHelp.deck"],
	["tag:lang", "searchHelp.tag"],
	["path:Notes/Vocab", "searchHelp.path"],
	["kind:basic  kind:reversed  kind:cloze", "searchHelp.kind"],
	["is:new  is:learn  is:review  is:due", "searchHelp.state"],
	["is:suspended  is:buried  is:leech", "searchHelp.flag"],
	["prop:due=1  prop:due<0", "searchHelp.due"],
	["prop:ivl>=30  prop:reps>5  prop:lapses>2", "searchHelp.counts"],
	["prop:s>100  prop:d>8  prop:r<0.8", "searchHelp.memory"],
	["rated:7  rated:7:1", "searchHelp.rated"],
	["introduced:7  added:7", "searchHelp.added"],
];

/** The search syntax in English, one example per line (the README shows the same). */
export const SEARCH_HELP: readonly [string, string][] = HELP.map(([example, key]) => [example, en[key]]);

/** The search syntax, a click away from the search box. */
export class SearchHelpModal extends Modal {
	constructor(app: App) {
		super(app);
	}

	override onOpen(): void {
		this.setTitle(t("browser.searchSyntax"));
		const table = this.contentEl.createEl("table", { cls: "flashcard-review-search-help" });
		const body = table.createEl("tbody");
		for (const [example, key] of HELP) {
			const row = body.createEl("tr");
			row.createEl("td").createEl("code", { text: example });
			row.createEl("td", { text: t(key) });
		}
		this.contentEl.createEl("p", { text: t("browser.searchCase") });
	}

	override onClose(): void {
		this.contentEl.empty();
	}
}
