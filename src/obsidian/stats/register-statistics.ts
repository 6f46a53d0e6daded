/** Wiring of statistics into the plugin: the view, the "Open statistics" command, and the openers. */
import type { Plugin } from "obsidian";
import { statisticsIcon, VIEW_TYPE_STATS } from "../constants";
import type { ScreenDeps } from "../review/session-screen";
import { openCardInfo } from "./card-info-modal";
import { openStatistics } from "./open-statistics";
import type { StatisticsHost } from "./statistics-host";
import { StatisticsView } from "./statistics-view";
import { t } from "../i18n";

/**
 * Registers the statistics view and its command on `plugin` (used for registration only) and gives
 * the review screens their ways to open statistics and card info.
 */
export function registerStatistics(plugin: Pick<Plugin, "app" | "registerView" | "addCommand">, host: StatisticsHost): Required<Pick<ScreenDeps, "openStatistics" | "openCardInfo">> {
	const { app } = plugin;
	plugin.registerView(VIEW_TYPE_STATS, (leaf) => new StatisticsView(leaf, host));
	plugin.addCommand({
		id: "open-statistics",
		name: t("command.openStatistics"),
		icon: statisticsIcon(),
		callback: () => void openStatistics(app.workspace),
	});
	return {
		openStatistics: (deck) => void openStatistics(app.workspace, deck),
		openCardInfo: (cardId) => openCardInfo(app, host, cardId),
	};
}
