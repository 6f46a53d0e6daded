import type * as Obsidian from "obsidian";
import { Keymap, Scope } from "./keys";
import { MarkdownRenderer } from "./markdown";
import { MetadataCache } from "./metadata-cache";
import { Vault } from "./vault";
import { Workspace, type LeafHost } from "./workspace";

export class App implements LeafHost, Pick<Obsidian.App, "lastEvent" | "loadLocalStorage" | "saveLocalStorage" | "isDarkMode"> {
	readonly vault = new Vault();
	readonly metadataCache = new MetadataCache(this.vault);
	readonly workspace = new Workspace();
	readonly keymap = new Keymap();
	readonly scope = new Scope();
	lastEvent: Obsidian.UserEvent | null = null;
	/** Registries the plugin fills through Plugin.register*, read by the fake workspace and tests. */
	readonly viewCreators = new Map<string, (leaf: Obsidian.WorkspaceLeaf) => Obsidian.View>();
	readonly commands = new Map<string, Obsidian.Command>();
	readonly hoverLinkSources = new Map<string, Obsidian.HoverLinkSource>();
	readonly settingTabs: Obsidian.PluginSettingTab[] = [];
	/** This device's local storage for the vault (survives a plugin reload, not a device change). */
	readonly localStorage = new Map<string, string>();

	constructor() {
		this.workspace.host = this;
		MarkdownRenderer.resolver = (linkpath, sourcePath) => this.metadataCache.getFirstLinkpathDest(linkpath, sourcePath);
	}

	loadLocalStorage(key: string): unknown {
		const raw = this.localStorage.get(key);
		return raw === undefined ? null : (JSON.parse(raw) as unknown);
	}
	saveLocalStorage(key: string, data: unknown): void {
		if (data === null) this.localStorage.delete(key);
		else this.localStorage.set(key, JSON.stringify(data));
	}
	announceVault(): void {
		for (const file of this.vault.getAllLoadedFiles()) if (file !== this.vault.getRoot()) this.vault.trigger("create", file);
	}
	/**
	 * Test helper: a key pressed wherever the focus is, dispatched as Obsidian's keymap does: to the
	 * newest pushed scope (a modal), else to the active leaf's view scope, else to the app's scope.
	 */
	pressKey(key: string, init: KeyboardEventInit = {}): KeyboardEvent {
		const evt = new KeyboardEvent("keydown", { key, cancelable: true, bubbles: true, ...init });
		const scope = this.keymap.stack.at(-1) ?? this.workspace.activeLeaf?.view.scope ?? this.scope;
		(scope as Scope).handleKey(evt);
		return evt;
	}
	isDarkMode(): boolean {
		return false;
	}
	/** Test helper: whether the command palette would offer the command now. */
	isCommandAvailable(id: string): boolean {
		const command = this.commands.get(id);
		if (!command) return false;
		if (command.checkCallback) return command.checkCallback(true) === true;
		return command.callback !== undefined;
	}
	/** Test helper: runs a command as the palette does; false when it is not available. */
	executeCommand(id: string): boolean {
		const command = this.commands.get(id);
		if (!command || !this.isCommandAvailable(id)) return false;
		if (command.checkCallback) command.checkCallback(false);
		else void command.callback?.();
		return true;
	}
}
