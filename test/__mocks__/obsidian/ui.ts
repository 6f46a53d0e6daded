import type * as Obsidian from "obsidian";
import { Scope } from "./keys";

export class Notice implements Pick<Obsidian.Notice, "hide"> {
	/** Test helper: every message shown, in order. */
	static readonly messages: string[] = [];
	message: string;
	constructor(message: string | DocumentFragment, public duration?: number) {
		this.message = typeof message === "string" ? message : (message.textContent ?? "");
		Notice.messages.push(this.message);
	}
	setMessage(message: string | DocumentFragment): this {
		this.message = typeof message === "string" ? message : (message.textContent ?? "");
		Notice.messages.push(this.message);
		return this;
	}
	hide(): void {}
}

export class Modal implements Pick<Obsidian.Modal, "app" | "containerEl" | "modalEl" | "titleEl" | "contentEl" | "open" | "close" | "onOpen" | "onClose"> {
	/** Test helper: the modals open now. */
	static readonly open: Modal[] = [];
	scope: Scope;
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	constructor(public app: Obsidian.App) {
		this.scope = new Scope();
		this.containerEl = document.createElement("div");
		this.modalEl = this.containerEl.appendChild(document.createElement("div"));
		this.titleEl = this.modalEl.appendChild(document.createElement("div"));
		this.contentEl = this.modalEl.appendChild(document.createElement("div"));
	}
	open(): void {
		Modal.open.push(this);
		void this.onOpen();
	}
	close(): void {
		const index = Modal.open.indexOf(this);
		if (index >= 0) Modal.open.splice(index, 1);
		this.onClose();
	}
	onOpen(): Promise<void> | void {}
	onClose(): void {}
	setTitle(title: string): this {
		this.titleEl.textContent = title;
		return this;
	}
}

export abstract class SuggestModal<T> extends Modal {
	limit = 100;
	emptyStateText = "No results found.";
	inputEl: HTMLInputElement;
	resultContainerEl: HTMLElement;
	placeholder = "";
	constructor(app: Obsidian.App) {
		super(app);
		this.inputEl = this.modalEl.appendChild(document.createElement("input"));
		this.resultContainerEl = this.modalEl.appendChild(document.createElement("div"));
	}
	setPlaceholder(placeholder: string): void {
		this.placeholder = placeholder;
	}
	abstract getSuggestions(query: string): T[] | Promise<T[]>;
	abstract renderSuggestion(value: T, el: HTMLElement): void;
	abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;
	/** Test helper: the user typed `query` and picked the `index`-th suggestion. */
	async pickSuggestion(query: string, index = 0): Promise<void> {
		const items = await this.getSuggestions(query);
		const item = items[index];
		if (item === undefined) throw new Error(`no suggestion ${index} for "${query}"`);
		this.close();
		this.onChooseSuggestion(item, new KeyboardEvent("keydown", { key: "Enter" }));
	}
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<Obsidian.FuzzyMatch<T>> {
	getSuggestions(query: string): Obsidian.FuzzyMatch<T>[] {
		const q = query.toLowerCase();
		return this.getItems()
			.filter((item) => this.getItemText(item).toLowerCase().includes(q))
			.map((item) => ({ item, match: { score: 0, matches: [] } }));
	}
	renderSuggestion(item: Obsidian.FuzzyMatch<T>, el: HTMLElement): void {
		el.textContent = this.getItemText(item.item);
	}
	onChooseSuggestion(item: Obsidian.FuzzyMatch<T>, evt: MouseEvent | KeyboardEvent): void {
		this.onChooseItem(item.item, evt);
	}
	abstract getItems(): T[];
	abstract getItemText(item: T): string;
	abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
}

abstract class BaseComponent {
	disabled = false;
	then(cb: (component: this) => unknown): this {
		cb(this);
		return this;
	}
	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}
}

abstract class ValueComponent<T> extends BaseComponent {
	abstract getValue(): T;
	abstract setValue(value: T): this;
}

export class TextComponent extends ValueComponent<string> implements Pick<Obsidian.TextComponent, "inputEl" | "getValue"> {
	inputEl: HTMLInputElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.inputEl = containerEl.appendChild(document.createElement("input"));
		this.inputEl.type = "text";
	}
	getValue(): string {
		return this.inputEl.value;
	}
	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}
	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}
	onChange(callback: (value: string) => unknown): this {
		this.inputEl.addEventListener("input", () => void callback(this.inputEl.value));
		return this;
	}
	/** Test helper: the user typed `value`. */
	type(value: string): void {
		this.inputEl.value = value;
		this.inputEl.dispatchEvent(new Event("input"));
	}
}

export class TextAreaComponent extends TextComponent {}

export class ToggleComponent extends ValueComponent<boolean> implements Pick<Obsidian.ToggleComponent, "toggleEl" | "getValue"> {
	toggleEl: HTMLElement;
	private value = false;
	private listeners: ((value: boolean) => unknown)[] = [];
	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = containerEl.appendChild(document.createElement("div"));
		this.toggleEl.className = "checkbox-container";
		this.toggleEl.addEventListener("click", () => this.onClick());
	}
	getValue(): boolean {
		return this.value;
	}
	setValue(on: boolean): this {
		this.value = on;
		this.toggleEl.classList.toggle("is-enabled", on);
		return this;
	}
	onClick(): void {
		this.setValue(!this.value);
		for (const listener of this.listeners) void listener(this.value);
	}
	onChange(callback: (value: boolean) => unknown): this {
		this.listeners.push(callback);
		return this;
	}
}

export class DropdownComponent extends ValueComponent<string> implements Pick<Obsidian.DropdownComponent, "selectEl" | "getValue"> {
	selectEl: HTMLSelectElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = containerEl.appendChild(document.createElement("select"));
	}
	addOption(value: string, display: string): this {
		const option = this.selectEl.appendChild(document.createElement("option"));
		option.value = value;
		option.textContent = display;
		return this;
	}
	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}
	getValue(): string {
		return this.selectEl.value;
	}
	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}
	onChange(callback: (value: string) => unknown): this {
		this.selectEl.addEventListener("change", () => void callback(this.selectEl.value));
		return this;
	}
	/** Test helper: the user picked `value`. */
	select(value: string): void {
		this.selectEl.value = value;
		this.selectEl.dispatchEvent(new Event("change"));
	}
}

export class ButtonComponent extends BaseComponent implements Pick<Obsidian.ButtonComponent, "buttonEl"> {
	buttonEl: HTMLButtonElement;
	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = containerEl.appendChild(document.createElement("button"));
	}
	setButtonText(name: string): this {
		this.buttonEl.textContent = name;
		return this;
	}
	setCta(): this {
		this.buttonEl.classList.add("mod-cta");
		return this;
	}
	/** A disabled button cannot be pressed, as in Obsidian (the element itself is disabled). */
	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.buttonEl.disabled = disabled;
		return this;
	}
	setWarning(): this {
		this.buttonEl.classList.add("mod-warning");
		return this;
	}
	setIcon(icon: string): this {
		this.buttonEl.setAttribute("data-icon", icon);
		return this;
	}
	setTooltip(tooltip: string): this {
		this.buttonEl.setAttribute("aria-label", tooltip);
		return this;
	}
	setClass(cls: string): this {
		this.buttonEl.classList.add(cls);
		return this;
	}
	onClick(callback: (evt: MouseEvent) => unknown): this {
		this.buttonEl.addEventListener("click", (evt) => void callback(evt));
		return this;
	}
}

export class Setting implements Pick<Obsidian.Setting, "settingEl" | "infoEl" | "nameEl" | "descEl" | "controlEl"> {
	settingEl: HTMLElement;
	infoEl: HTMLElement;
	nameEl: HTMLElement;
	descEl: HTMLElement;
	controlEl: HTMLElement;
	components: BaseComponent[] = [];
	constructor(containerEl: HTMLElement) {
		this.settingEl = containerEl.appendChild(document.createElement("div"));
		this.settingEl.className = "setting-item";
		this.infoEl = this.settingEl.appendChild(document.createElement("div"));
		this.nameEl = this.infoEl.appendChild(document.createElement("div"));
		this.nameEl.className = "setting-item-name";
		this.descEl = this.infoEl.appendChild(document.createElement("div"));
		this.descEl.className = "setting-item-description";
		this.controlEl = this.settingEl.appendChild(document.createElement("div"));
		this.controlEl.className = "setting-item-control";
	}
	setName(name: string | DocumentFragment): this {
		this.nameEl.textContent = typeof name === "string" ? name : name.textContent;
		return this;
	}
	setDesc(desc: string | DocumentFragment): this {
		if (typeof desc === "string") this.descEl.textContent = desc;
		else this.descEl.replaceChildren(desc);
		return this;
	}
	setClass(cls: string): this {
		this.settingEl.classList.add(cls);
		return this;
	}
	setHeading(): this {
		this.settingEl.classList.add("setting-item-heading");
		return this;
	}
	setDisabled(disabled: boolean): this {
		for (const c of this.components) c.setDisabled(disabled);
		return this;
	}
	private add<C extends BaseComponent>(component: C, cb: (c: C) => unknown): this {
		this.components.push(component);
		cb(component);
		return this;
	}
	addText(cb: (component: Obsidian.TextComponent) => unknown): this {
		return this.add(new TextComponent(this.controlEl), cb as unknown as (c: TextComponent) => unknown);
	}
	addTextArea(cb: (component: Obsidian.TextAreaComponent) => unknown): this {
		return this.add(new TextAreaComponent(this.controlEl), cb as unknown as (c: TextAreaComponent) => unknown);
	}
	addToggle(cb: (component: Obsidian.ToggleComponent) => unknown): this {
		return this.add(new ToggleComponent(this.controlEl), cb as unknown as (c: ToggleComponent) => unknown);
	}
	addDropdown(cb: (component: Obsidian.DropdownComponent) => unknown): this {
		return this.add(new DropdownComponent(this.controlEl), cb as unknown as (c: DropdownComponent) => unknown);
	}
	addButton(cb: (component: Obsidian.ButtonComponent) => unknown): this {
		return this.add(new ButtonComponent(this.controlEl), cb as unknown as (c: ButtonComponent) => unknown);
	}
	then(cb: (setting: this) => unknown): this {
		cb(this);
		return this;
	}
	clear(): this {
		this.controlEl.replaceChildren();
		this.components = [];
		return this;
	}
}

export abstract class PluginSettingTab implements Pick<Obsidian.PluginSettingTab, "app" | "containerEl" | "display" | "hide"> {
	containerEl: HTMLElement;
	constructor(
		public app: Obsidian.App,
		public plugin: Obsidian.Plugin,
	) {
		this.containerEl = typeof document === "undefined" ? (null as unknown as HTMLElement) : document.createElement("div");
	}
	abstract display(): void;
	hide(): void {}
}

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
