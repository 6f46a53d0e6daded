/**
 * The real plugin, live in a browser page, over the test fake of Obsidian: bundled by
 * scripts/screenshots/browser.mjs and driven by Chromium's own keyboard in scripts/screenshots.mjs.
 * As in Obsidian, a key goes first to the active view's scope (a capture listener on the window);
 * focusing or clicking inside a leaf makes it the active one.
 */
import "../../test/setup/obsidian-dom";
import type { WorkspaceLeaf } from "obsidian";
import { App, MarkdownRenderChild, MarkdownRenderer, Menu, Modal, type Scope } from "../../test/__mocks__/obsidian";
import FlashcardReviewPlugin from "../../src/main";
import { renderLite } from "./markdown-lite";

/** What a page is booted with. */
export interface Boot {
	/** Vault path → note text (images are read from `vaultDir` by the renderer). */
	notes: Record<string, string>;
	vaultDir: string;
	manifest: { id: string; name: string; version: string; minAppVersion: string; author: string; description: string; dir: string };
	/** "desktop": review tab and sidebar pane; "sidebar": the pane alone; "phone": the review alone. */
	layout: "desktop" | "sidebar" | "phone";
	/** The note the user has open (the pane lists its cards). */
	activeNote?: string;
}

/** What the page exposes to the driver. */
export interface Harness {
	boot(options: Boot): Promise<void>;
	/** Ratings of every answer in the store, oldest first. */
	ratings(): number[];
	/** Notes the plugin opened, modals and menus it showed: what the buttons without a screen change do. */
	opened(): { notes: number; modals: number; menus: number };
}

declare global {
	interface Window {
		flashcards: Harness;
	}
}

let app: App | null = null;
let plugin: FlashcardReviewPlugin | null = null;

function frame(leaf: WorkspaceLeaf, title: string, cls: string, name: string): void {
	const box = document.querySelector(".shot-window")!.createDiv({ cls: `shot-leaf ${cls}`, attr: { "data-leaf": name } });
	box.createDiv({ cls: "shot-header", text: title });
	const el = (leaf as unknown as { containerEl: HTMLElement }).containerEl;
	el.addClass("shot-leaf-body");
	box.appendChild(el);
	// Obsidian makes a leaf the active one when it is clicked or focused into.
	el.addEventListener("focusin", () => ((app as App).workspace.activeLeaf = leaf as never));
	el.addEventListener("mousedown", () => ((app as App).workspace.activeLeaf = leaf as never));
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => window.setTimeout(resolve, ms));

window.flashcards = {
	async boot(options: Boot): Promise<void> {
		Object.assign(MarkdownRenderer, {
			render: async (_app: unknown, markdown: string, el: HTMLElement, sourcePath: string, component: { addChild(c: unknown): void }) => {
				renderLite(markdown, el, options.vaultDir, sourcePath);
				component.addChild(new MarkdownRenderChild(el));
				await Promise.resolve();
			},
		});
		app = new App();
		for (const [path, text] of Object.entries(options.notes)) app.vault.addFile(path, text, Date.UTC(2025, 0, 1));
		app.metadataCache.indexAll();
		plugin = new FlashcardReviewPlugin(app as never, options.manifest);
		await (plugin as unknown as { loadAndWait(): Promise<void> }).loadAndWait();
		app.workspace.triggerLayoutReady();
		for (let i = 0; i < 50 && document.readyState !== "complete"; i++) await wait(20);
		await wait(50);
		window.addEventListener("keydown", (evt) => {
			const current = app as App;
			const scope = (current.keymap.stack.at(-1) ?? current.workspace.activeLeaf?.view.scope ?? current.scope) as Scope;
			scope.handleKey(evt);
		}, { capture: true });
		if (options.activeNote) app.workspace.setActiveFile(app.vault.getFileByPath(options.activeNote));
		if (options.layout !== "phone") app.executeCommand("flashcard-review:open-pane");
		await wait(100);
		if (options.layout !== "sidebar") app.executeCommand("flashcard-review:review-due");
		await wait(300);
		const review = app.workspace.getLeavesOfType("flashcard-review")[0];
		const pane = app.workspace.getLeavesOfType("flashcard-review-pane")[0];
		if (review) frame(review, "Flashcard review", "shot-grow", "review");
		if (pane) frame(pane, "Flashcards", options.layout === "sidebar" ? "shot-grow is-side mod-right-split" : "shot-w300 is-side mod-right-split", "pane");
		if (options.layout === "phone") document.querySelector(".shot-leaf")?.createDiv("shot-phone-nav");
		// The view the command opened is the active one, with the focus, as in Obsidian.
		const active = review ?? pane;
		if (active) app.workspace.activeLeaf = active as never;
		(active?.view as { contentEl?: HTMLElement } | undefined)?.contentEl?.focus();
	},
	ratings(): number[] {
		return readLive()?.collection.history().map((record) => record.rating) ?? [];
	},
	opened(): { notes: number; modals: number; menus: number } {
		return { notes: app?.workspace.openedFiles.length ?? 0, modals: Modal.open.length, menus: Menu.shown.length };
	},
};

/** The live collection, read from a review view's services (the plugin keeps no public handle). */
function readLive(): { collection: { history(): { rating: number }[] } } | null {
	const leaf = app?.workspace.getLeavesOfType("flashcard-review")[0] ?? app?.workspace.getLeavesOfType("flashcard-review-pane")[0];
	const services = (leaf?.view as unknown as { services?: { live: { collection: { history(): { rating: number }[] } } } } | undefined)?.services;
	return services?.live ?? null;
}
