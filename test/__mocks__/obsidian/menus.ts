/** The platform flags and menus. */
import type * as Obsidian from "obsidian";

export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: "app://fake/",
};

/** The fluent methods return the fake itself, so only the shape of the calls is checked against obsidian.d.ts. */
export class MenuItem {
	title = "";
	icon: string | null = null;
	section = "";
	private callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;
	setTitle(title: string | DocumentFragment): this {
		this.title = typeof title === "string" ? title : (title.textContent ?? "");
		return this;
	}
	setIcon(icon: string | null): this {
		this.icon = icon;
		return this;
	}
	setSection(section: string): this {
		this.section = section;
		return this;
	}
	onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.callback = callback;
		return this;
	}
	/** Test helper: the user picks this item. */
	click(): void {
		this.callback?.(new MouseEvent("click"));
	}
}

export class Menu {
	/** Test helper: the menus on screen, newest last. */
	static readonly shown: Menu[] = [];
	readonly items: MenuItem[] = [];
	addItem(cb: (item: Obsidian.MenuItem) => unknown): this {
		const item = new MenuItem();
		this.items.push(item);
		cb(item as unknown as Obsidian.MenuItem);
		return this;
	}
	addSeparator(): this {
		return this;
	}
	showAtMouseEvent(_evt: MouseEvent): this {
		Menu.shown.push(this);
		return this;
	}
	showAtPosition(_position: Obsidian.MenuPositionDef): this {
		Menu.shown.push(this);
		return this;
	}
	hide(): this {
		const index = Menu.shown.indexOf(this);
		if (index >= 0) Menu.shown.splice(index, 1);
		return this;
	}
	close(): void {
		this.hide();
	}
	/** Test helper: picks the item whose title starts with `title`. */
	pick(title: string): void {
		const item = this.items.find((i) => i.title.startsWith(title));
		if (!item) throw new Error(`no menu item "${title}" in ${this.items.map((i) => i.title).join(", ")}`);
		this.hide();
		item.click();
	}
}
