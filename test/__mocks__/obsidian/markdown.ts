import type * as Obsidian from "obsidian";
import { Component } from "./component";

const IMAGE = /\.(png|jpe?g|gif|svg|webp|bmp|avif)$/i;

/** One MarkdownRenderer.render call, recorded for assertions. */
export interface RenderCall {
	markdown: string;
	el: HTMLElement;
	sourcePath: string;
	component: Obsidian.Component;
}

export class MarkdownRenderChild extends Component implements Pick<Obsidian.MarkdownRenderChild, "containerEl"> {
	constructor(public containerEl: HTMLElement) {
		super();
	}
}

/** Resolves link targets for the fake renderer (the app's metadata cache). */
export type LinkResolver = (linkpath: string, sourcePath: string) => Obsidian.TFile | null;

export abstract class MarkdownRenderer extends MarkdownRenderChild {
	static readonly calls: RenderCall[] = [];
	static resolver: LinkResolver = () => null;
	/** Test helper: while true, each render's promise waits for `releaseRenders()` (a slow embed). */
	static hold = false;
	private static readonly waiting: (() => void)[] = [];

	/** Test helper: lets every held render resolve. */
	static releaseRenders(): void {
		for (const release of MarkdownRenderer.waiting.splice(0)) release();
	}

	/**
	 * Appends a simple rendering to `el`: a paragraph per block, `![[x.png]]` as an image embed,
	 * `![[Note]]` as a markdown embed, `[[x]]` / `[[x|alias]]` as internal links, `==x==` as a mark.
	 * Adds a render child to `component`, as embeds and post-processors do in Obsidian.
	 */
	static async render(app: Obsidian.App, markdown: string, el: HTMLElement, sourcePath: string, component: Obsidian.Component): Promise<void> {
		void app;
		MarkdownRenderer.calls.push({ markdown, el, sourcePath, component });
		for (const block of markdown.split(/\n\s*\n/)) {
			if (block.trim() === "") continue;
			const p = el.appendChild(document.createElement("p"));
			renderInline(block, p, sourcePath);
		}
		component.addChild(new MarkdownRenderChild(el));
		if (MarkdownRenderer.hold) await new Promise<void>((release) => MarkdownRenderer.waiting.push(release));
		else await Promise.resolve();
	}
}

function renderInline(text: string, parent: HTMLElement, sourcePath: string): void {
	const token = /(!?)\[\[([^\]|]+)(?:\|([^\]]*))?\]\]|==([^=]+)==/g;
	let last = 0;
	for (const m of text.matchAll(token)) {
		parent.appendChild(document.createTextNode(text.slice(last, m.index)));
		last = m.index + m[0].length;
		if (m[4] !== undefined) {
			parent.appendChild(document.createElement("mark")).textContent = m[4];
			continue;
		}
		const target = m[2]!;
		const resolved = MarkdownRenderer.resolver(target.split("#")[0]!, sourcePath);
		if (m[1] === "!") {
			const span = parent.appendChild(document.createElement("span"));
			span.className = IMAGE.test(target) ? "internal-embed image-embed" : "internal-embed markdown-embed";
			span.setAttribute("src", target);
			if (IMAGE.test(target)) span.appendChild(document.createElement("img")).setAttribute("src", resolved ? `app://fake/${resolved.path}` : target);
		} else {
			const a = parent.appendChild(document.createElement("a"));
			a.className = resolved ? "internal-link" : "internal-link is-unresolved";
			a.setAttribute("data-href", target);
			a.setAttribute("href", target);
			a.textContent = m[3] ?? target;
		}
	}
	parent.appendChild(document.createTextNode(text.slice(last)));
}
