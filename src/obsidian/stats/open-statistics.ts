/** Opening the statistics view: in a main-area tab, reused when one is open, for a deck or all. */
import type { Workspace } from "obsidian";
import { VIEW_TYPE_STATS } from "../constants";
import type { StatisticsViewState } from "./statistics-view";

/** Shows the statistics of `deck` (all decks when absent) and focuses them. */
export async function openStatistics(workspace: Workspace, deck?: string): Promise<void> {
	const leaf = workspace.getLeavesOfType(VIEW_TYPE_STATS)[0] ?? workspace.getLeaf("tab");
	const state: StatisticsViewState = deck === undefined ? {} : { deck };
	// A statistics tab restored in the background is a placeholder until shown: load it so that it takes the deck.
	await leaf.loadIfDeferred();
	await leaf.setViewState({ type: VIEW_TYPE_STATS, active: true, state });
	await workspace.revealLeaf(leaf);
}
