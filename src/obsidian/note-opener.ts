import { MarkdownView, type App, type PaneType, type WorkspaceLeaf } from "obsidian";

/**
 * Opens a note at a 0-based line. A tab already showing the note is reused; otherwise `where`
 * decides (a new tab, a split beside the review, or the most recent tab). Returns false when the
 * note no longer exists.
 */
export async function openNoteAt(app: App, path: string, line: number, where: PaneType | false): Promise<boolean> {
	const file = app.vault.getFileByPath(path);
	if (!file) return false;
	let leaf: WorkspaceLeaf | null = null;
	app.workspace.iterateAllLeaves((candidate) => {
		if (!leaf && candidate.view instanceof MarkdownView && candidate.view.file?.path === path) leaf = candidate;
	});
	const target: WorkspaceLeaf = leaf ?? (where === "split" ? app.workspace.getLeaf("split", "vertical") : app.workspace.getLeaf(where));
	await target.openFile(file, { eState: { line }, active: true });
	await app.workspace.revealLeaf(target);
	return true;
}
