import { getIcon } from "obsidian";

/** View type of the review (a main-area tab, or a sidebar leaf when the setting says so). */
export const VIEW_TYPE_REVIEW = "flashcard-review";
/** View type of the right-sidebar review pane. */
export const VIEW_TYPE_PANE = "flashcard-review-pane";
/** View type the statistics view registers, when it exists. */
export const VIEW_TYPE_STATS = "flashcard-review-stats";
/** Local-storage key of this device's id (never synced inside data.json). */
export const DEVICE_ID_KEY = "flashcard-review-device-id";
/** Ribbon and view icon (Lucide). */
export const PLUGIN_ICON = "layers";

/**
 * A lucide icon by its canonical name, or by its older name on an app whose lucide predates the
 * rename (0.414): the older names are deprecated aliases that a future lucide drops.
 */
export function iconId(canonical: string, older: string): string {
	return getIcon(canonical) ? canonical : older;
}

/** The statistics icon (`bar-chart-2` before lucide 0.414). */
export const statisticsIcon = (): string => iconId("chart-no-axes-column", "bar-chart-2");
/** The More menu's icon (`more-horizontal` before lucide 0.414). */
export const moreIcon = (): string => iconId("ellipsis", "more-horizontal");
