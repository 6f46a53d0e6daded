import { Component, Keymap, MarkdownRenderer, type App, type HoverParent } from "obsidian";
import { targetElement } from "./dom-target";

/**
 * Renders card Markdown with Obsidian's own renderer, so embeds, math, links and other plugins'
 * post-processors work as in the note. Each card gets a fresh child component of the view; it is
 * unloaded before the next card so embeds and render children never pile up.
 */
export class CardRenderer {
	private card: Component | null = null;

	constructor(
		private readonly app: App,
		private readonly owner: Component,
	) {}

	/** Starts a new card: the previous card's children are unloaded. */
	begin(): void {
		this.clear();
		this.card = this.owner.addChild(new Component());
	}

	/** Renders `markdown` into `el` (emptied first) for the current card; `sourcePath` is its note. */
	async render(markdown: string, el: HTMLElement, sourcePath: string): Promise<void> {
		if (!this.card) this.begin();
		const card = this.card;
		if (!card) return;
		el.empty();
		el.addClass("markdown-rendered");
		await MarkdownRenderer.render(this.app, markdown, el, sourcePath, card);
	}

	clear(): void {
		if (this.card) this.owner.removeChild(this.card);
		this.card = null;
	}
}

/** What link wiring needs from a view. */
export interface LinkHost extends HoverParent {
	app: App;
	registerDomEvent: Component["registerDomEvent"];
}

/**
 * Rendered internal links do nothing in a custom view: one delegated listener per view opens them
 * (modifier keys respected, unresolved links ignored so a review never creates notes) and shows
 * the page preview on hover. `sourcePath` gives the note of the card under the pointer.
 */
export function wireInternalLinks(host: LinkHost, root: HTMLElement, source: string, sourcePath: () => string | null): void {
	const linkOf = (evt: Event): { a: HTMLElement; href: string; from: string } | null => {
		const a = targetElement(evt)?.closest<HTMLElement>("a.internal-link");
		const from = sourcePath();
		if (!a || !root.contains(a) || from === null) return null;
		const href = a.getAttr("data-href") ?? a.getAttr("href");
		return href ? { a, href, from } : null;
	};
	const open = (evt: MouseEvent, newLeaf: ReturnType<typeof Keymap.isModEvent>): void => {
		const link = linkOf(evt);
		if (!link) return;
		evt.preventDefault();
		if (link.a.hasClass("is-unresolved")) return;
		void host.app.workspace.openLinkText(link.href, link.from, newLeaf);
	};
	host.registerDomEvent(root, "click", (evt) => open(evt, Keymap.isModEvent(evt)));
	host.registerDomEvent(root, "auxclick", (evt) => {
		if (evt.button === 1) open(evt, "tab");
	});
	host.registerDomEvent(root, "mouseover", (evt) => {
		const link = linkOf(evt);
		if (!link) return;
		host.app.workspace.trigger("hover-link", { event: evt, source, hoverParent: host, targetEl: link.a, linktext: link.href, sourcePath: link.from });
	});
}
