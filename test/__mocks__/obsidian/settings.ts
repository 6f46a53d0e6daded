/** Setting rows, their components and the settings tab. */
import type * as Obsidian from "obsidian";

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
