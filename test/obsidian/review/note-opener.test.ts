/**
 * @jest-environment jsdom
 */
import type { App as AppApi } from "obsidian";
import { openNoteAt } from "../../../src/obsidian/review/note-opener";
import type { WorkspaceLeaf } from "../../__mocks__/obsidian";
import { appWith } from "../support/demo-vault";

const markdownLeaves = (app: ReturnType<typeof appWith>): number => app.workspace.leaves.filter((l) => l.getViewState().type === "markdown").length;

describe("openNoteAt", () => {
	it("opens the note at the line in the tab that already shows it, even a background tab not loaded yet", async () => {
		const app = appWith({ "A.md": "One? #card\n1\n\nTwo? #card\n2\n" });
		const leaf = app.workspace.getLeaf("tab") as unknown as WorkspaceLeaf;
		await leaf.openFile(app.vault.getFileByPath("A.md")!);
		app.workspace.activeLeaf = null;
		await leaf.defer();
		expect(await openNoteAt(app as unknown as AppApi, "A.md", 3, "tab")).toBe(true);
		expect(markdownLeaves(app)).toBe(1);
		expect(app.workspace.openedFiles.at(-1)).toEqual({ path: "A.md", eState: { line: 3 }, side: "root" });
		expect(app.workspace.activeLeaf).toBe(leaf);
	});

	it("opens it where asked when no tab shows it, and says so when the note is gone", async () => {
		const app = appWith({ "A.md": "Q #card\nA\n" });
		expect(await openNoteAt(app as unknown as AppApi, "A.md", 0, "tab")).toBe(true);
		expect(markdownLeaves(app)).toBe(1);
		expect(await openNoteAt(app as unknown as AppApi, "Gone.md", 0, "tab")).toBe(false);
	});
});
