/**
 * A small in-memory fake of the Obsidian API for tests, typed against the real `obsidian.d.ts`.
 * It behaves as the documented API does and only grows when a test needs more.
 */
import type * as Obsidian from "obsidian";

export class Component implements Pick<Obsidian.Component, "load" | "onload" | "unload" | "onunload" | "addChild" | "removeChild" | "register"> {
	private loaded = false;
	private children: Component[] = [];
	private cleanups: (() => unknown)[] = [];

	load(): void {
		if (this.loaded) return;
		this.loaded = true;
		this.onload();
		for (const child of this.children) child.load();
	}
	onload(): void {}
	unload(): void {
		if (!this.loaded) return;
		this.loaded = false;
		for (const child of this.children.splice(0)) child.unload();
		for (const cleanup of this.cleanups.splice(0)) cleanup();
		this.onunload();
	}
	onunload(): void {}
	addChild<T extends Obsidian.Component>(child: T): T {
		this.children.push(child as unknown as Component);
		if (this.loaded) child.load();
		return child;
	}
	removeChild<T extends Obsidian.Component>(child: T): T {
		const index = this.children.indexOf(child as unknown as Component);
		if (index >= 0) {
			this.children.splice(index, 1);
			child.unload();
		}
		return child;
	}
	register(cb: () => unknown): void {
		this.cleanups.push(cb);
	}
	/** Test helper: whether load() ran without a later unload(). */
	get isLoaded(): boolean {
		return this.loaded;
	}
}

export class Plugin extends Component {
	constructor(
		public app: Obsidian.App,
		public manifest: Obsidian.PluginManifest,
	) {
		super();
	}
}
