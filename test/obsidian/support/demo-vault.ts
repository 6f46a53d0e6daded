/**
 * Builds the fake app over the repository's demo vault as it is on disk, and loads the real plugin
 * into it the way Obsidian does (onload awaited, then layout ready).
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import type { WorkspaceLeaf } from "obsidian";
import { App, MarkdownRenderer, Notice } from "../../__mocks__/obsidian";
import FlashcardReviewPlugin from "../../../src/main";
import type { Collection } from "../../../src/core";
import { DEVICE_ID_KEY } from "../../../src/obsidian/constants";
import { indexedDbCache, type LocalFiles } from "../../../src/obsidian/data/local-cache";
import type { ReviewView } from "../../../src/obsidian/review/review-view";
import { PLUGIN_DIR, folderFiles, putFiles, storeOnDisk, type FolderFiles } from "./folder-files";

export const DEMO_VAULT = join(__dirname, "..", "..", "..", "demo-vault");
export const COGNITO = "AWS Exams/AWS Cognito.md";
export { PLUGIN_DIR };
export const DATA_PATH = `${PLUGIN_DIR}/data.json`;
/** When every demo note was last modified (fixed, so that two "launches" see the same vault). */
export const VAULT_MTIME = Date.UTC(2025, 0, 1);

const manifestJson = JSON.parse(readFileSync(join(DEMO_VAULT, "..", "manifest.json"), "utf8")) as { id: string; name: string; version: string; minAppVersion: string };
export const MANIFEST = { ...manifestJson, author: "", description: "", dir: PLUGIN_DIR };

/**
 * A fake app whose vault holds the demo vault's notes and images (the config folder is left out), and
 * in its plugin folder `data` as data.json, or the files given (a folder another device wrote).
 */
export function demoApp(data?: string | FolderFiles): App {
	const app = new App();
	const walk = (dir: string): void => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			const path = relative(DEMO_VAULT, full).split("\\").join("/");
			if (path.startsWith(".obsidian")) continue;
			if (statSync(full).isDirectory()) walk(full);
			else if (name.endsWith(".md")) app.vault.addFile(path, readFileSync(full, "utf8"), VAULT_MTIME);
			else app.vault.addFile(path, new Uint8Array(readFileSync(full)).buffer, VAULT_MTIME);
		}
	};
	walk(DEMO_VAULT);
	app.metadataCache.indexAll();
	if (typeof data === "string") app.vault.adapter.writeSync(DATA_PATH, data);
	else if (data !== undefined) putFiles(app.vault.adapter, data);
	app.vault.adapter.writes.length = 0;
	return app;
}

/** A moment to read a card: Space, Enter and the big buttons ignore presses that come sooner. */
export const READ_MS = 1000;

/** Lets debounced work (indexing, saves, redraws) and pending promises finish. */
export async function settle(ms = 5000): Promise<void> {
	await jest.advanceTimersByTimeAsync(ms);
}

/** Loads the plugin as Obsidian does and lets the first index run. */
export async function startPlugin(app: App): Promise<FlashcardReviewPlugin> {
	const plugin = new FlashcardReviewPlugin(app as never, MANIFEST);
	await (plugin as unknown as { loadAndWait(): Promise<void> }).loadAndWait();
	if (!app.workspace.layoutReady) app.workspace.triggerLayoutReady();
	await settle();
	return plugin;
}

/** The open review view (there is one at most). */
export function reviewView(app: App): ReviewView {
	const leaf = app.workspace.getLeavesOfType("flashcard-review")[0] as WorkspaceLeaf | undefined;
	if (!leaf) throw new Error("no review view is open");
	return leaf.view as ReviewView;
}

/** Opens "Review due cards" and returns the review's content element once it has drawn. */
export async function openReview(app: App): Promise<HTMLElement> {
	expect(app.executeCommand("flashcard-review:review-due")).toBe(true);
	await settle();
	return reviewView(app).contentEl;
}

/** How many answers the open review's store holds. */
export function reviews(app: App): number {
	return (reviewView(app) as unknown as { services: { live: { collection: { history(): unknown[] } } } }).services.live.collection.history().length;
}

/** Presses a key in a view, as Obsidian's keymap does for the focused view's scope. */
export function press(view: { scope: unknown }, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
	const scope = view.scope as { handleKey(evt: KeyboardEvent): boolean };
	const evt = new KeyboardEvent("keydown", { key, cancelable: true, bubbles: true, ...init });
	scope.handleKey(evt);
	return evt;
}

/** The data.json the plugin saved, parsed. */
export function savedData(app: App): Record<string, unknown> {
	return JSON.parse(app.vault.adapter.readSync(DATA_PATH)) as Record<string, unknown>;
}

/** Clears what the fake records across tests. */
export function resetRecorders(): void {
	Notice.messages.length = 0;
	MarkdownRenderer.calls.length = 0;
	MarkdownRenderer.releaseRenders();
	MarkdownRenderer.hold = false;
}

/** The text of the question and answer sides on screen. */
export function sides(root: HTMLElement): { question: string; answer: string | null } {
	const question = root.querySelector(".flashcard-review-question")?.textContent ?? "";
	const answerEl = root.querySelector<HTMLElement>(".flashcard-review-answer-side");
	return { question, answer: answerEl && !answerEl.hidden ? (answerEl.textContent ?? "") : null };
}

/** A fake app over the given notes (path → text), as if they existed when Obsidian started. */
export function appWith(files: Record<string, string>): App {
	const app = new App();
	for (const [path, text] of Object.entries(files)) app.vault.addFile(path, text, VAULT_MTIME);
	app.metadataCache.indexAll();
	return app;
}

/** Clicks an element the way a mouse does (bubbling, with modifier keys). */
export function click(el: Element | null | undefined, init: MouseEventInit = {}): void {
	if (!el) throw new Error("nothing to click");
	el.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true, ...init }));
}

/**
 * A key pressed while `target` has the focus, as Obsidian and a browser handle it: Obsidian's keymap
 * (a capture listener on the window) gives it to the active view's scope first; unless that
 * prevented the default, Enter on a button or link, or Space on a button, then clicks it.
 */
export function pressOn(view: { scope: unknown }, target: HTMLElement, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
	const scope = view.scope as { handleKey(evt: KeyboardEvent): boolean };
	const keymap = (evt: KeyboardEvent): void => void scope.handleKey(evt);
	// On the target itself: the fake views are not attached to a window.
	target.addEventListener("keydown", keymap, { capture: true, once: true });
	const evt = new KeyboardEvent("keydown", { key, cancelable: true, bubbles: true, ...init });
	target.dispatchEvent(evt);
	const activates = (key === "Enter" && target.closest("button, a[href]")) || (key === " " && target.closest("button"));
	if (!evt.defaultPrevented && activates) target.click();
	return evt;
}

/** The id the plugin gave this app's device (kept in the vault's local storage). */
export function deviceOf(app: App): string {
	const id = app.loadLocalStorage(DEVICE_ID_KEY);
	if (typeof id !== "string") throw new Error("the plugin has not started on this app yet");
	return id;
}

/** The same device starting the app again: its vault, the files of its plugin folder (backups left out) and its local storage (so its device id and local cache). */
export function relaunch(app: App): App {
	const next = demoApp(folderFiles(app.vault.adapter));
	for (const [key, value] of app.localStorage) next.localStorage.set(key, value);
	return next;
}

/** The local cache the plugin keeps for this app's device (IndexedDB; in memory where support/memory-cache stands in for it). */
export async function localCacheOf(app: App): Promise<LocalFiles> {
	const files = await indexedDbCache(deviceOf(app), MANIFEST.version).read();
	if (!files) throw new Error("no local cache: give the plugin one (support/memory-cache, or fake-indexeddb), and let it save first");
	return files;
}

/** The store the plugin saved, as its device reads it at the next start: every part of its folder, and its local cache (the notes' cards). */
export async function savedStore(app: App): Promise<Collection> {
	return storeOnDisk(app.vault.adapter, deviceOf(app), await localCacheOf(app));
}

/** What the plugin's folder holds for every device (answers, options; no notes), read by a device that did not write it and has no cache. */
export function syncedStore(app: App): Collection {
	return storeOnDisk(app.vault.adapter);
}
