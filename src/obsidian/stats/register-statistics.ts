/** Wiring of statistics into the plugin: the view and the "Open statistics" command. */
import type { Plugin } from "obsidian";
import { openStatistics } from "./open-statistics";
import type { StatisticsHost } from "./statistics-host";
import { STATISTICS_VIEW_TYPE, StatisticsView } from "./statistics-view";

/** Registers the statistics view and its command on `plugin`; the plugin is used for registration only. */
export function registerStatistics(plugin: Plugin, host: StatisticsHost): void {
	plugin.registerView(STATISTICS_VIEW_TYPE, (leaf) => new StatisticsView(leaf, host));
	plugin.addCommand({
		id: "open-statistics",
		name: "Open statistics",
		icon: "bar-chart-2",
		callback: () => void openStatistics(plugin.app.workspace),
	});
}
