import type * as Obsidian from "obsidian";
import { Component } from "./component";
import { Events } from "./events";
import { TFile } from "./vault";
import type { Scope } from "./keys";

/** Where a leaf lives. */
/** Where a leaf lives: the main area, a sidebar, or a popout window. */
export type Side = "root" | "left" | "right" | "window";

/** The few things a leaf needs from the app. */
export interface LeafHost {
	workspace: Workspace;
	viewCreators: Map<string, (leaf: Obsidian.WorkspaceLeaf) => Obsidian.View>;
	/** Obsidian loading the vault: a `create` event for every file already there. */
	announceVault?(): void;
}

export abstract class View extends Component implements Pick<Obsidian.View, "app" | "icon" | "navigation" | "leaf" | "containerEl" | "getViewType" | "getDisplayText" | "getState" | "setState" | "getIcon" | "onResize" | "getEphemeralState" | "setEphemeralState" | "onPaneMenu"> {
	app: Obsidian.App;
	icon = "";
	navigation = false;
	containerEl: HTMLElement;
	scope: Scope | null = null;
	constructor(public leaf: Obsidian.WorkspaceLeaf) {
		super();
		this.app = (leaf as unknown as WorkspaceLeaf).app;
		this.containerEl = document.createElement("div");
		this.containerEl.className = "workspace-leaf-content";
	}
	protected async onOpen(): Promise<void> {}
	protected async onClose(): Promise<void> {}
	/** Test helper: Obsidian opens a view through its protected hooks. */
	async open(): Promise<void> {
		await this.onOpen();
	}
	async close(): Promise<void> {
		await this.onClose();
	}
	abstract getViewType(): string;
	abstract getDisplayText(): string;
	getState(): Record<string, unknown> {
		return {};
	}
	async setState(_state: unknown, _result: Obsidian.ViewStateResult): Promise<void> {}
	getIcon(): string {
		return this.icon;
	}
	onResize(): void {}
	getEphemeralState(): Record<string, unknown> {
		return {};
	}
	setEphemeralState(_state: unknown): void {}
	onPaneMenu(_menu: Obsidian.Menu, _source: string): void {}
}

export abstract class ItemView extends View implements Pick<Obsidian.ItemView, "contentEl" | "addAction"> {
	contentEl: HTMLElement;
	readonly actionsEl: HTMLElement;
	constructor(leaf: Obsidian.WorkspaceLeaf) {
		super(leaf);
		this.actionsEl = this.containerEl.appendChild(document.createElement("div"));
		this.actionsEl.className = "view-actions";
		this.contentEl = this.containerEl.appendChild(document.createElement("div"));
		this.contentEl.className = "view-content";
	}
	addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = this.actionsEl.appendChild(document.createElement("a"));
		el.className = "view-action";
		el.setAttribute("aria-label", title);
		el.setAttribute("data-icon", icon);
		el.addEventListener("click", (evt) => callback(evt));
		return el;
	}
}

class EmptyView extends ItemView {
	getViewType(): string {
		return "empty";
	}
	getDisplayText(): string {
		return "New tab";
	}
}

/** A stand-in for the Markdown editor a note opens in. */
export class FakeMarkdownView extends ItemView {
	file: Obsidian.TFile | null = null;
	eState: Record<string, unknown> | undefined;
	override navigation = true;
	getViewType(): string {
		return "markdown";
	}
	getDisplayText(): string {
		return this.file?.basename ?? "";
	}
	override getState(): Record<string, unknown> {
		return this.file ? { file: this.file.path } : {};
	}
}

/**
 * What a background tab holds since Obsidian 1.7.2 until it is shown: not the view of its type (so
 * `instanceof` fails) but a placeholder that keeps the type and state to load later.
 */
class DeferredView extends ItemView {
	constructor(
		leaf: Obsidian.WorkspaceLeaf,
		readonly deferred: Obsidian.ViewState,
	) {
		super(leaf);
	}
	getViewType(): string {
		return this.deferred.type;
	}
	getDisplayText(): string {
		return "";
	}
	override getState(): Record<string, unknown> {
		return this.deferred.state ?? {};
	}
	override async setState(state: unknown): Promise<void> {
		this.deferred.state = state as Record<string, unknown>;
	}
}

export class WorkspaceLeaf extends Events implements Pick<Obsidian.WorkspaceLeaf, "hoverPopover" | "openFile" | "setViewState" | "getViewState" | "isDeferred" | "loadIfDeferred" | "detach" | "getDisplayText"> {
	view: View;
	hoverPopover: Obsidian.HoverPopover | null = null;
	get isDeferred(): boolean {
		return this.view instanceof DeferredView;
	}
	readonly containerEl: HTMLElement;
	constructor(
		public app: Obsidian.App,
		private readonly host: LeafHost,
		public side: Side,
	) {
		super();
		this.containerEl = document.createElement("div");
		this.containerEl.className = "workspace-leaf";
		this.host.workspace.containerEl.appendChild(this.containerEl);
		this.view = new EmptyView(this as unknown as Obsidian.WorkspaceLeaf);
		this.mount(this.view);
	}
	async openFile(file: Obsidian.TFile, openState?: Obsidian.OpenViewState): Promise<void> {
		await this.closeView();
		const view = new FakeMarkdownView(this as unknown as Obsidian.WorkspaceLeaf);
		view.file = file;
		view.eState = openState?.eState;
		this.mount(view);
		this.host.workspace.openedFiles.push({ path: file.path, eState: openState?.eState, side: this.side });
		// The leaf (and so its scope) becomes the active one only when asked to.
		if (openState?.active) {
			this.host.workspace.activeLeaf = this;
			this.host.workspace.setActiveFile(file instanceof TFile ? file : null);
		}
	}
	async setViewState(viewState: Obsidian.ViewState): Promise<void> {
		const creator = this.host.viewCreators.get(viewState.type);
		if (!creator) throw new Error(`No view registered for ${viewState.type}`);
		if (this.view.getViewType() !== viewState.type) {
			await this.closeView();
			const view = creator(this as unknown as Obsidian.WorkspaceLeaf) as unknown as View;
			this.mount(view);
			await view.open();
		}
		await this.view.setState(viewState.state ?? {}, { history: false });
		if (viewState.active) this.host.workspace.activeLeaf = this;
	}
	getViewState(): Obsidian.ViewState {
		return { type: this.view.getViewType(), state: { ...this.view.getState() } };
	}
	async loadIfDeferred(): Promise<void> {
		if (!(this.view instanceof DeferredView)) return;
		const { deferred } = this.view;
		await this.closeView();
		this.mount(new EmptyView(this as unknown as Obsidian.WorkspaceLeaf));
		if (deferred.type === "markdown") {
			const file = this.app.vault.getFileByPath(String(deferred.state?.file ?? ""));
			if (file) await this.openFile(file);
		} else await this.setViewState(deferred);
	}
	/** Test helper: the tab goes to the background as Obsidian restores it at start-up (deferred). */
	async defer(): Promise<void> {
		const state = this.getViewState();
		await this.closeView();
		this.mount(new DeferredView(this as unknown as Obsidian.WorkspaceLeaf, state));
	}
	detach(): void {
		void this.closeView();
		this.containerEl.remove();
		this.host.workspace.removeLeaf(this);
	}
	getDisplayText(): string {
		return this.view.getDisplayText();
	}
	getRoot(): object {
		const { workspace } = this.host;
		return { root: workspace.rootSplit, right: workspace.rightSplit, left: workspace.leftSplit, window: this.popoutRoot }[this.side];
	}
	/** A popout window is the root of its own leaves. */
	private readonly popoutRoot = { kind: "window" };

	private mount(view: View): void {
		this.view = view;
		this.containerEl.appendChild(view.containerEl);
		view.load();
	}
	private async closeView(): Promise<void> {
		const view = this.view;
		await view.close();
		view.unload();
		view.containerEl.remove();
	}
}

/** One call of openLinkText, for assertions. */
export interface OpenedLink {
	linktext: string;
	sourcePath: string;
	newLeaf: Obsidian.PaneType | boolean | undefined;
	state?: Obsidian.OpenViewState;
}

export class Workspace extends Events implements Pick<Obsidian.Workspace, "layoutReady" | "onLayoutReady" | "getLeaf" | "getRightLeaf" | "getLeftLeaf" | "ensureSideLeaf" | "revealLeaf" | "getLeavesOfType" | "detachLeavesOfType" | "iterateAllLeaves" | "openLinkText" | "getActiveFile" | "getActiveViewOfType" | "on" | "trigger"> {
	layoutReady = false;
	activeLeaf: WorkspaceLeaf | null = null;
	readonly containerEl: HTMLElement;
	readonly rootSplit = { kind: "root" };
	readonly rightSplit = { kind: "right" };
	readonly leftSplit = { kind: "left" };
	readonly leaves: WorkspaceLeaf[] = [];
	/** Test helpers: what the plugin asked the workspace to open. */
	readonly openedLinks: OpenedLink[] = [];
	readonly openedFiles: { path: string; eState?: Record<string, unknown>; side: Side }[] = [];
	/** Test helper: what each getLeaf call asked for. */
	readonly leafRequests: (Obsidian.PaneType | boolean)[] = [];
	private readyCallbacks: (() => unknown)[] = [];
	private activeFile: Obsidian.TFile | null = null;
	host: LeafHost | null = null;

	constructor() {
		super();
		this.containerEl = typeof document === "undefined" ? (null as unknown as HTMLElement) : document.createElement("div");
	}

	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) callback();
		else this.readyCallbacks.push(callback);
	}
	/**
	 * Test helper: Obsidian finished starting. As in Obsidian, loading the vault first fires `create` for
	 * every file already in it, after the plugins' onload and before layout ready.
	 */
	triggerLayoutReady(): void {
		if (this.layoutReady) return;
		this.host?.announceVault?.();
		this.layoutReady = true;
		for (const cb of this.readyCallbacks.splice(0)) cb();
	}
	getLeaf(newLeaf?: Obsidian.PaneType | boolean): Obsidian.WorkspaceLeaf {
		this.leafRequests.push(newLeaf ?? false);
		if (newLeaf === "window") return this.createLeaf("window");
		if (!newLeaf) {
			const reusable = this.leaves.find((l) => l.side === "root" && (l.view.navigation || l.view.getViewType() === "empty"));
			if (reusable) return reusable as unknown as Obsidian.WorkspaceLeaf;
		}
		return this.createLeaf("root");
	}
	getRightLeaf(_split: boolean): Obsidian.WorkspaceLeaf | null {
		return this.createLeaf("right");
	}
	getLeftLeaf(_split: boolean): Obsidian.WorkspaceLeaf | null {
		return this.createLeaf("left");
	}
	async ensureSideLeaf(type: string, side: Obsidian.Side, options?: { active?: boolean; reveal?: boolean; state?: Record<string, unknown> }): Promise<Obsidian.WorkspaceLeaf> {
		const existing = this.leaves.find((l) => l.side === side && l.view.getViewType() === type);
		const leaf = existing ?? (this.createLeaf(side) as unknown as WorkspaceLeaf);
		await leaf.setViewState({ type, active: options?.active, state: options?.state });
		return leaf as unknown as Obsidian.WorkspaceLeaf;
	}
	/** Shows the leaf: a deferred view loads (as documented since 1.7.2, awaited). */
	async revealLeaf(leaf: Obsidian.WorkspaceLeaf): Promise<void> {
		await leaf.loadIfDeferred();
		this.activeLeaf = leaf as unknown as WorkspaceLeaf;
	}
	getLeavesOfType(viewType: string): Obsidian.WorkspaceLeaf[] {
		return this.leaves.filter((l) => l.view.getViewType() === viewType) as unknown as Obsidian.WorkspaceLeaf[];
	}
	detachLeavesOfType(viewType: string): void {
		for (const leaf of this.leaves.filter((l) => l.view.getViewType() === viewType)) leaf.detach();
	}
	iterateAllLeaves(callback: (leaf: Obsidian.WorkspaceLeaf) => unknown): void {
		for (const leaf of [...this.leaves]) callback(leaf as unknown as Obsidian.WorkspaceLeaf);
	}
	async openLinkText(linktext: string, sourcePath: string, newLeaf?: Obsidian.PaneType | boolean, state?: Obsidian.OpenViewState): Promise<void> {
		this.openedLinks.push({ linktext, sourcePath, newLeaf, state });
	}
	getActiveFile(): Obsidian.TFile | null {
		return this.activeFile;
	}
	getActiveViewOfType<T extends Obsidian.View>(type: Obsidian.Constructor<T>): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof (type as unknown as typeof View) ? (view as unknown as T) : null;
	}
	/** Test helper: the user focused a note. */
	setActiveFile(file: Obsidian.TFile | null): void {
		this.activeFile = file;
		this.trigger("file-open", file);
	}
	/** Test helper: closes every leaf, as quitting the app does. */
	detachAll(): void {
		for (const leaf of [...this.leaves]) leaf.detach();
	}
	removeLeaf(leaf: WorkspaceLeaf): void {
		const index = this.leaves.indexOf(leaf);
		if (index >= 0) this.leaves.splice(index, 1);
		if (this.activeLeaf === leaf) this.activeLeaf = null;
	}

	private createLeaf(side: Side): Obsidian.WorkspaceLeaf {
		if (!this.host) throw new Error("workspace has no app");
		const leaf = new WorkspaceLeaf(this.host as unknown as Obsidian.App, this.host, side);
		this.leaves.push(leaf);
		return leaf as unknown as Obsidian.WorkspaceLeaf;
	}
}
