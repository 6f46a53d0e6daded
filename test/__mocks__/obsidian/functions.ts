import type * as Obsidian from "obsidian";

export function normalizePath(path: string): string {
	const cleaned = path
		.replace(/\u00A0|\u202F/g, " ")
		.replace(/[\\/]+/g, "/")
		.replace(/^\/+|\/+$/g, "")
		.normalize("NFC");
	return cleaned === "" ? "/" : cleaned;
}

/** As documented: calls `cb` `timeout` ms after the first call (or the last, with `resetTimer`). */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Obsidian.Debouncer<T, V> {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let pending: T | null = null;
	const fire = (): V | void => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
		if (pending === null) return;
		const args = pending;
		pending = null;
		return cb(...args);
	};
	const debounced = ((...args: [...T]) => {
		pending = args;
		if (timer !== null && resetTimer) {
			clearTimeout(timer);
			timer = null;
		}
		if (timer === null) timer = setTimeout(fire, timeout);
		return debounced;
	}) as Obsidian.Debouncer<T, V>;
	debounced.cancel = () => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
		pending = null;
		return debounced;
	};
	debounced.run = fire;
	return debounced;
}

/** Obsidian reads the `tags` or `tag` property in any case, a list or a comma/space separated string, adding `#`. */
export function parseFrontMatterTags(frontmatter: Record<string, unknown> | null | undefined): string[] | null {
	if (!frontmatter) return null;
	const tags: string[] = [];
	for (const [key, value] of Object.entries(frontmatter)) {
		if (!/^tags?$/i.test(key)) continue;
		const list: unknown[] = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[,\s]+/) : [];
		for (const item of list) {
			if (typeof item !== "string" || item.trim() === "") continue;
			const tag = item.trim();
			tags.push(tag.startsWith("#") ? tag : `#${tag}`);
		}
	}
	return tags.length > 0 ? tags : null;
}

/** Frontmatter tags then body tags, each with `#`, duplicates kept (as Obsidian does). */
export function getAllTags(cache: Obsidian.CachedMetadata): string[] | null {
	const tags = [...(parseFrontMatterTags(cache.frontmatter) ?? []), ...(cache.tags ?? []).map((t) => t.tag)];
	return tags.length > 0 ? tags : null;
}

/**
 * The canonical lucide 0.446 ids the tests meet (a subset of Obsidian's bundled set). Deprecated
 * aliases such as `bar-chart-2` or `more-horizontal` are left out on purpose: whether Obsidian
 * resolves them is undocumented, so the fake treats them as unknown.
 */
const KNOWN_ICONS = new Set(["layers", "chevron-down", "chevron-right", "info", "play", "undo-2", "eye-off", "pause", "file-text", "pencil", "chart-no-axes-column", "ellipsis", "bell", "search", "table", "settings"]);

/** As documented: an SVG for a known id, null otherwise. */
export function getIcon(iconId: string): SVGSVGElement | null {
	if (!KNOWN_ICONS.has(iconId) || typeof document === "undefined") return null;
	const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
	// Lucide's shape: 24 × 24, sized by Obsidian's .svg-icon rule (the paths are left out).
	for (const [name, value] of Object.entries({ class: `svg-icon lucide-${iconId}`, width: "24", height: "24", viewBox: "0 0 24 24" })) svg.setAttribute(name, value);
	return svg;
}

/** As documented, "does nothing" for an unknown id; a known one is drawn (recorded as data-icon). */
export function setIcon(parent: HTMLElement, iconId: string): void {
	const svg = getIcon(iconId);
	if (!svg) return;
	parent.empty();
	parent.appendChild(svg);
	parent.setAttribute("data-icon", iconId);
}

export function requireApiVersion(version: string): boolean {
	const have = [1, 13, 1];
	const want = version.split(".").map(Number);
	for (let i = 0; i < 3; i++) {
		const a = have[i] ?? 0;
		const b = want[i] ?? 0;
		if (a !== b) return a > b;
	}
	return true;
}

export function sanitizeHTMLToDom(html: string): DocumentFragment {
	const frag = document.createDocumentFragment();
	frag.appendChild(document.createTextNode(html));
	return frag;
}

let appLanguage = "en";

/** As documented (since 1.8.7): the ISO code of the app's interface language, "en" by default. */
export function getLanguage(): string {
	return appLanguage;
}

/** Test helper (not in the real API): the language picked in Settings → General (applies after a reload). */
export function setAppLanguage(code: string): void {
	appLanguage = code;
}
