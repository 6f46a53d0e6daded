import type * as Obsidian from "obsidian";

type Handler = Obsidian.KeymapEventHandler & { func: Obsidian.KeymapEventListener };

function isMod(evt: { ctrlKey: boolean; metaKey: boolean }): boolean {
	return evt.ctrlKey || evt.metaKey;
}

function modifiersOf(evt: KeyboardEvent): string {
	const mods: string[] = [];
	if (isMod(evt)) mods.push("Mod");
	if (evt.altKey) mods.push("Alt");
	if (evt.shiftKey) mods.push("Shift");
	return mods.sort().join(",");
}

export class Scope implements Pick<Obsidian.Scope, "register" | "unregister"> {
	readonly handlers: Handler[] = [];
	constructor(public parent?: Obsidian.Scope) {}

	register(modifiers: Obsidian.Modifier[] | null, key: string | null, func: Obsidian.KeymapEventListener): Obsidian.KeymapEventHandler {
		const handler: Handler = { scope: this as unknown as Obsidian.Scope, modifiers: modifiers ? [...modifiers].sort().join(",") : null, key, func };
		this.handlers.push(handler);
		return handler;
	}
	unregister(handler: Obsidian.KeymapEventHandler): void {
		const index = this.handlers.indexOf(handler as Handler);
		if (index >= 0) this.handlers.splice(index, 1);
	}
	/**
	 * Test helper: dispatches a key the way Obsidian's keymap does for the active scope. The first
	 * matching handler wins; returning false prevents the default. Unmatched keys go to the parent.
	 */
	handleKey(evt: KeyboardEvent): boolean {
		const mods = modifiersOf(evt);
		for (const handler of this.handlers) {
			if (handler.key !== null && handler.key.toLowerCase() !== evt.key.toLowerCase()) continue;
			if (handler.modifiers !== null && handler.modifiers !== mods) continue;
			const result: unknown = handler.func(evt, { modifiers: mods, key: evt.key, vkey: evt.key });
			if (result === false) evt.preventDefault();
			return true;
		}
		return this.parent instanceof Scope ? this.parent.handleKey(evt) : false;
	}
}

export class Keymap implements Pick<Obsidian.Keymap, "pushScope" | "popScope"> {
	readonly stack: Obsidian.Scope[] = [];
	pushScope(scope: Obsidian.Scope): void {
		this.stack.push(scope);
	}
	popScope(scope: Obsidian.Scope): void {
		const index = this.stack.lastIndexOf(scope);
		if (index >= 0) this.stack.splice(index, 1);
	}
	static isModifier(evt: MouseEvent | TouchEvent | KeyboardEvent, modifier: Obsidian.Modifier): boolean {
		switch (modifier) {
			case "Mod":
				return isMod(evt);
			case "Ctrl":
				return evt.ctrlKey;
			case "Meta":
				return evt.metaKey;
			case "Shift":
				return evt.shiftKey;
			case "Alt":
				return evt.altKey;
		}
	}
	static isModEvent(evt?: Obsidian.UserEvent | null): Obsidian.PaneType | boolean {
		if (!evt) return false;
		const middle = typeof MouseEvent !== "undefined" && evt instanceof MouseEvent && evt.button === 1;
		const mod = "ctrlKey" in evt && isMod(evt);
		if (!mod) return middle ? "tab" : false;
		if (evt.altKey && evt.shiftKey) return "window";
		if (evt.altKey) return "split";
		return "tab";
	}
}
