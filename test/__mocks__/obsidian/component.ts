import type * as Obsidian from "obsidian";

/** Every loaded component, so tests can prove that unloading leaves nothing behind. */
export const liveComponents = new Set<Component>();
/** DOM listeners added through registerDomEvent and not yet removed. */
export const liveDomListeners = new Set<() => void>();

export class Component implements Obsidian.Component {
	private loaded = false;
	private children: Component[] = [];
	private cleanups: (() => unknown)[] = [];
	/** Test helper: what the last onload() returned (a plugin's onload is async). */
	onloadResult: unknown;

	load(): void {
		if (this.loaded) return;
		this.loaded = true;
		liveComponents.add(this);
		this.onloadResult = this.onload();
		for (const child of this.children) child.load();
	}
	onload(): void | Promise<void> {}
	/** As Obsidian does: children last-added first, then the registered cleanups last-in first-out, then onunload. */
	unload(): void {
		if (!this.loaded) return;
		this.loaded = false;
		liveComponents.delete(this);
		for (let child = this.children.pop(); child; child = this.children.pop()) child.unload();
		for (let cleanup = this.cleanups.pop(); cleanup; cleanup = this.cleanups.pop()) cleanup();
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
	registerEvent(eventRef: Obsidian.EventRef): void {
		const ref = eventRef as Obsidian.EventRef & { emitter?: Obsidian.Events };
		this.register(() => ref.emitter?.offref(eventRef));
	}
	registerDomEvent(el: Window | Document | HTMLElement, type: string, callback: (ev: Event) => unknown, options?: boolean | AddEventListenerOptions): void {
		const listener = callback as EventListener;
		el.addEventListener(type, listener, options);
		const remove = (): void => {
			el.removeEventListener(type, listener, options);
			liveDomListeners.delete(remove);
		};
		liveDomListeners.add(remove);
		this.register(remove);
	}
	registerInterval(id: number): number {
		// Obsidian clears it on the window; the global timer functions are the same there, and exist under node too.
		this.register(() => clearInterval(id));
		return id;
	}
	/** Test helper: whether load() ran without a later unload(). */
	get isLoaded(): boolean {
		return this.loaded;
	}
	/** Test helper: the loaded children. */
	get childCount(): number {
		return this.children.length;
	}
}
