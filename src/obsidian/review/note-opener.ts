import type { App, PaneType, WorkspaceLeaf } from "obsidian";

/**
 * Opens a note at a 0-based line. A tab already showing the note is reused, also a background tab
 * that Obsidian has not loaded yet (its view is a placeholder then, so the leaf's state is asked, not
 * its view); otherwise `where` decides (a new tab, a split beside the review, or the most recent
 * tab). Returns false when the note no longer exists.
 */
export async function openNoteAt(app: App, path: string, line: number, where: PaneType | false): Promise<boolean> {
	const file = app.vault.getFileByPath(path);
	if (!file) return false;
	let leaf: WorkspaceLeaf | null = null;
	app.workspace.iterateAllLeaves((candidate) => {
		const state = candidate.getViewState();
		if (!leaf && state.type === "markdown" && state.state?.file === path) leaf = candidate;
	});
	const target: WorkspaceLeaf = leaf ?? (where === "split" ? app.workspace.getLeaf("split", "vertical") : app.workspace.getLeaf(where));
	await target.openFile(file, { eState: { line }, active: true });
	await app.workspace.revealLeaf(target);
	return true;
}
