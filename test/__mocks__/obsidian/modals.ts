/** Notices and modals, including the suggest modals. */
import type * as Obsidian from "obsidian";
import { Scope } from "./keys";

export class Notice implements Pick<Obsidian.Notice, "hide"> {
	/** Test helper: every message shown, in order. */
	static readonly messages: string[] = [];
	/** Test helper: every notice made, in order. */
	static readonly made: Notice[] = [];
	message: string;
	constructor(message: string | DocumentFragment, public duration?: number) {
		this.message = typeof message === "string" ? message : (message.textContent ?? "");
		Notice.messages.push(this.message);
		Notice.made.push(this);
	}
	setMessage(message: string | DocumentFragment): this {
		this.message = typeof message === "string" ? message : (message.textContent ?? "");
		Notice.messages.push(this.message);
		return this;
	}
	/** Test helper: whether it was taken down. */
	hidden = false;
	hide(): void {
		this.hidden = true;
	}
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
