import { Notice, type App, type Plugin } from "obsidian";
import { PLUGIN_ICON } from "./constants";
import { DeckPicker } from "./pane/deck-picker";
import type { LiveCollection } from "./indexing/live-collection";
import type { SessionTarget } from "./review/review-session";
import { t } from "./i18n";

/** What the commands need: the app, the cards, and the shared ways to open things. */
export interface CommandDeps {
	app: App;
	live: LiveCollection;
	review(target: SessionTarget | null): Promise<void>;
	openPane(): Promise<void>;
	/** Re-reads every note that holds cards. */
	rebuild(): Promise<void>;
}

/** The commands (no default hotkeys) and the ribbon icon; all start reviews through `review`. */
export function registerCommands(plugin: Pick<Plugin, "addCommand" | "addRibbonIcon">, deps: CommandDeps): void {
	plugin.addRibbonIcon(PLUGIN_ICON, t("ribbon.review"), () => void deps.review({ kind: "all" }));
	plugin.addCommand({ id: "review-due", name: t("command.reviewDue"), icon: PLUGIN_ICON, callback: () => void deps.review({ kind: "all" }) });
	plugin.addCommand({
		id: "review-note",
		name: t("command.reviewNote"),
		checkCallback: (checking) => {
			const file = deps.app.workspace.getActiveFile();
			if (!file || !deps.live.hasCards(file.path)) return false;
			if (!checking) void deps.review({ kind: "note", path: file.path });
			return true;
		},
	});
	plugin.addCommand({
		id: "review-deck",
		name: t("command.reviewDeck"),
		callback: () => new DeckPicker(deps.app, deps.live.decks(), (deck) => void deps.review({ kind: "deck", deck })).open(),
	});
	plugin.addCommand({ id: "open-pane", name: t("command.openPane"), callback: () => void deps.openPane() });
	plugin.addCommand({
		id: "rebuild-index",
		name: t("command.rebuildIndex"),
		callback: async () => {
			await deps.rebuild();
			new Notice(t("command.indexRebuilt", { count: deps.live.cards().length }));
		},
	});
}
