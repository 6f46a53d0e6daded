/**
 * Obsidian extends the DOM prototypes (createDiv, empty, setText, addClass, on…) and the window
 * (activeDocument, sleep…). jsdom has none of it, so DOM tests get the subset the plugin uses here,
 * written to the semantics of obsidian.d.ts. Node-environment tests skip this file's work.
 */
export {};

type ElInfo = DomElementInfo | string | undefined;

function applyInfo(el: HTMLElement, o: ElInfo): void {
	if (o === undefined) return;
	const info: DomElementInfo = typeof o === "string" ? { cls: o } : o;
	if (info.cls !== undefined) el.addClass(...(Array.isArray(info.cls) ? info.cls : info.cls.split(" ").filter(Boolean)));
	if (info.text !== undefined) el.setText(info.text);
	if (info.attr) el.setAttrs(info.attr);
	if (info.title !== undefined) el.title = info.title;
	if (info.value !== undefined) (el as HTMLInputElement).value = info.value;
	if (info.type !== undefined) el.setAttribute("type", info.type);
	if (info.placeholder !== undefined) el.setAttribute("placeholder", info.placeholder);
	if (info.href !== undefined) el.setAttribute("href", info.href);
}

function make<K extends keyof HTMLElementTagNameMap>(doc: Document, parent: Node | null, tag: K, o: ElInfo): HTMLElementTagNameMap[K] {
	const el = doc.createElement(tag);
	applyInfo(el, o);
	const target = typeof o === "object" && o.parent ? o.parent : parent;
	if (target) {
		if (typeof o === "object" && o.prepend) target.insertBefore(el, target.firstChild);
		else target.appendChild(el);
	}
	return el;
}

type SvgInfo = SvgElementInfo | string | undefined;

function makeSvg<K extends keyof SVGElementTagNameMap>(doc: Document, parent: Node | null, tag: K, o: SvgInfo): SVGElementTagNameMap[K] {
	const el = doc.createElementNS("http://www.w3.org/2000/svg", tag) as SVGElementTagNameMap[K];
	const info: SvgElementInfo = typeof o === "string" ? { cls: o } : (o ?? {});
	if (info.cls !== undefined) el.addClass(...(Array.isArray(info.cls) ? info.cls : info.cls.split(" ").filter(Boolean)));
	if (info.attr) el.setAttrs(info.attr);
	const target = info.parent ?? parent;
	if (target) {
		if (info.prepend) target.insertBefore(el, target.firstChild);
		else target.appendChild(el);
	}
	return el;
}

function install(): void {
	if (typeof Node === "undefined" || typeof document === "undefined") return;
	const nodeProto = Node.prototype;
	const elProto = Element.prototype;
	const htmlProto = HTMLElement.prototype;

	nodeProto.createEl = function <K extends keyof HTMLElementTagNameMap>(this: Node, tag: K, o?: ElInfo, cb?: (el: HTMLElementTagNameMap[K]) => void) {
		const el = make(this.ownerDocument ?? document, this, tag, o);
		cb?.(el);
		return el;
	};
	nodeProto.createDiv = function (this: Node, o?: ElInfo, cb?: (el: HTMLDivElement) => void) {
		return this.createEl("div", o, cb);
	};
	nodeProto.createSpan = function (this: Node, o?: ElInfo, cb?: (el: HTMLSpanElement) => void) {
		return this.createEl("span", o, cb);
	};
	nodeProto.createSvg = function <K extends keyof SVGElementTagNameMap>(this: Node, tag: K, o?: SvgInfo, cb?: (el: SVGElementTagNameMap[K]) => void) {
		const el = makeSvg(this.ownerDocument ?? document, this, tag, o);
		cb?.(el);
		return el;
	};
	nodeProto.empty = function (this: Node) {
		while (this.firstChild) this.removeChild(this.firstChild);
	};
	nodeProto.detach = function (this: Node) {
		this.parentNode?.removeChild(this);
	};
	nodeProto.appendText = function (this: Node, val: string) {
		this.appendChild((this.ownerDocument ?? document).createTextNode(val));
	};
	nodeProto.instanceOf = function <T>(this: Node, type: { new (): T }): boolean {
		return this instanceof type;
	} as Node["instanceOf"];

	elProto.getText = function (this: Element) {
		return this.textContent ?? "";
	};
	elProto.setText = function (this: Element, val: string | DocumentFragment) {
		this.empty();
		if (typeof val === "string") this.textContent = val;
		else this.appendChild(val);
	};
	elProto.addClass = function (this: Element, ...classes: string[]) {
		this.classList.add(...classes);
	};
	elProto.addClasses = function (this: Element, classes: string[]) {
		this.classList.add(...classes);
	};
	elProto.removeClass = function (this: Element, ...classes: string[]) {
		this.classList.remove(...classes);
	};
	elProto.toggleClass = function (this: Element, classes: string | string[], value: boolean) {
		for (const c of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(c, value);
	};
	elProto.hasClass = function (this: Element, cls: string) {
		return this.classList.contains(cls);
	};
	elProto.setAttr = function (this: Element, name: string, value: string | number | boolean | null) {
		if (value === null) this.removeAttribute(name);
		else this.setAttribute(name, String(value));
	};
	elProto.setAttrs = function (this: Element, obj: Record<string, string | number | boolean | null>) {
		for (const [k, v] of Object.entries(obj)) this.setAttr(k, v);
	};
	elProto.getAttr = function (this: Element, name: string) {
		return this.getAttribute(name);
	};
	elProto.find = function (this: Element, selector: string) {
		return this.querySelector(selector);
	} as Element["find"];
	elProto.findAll = function (this: Element, selector: string) {
		return Array.from(this.querySelectorAll<HTMLElement>(selector));
	};
	elProto.matchParent = function (this: Element, selector: string) {
		return this.closest(selector);
	};

	htmlProto.show = function (this: HTMLElement) {
		this.hidden = false;
	};
	htmlProto.hide = function (this: HTMLElement) {
		this.hidden = true;
	};
	htmlProto.toggle = function (this: HTMLElement, show: boolean) {
		this.hidden = !show;
	};
	htmlProto.isShown = function (this: HTMLElement) {
		return !this.hidden;
	};
	htmlProto.onClickEvent = function (this: HTMLElement, listener: (this: HTMLElement, ev: MouseEvent) => unknown) {
		this.addEventListener("click", listener);
	};
	htmlProto.on = function (this: HTMLElement, type: string, selector: string, listener: (ev: Event, target: HTMLElement) => unknown) {
		this.addEventListener(type, (ev) => {
			const target = ev.target instanceof Element ? ev.target.closest<HTMLElement>(selector) : null;
			if (target && this.contains(target)) listener.call(this, ev, target);
		});
	} as HTMLElement["on"];
	htmlProto.setCssProps = function (this: HTMLElement, props: Record<string, string>) {
		for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
	};

	const g = window as unknown as Record<string, unknown>;
	g.createEl = <K extends keyof HTMLElementTagNameMap>(tag: K, o?: ElInfo, cb?: (el: HTMLElementTagNameMap[K]) => void) => {
		const el = make(document, null, tag, o);
		cb?.(el);
		return el;
	};
	g.createDiv = (o?: ElInfo, cb?: (el: HTMLDivElement) => void) => (g.createEl as typeof createEl)("div", o, cb);
	g.createSpan = (o?: ElInfo, cb?: (el: HTMLSpanElement) => void) => (g.createEl as typeof createEl)("span", o, cb);
	g.createSvg = <K extends keyof SVGElementTagNameMap>(tag: K, o?: SvgInfo, cb?: (el: SVGElementTagNameMap[K]) => void) => {
		const el = makeSvg(document, null, tag, o);
		cb?.(el);
		return el;
	};
	g.createFragment = (cb?: (el: DocumentFragment) => void) => {
		const frag = document.createDocumentFragment();
		cb?.(frag);
		return frag;
	};
	g.activeWindow = window;
	g.activeDocument = document;
	g.sleep = (ms: number) => new Promise<void>((resolve) => window.setTimeout(resolve, ms));
	g.nextFrame = () => new Promise<void>((resolve) => window.setTimeout(resolve, 0));
}

install();
