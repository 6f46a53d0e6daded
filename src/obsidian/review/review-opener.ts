import type { App, WorkspaceLeaf } from "obsidian";
import { VIEW_TYPE_PANE, VIEW_TYPE_REVIEW } from "../constants";
import { ReviewViewBase } from "./review-view-base";
import type { SessionTarget } from "./review-session";
import type { ReviewLocation } from "../settings/shell-settings";

/**
 * The one code path of every entry point (commands, ribbon, deck picker): reuse the open review or
 * open one where the setting says, then start `target` there (null shows the deck list).
 */
export async function openReview(app: App, location: ReviewLocation, target: SessionTarget | null): Promise<void> {
	const existing = app.workspace.getLeavesOfType(VIEW_TYPE_REVIEW)[0];
	const leaf: WorkspaceLeaf = existing ?? (location === "sidebar" ? (app.workspace.getRightLeaf(false) ?? app.workspace.getLeaf("tab")) : app.workspace.getLeaf("tab"));
	// A review restored in a background tab is a placeholder until shown: load it so that it takes the target.
	await leaf.loadIfDeferred();
	await leaf.setViewState({ type: VIEW_TYPE_REVIEW, active: true, state: target ? { target } : {} });
	await app.workspace.revealLeaf(leaf);
	if (leaf.view instanceof ReviewViewBase) leaf.view.focusKeys();
}

/** Opens (or shows) the review pane in the right sidebar. */
export async function openPane(app: App): Promise<void> {
	const leaf = app.workspace.getLeavesOfType(VIEW_TYPE_PANE)[0] ?? app.workspace.getRightLeaf(false);
	if (!leaf) return;
	// A pane restored in a collapsed sidebar is a placeholder until shown (as in openReview).
	await leaf.loadIfDeferred();
	await leaf.setViewState({ type: VIEW_TYPE_PANE, active: true });
	await app.workspace.revealLeaf(leaf);
}
