/** Wiring of the card browser and custom study into the plugin: the view, their commands, the openers. */
import type { Plugin } from "obsidian";
import { t } from "../i18n";
import type { LiveCollection } from "../indexing/live-collection";
import type { SessionTarget } from "../review/review-session";
import { CustomStudyModal } from "../study/custom-study-modal";
import { BrowserView, VIEW_TYPE_BROWSER } from "./browser-view";

/** What the browser and custom study need from the plugin. */
export interface BrowserHost {
	live: LiveCollection;
	now: () => Date;
	save: () => void;
	/** Starts a session in the review view. */
	review: (target: SessionTarget) => void;
	openCardInfo?: (cardId: string) => void;
}

/** Ways to open the browser and the custom study dialog, for the deck list and the pane. */
export interface BrowserOpeners {
	openBrowser(query?: string): void;
	customStudy(options?: { deck?: string; notePath?: string }): void;
}

/** Registers the browser view and the "Browse cards" and "Custom study…" commands. */
export function registerBrowser(plugin: Pick<Plugin, "app" | "registerView" | "addCommand">, host: BrowserHost): BrowserOpeners {
	const { app } = plugin;
	plugin.registerView(VIEW_TYPE_BROWSER, (leaf) => new BrowserView(leaf, { app, live: host.live, now: host.now, save: host.save, study: host.review, openCardInfo: host.openCardInfo }));
	const openBrowser = async (query?: string): Promise<void> => {
		const leaf = app.workspace.getLeavesOfType(VIEW_TYPE_BROWSER)[0] ?? app.workspace.getLeaf("tab");
		await leaf.setViewState({ type: VIEW_TYPE_BROWSER, active: true, state: query === undefined ? {} : { query } });
		await app.workspace.revealLeaf(leaf);
	};
	const customStudy = (options: { deck?: string; notePath?: string } = {}): void => {
		const notePath = options.notePath ?? app.workspace.getActiveFile()?.path;
		new CustomStudyModal(app, host.live, host.now, host.review, { ...options, notePath }).open();
	};
	plugin.addCommand({ id: "browse-cards", name: t("command.browseCards"), icon: "table", callback: () => void openBrowser() });
	plugin.addCommand({ id: "custom-study", name: t("command.customStudy"), icon: "graduation-cap", callback: () => customStudy() });
	return { openBrowser: (query) => void openBrowser(query), customStudy };
}
