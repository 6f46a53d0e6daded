import type * as Obsidian from "obsidian";
import matter from "gray-matter";
import { Events } from "./events";
import type { TFile, Vault, VaultListener } from "./vault";

const TAG = /(^|\s)#([\p{L}\p{N}_/-]*[\p{L}_/-][\p{L}\p{N}_/-]*)/gu;

/** Builds what Obsidian's metadata cache reports for a note: frontmatter, tags, headings. */
export function computeMetadata(text: string): Obsidian.CachedMetadata {
	const lines = text.replace(/\r\n?/g, "\n").split("\n");
	const cache: Obsidian.CachedMetadata = {};
	let body = 0;
	if (lines[0] === "---") {
		const close = lines.indexOf("---", 1);
		if (close > 0) {
			body = close + 1;
			cache.frontmatterPosition = pos(0, close);
			try {
				const data = matter(lines.slice(0, close + 1).join("\n"), {}).data as Record<string, unknown>;
				if (Object.keys(data).length > 0) cache.frontmatter = data;
			} catch {
				// Obsidian also keeps indexing the body of a note with broken YAML.
			}
		}
	}
	const tags: Obsidian.TagCache[] = [];
	const headings: Obsidian.HeadingCache[] = [];
	const sections: Obsidian.SectionCache[] = [];
	let fence: string | null = null;
	let fenceStart = 0;
	for (let line = body; line < lines.length; line++) {
		const text = lines[line] ?? "";
		const fenceMatch = /^\s*(```|~~~)/.exec(text);
		if (fenceMatch) {
			if (fence === null) {
				fence = fenceMatch[1]!;
				fenceStart = line;
			} else if (text.trim().startsWith(fence)) {
				fence = null;
				sections.push({ type: "code", position: pos(fenceStart, line) });
			}
			continue;
		}
		if (fence !== null) continue;
		section(sections, lines, line);
		const heading = /^(#{1,6})\s+(.*)$/.exec(text);
		if (heading) headings.push({ heading: heading[2]!.trim(), level: heading[1]!.length, position: pos(line, line) });
		const visible = text.replace(/`[^`]*`/g, (m) => " ".repeat(m.length));
		for (const m of visible.matchAll(TAG)) tags.push({ tag: `#${m[2]!}`, position: pos(line, line) });
	}
	if (tags.length > 0) cache.tags = tags;
	if (headings.length > 0) cache.headings = headings;
	if (fence !== null) sections.push({ type: "code", position: pos(fenceStart, lines.length - 1) });
	if (sections.length > 0) cache.sections = sections;
	return cache;
}

/**
 * The section a line starts or continues, as Obsidian types them (heading, callout, blockquote,
 * list, paragraph); fences are added by the caller as `code`. Lines of one block extend its section.
 */
function section(sections: Obsidian.SectionCache[], lines: readonly string[], line: number): void {
	const text = lines[line] ?? "";
	if (text.trim() === "") return;
	const type = /^#{1,6}\s/.test(text)
		? "heading"
		: /^\s{0,3}>/.test(text)
			? /^\s{0,3}>\s*\[!/.test(text) ? "callout" : "blockquote"
			: /^\s*([-*+]|\d+[.)])\s/.test(text)
				? "list"
				: "paragraph";
	const last = sections[sections.length - 1];
	const adjacent = last !== undefined && last.position.end.line === line - 1 && type !== "heading";
	// A quote line under a callout's first line is the callout's body.
	const sameBlock = last?.type === type || (last?.type === "callout" && type === "blockquote");
	if (adjacent && sameBlock && last !== undefined) {
		last.position = pos(last.position.start.line, line);
		return;
	}
	sections.push({ type, position: pos(line, line) });
}

function pos(start: number, end: number): Obsidian.Pos {
	return { start: { line: start, col: 0, offset: 0 }, end: { line: end, col: 0, offset: 0 } };
}

export class MetadataCache extends Events implements VaultListener, Pick<Obsidian.MetadataCache, "getFileCache" | "getCache" | "getFirstLinkpathDest" | "fileToLinktext" | "resolvedLinks" | "unresolvedLinks" | "on"> {
	resolvedLinks: Record<string, Record<string, number>> = {};
	unresolvedLinks: Record<string, Record<string, number>> = {};
	private readonly caches = new Map<string, Obsidian.CachedMetadata>();

	constructor(private readonly vault: Vault) {
		super();
		vault.listener = this;
	}

	/** Test helper: computes caches for every note already in the vault (Obsidian's start-up pass). */
	indexAll(): void {
		for (const file of this.vault.getMarkdownFiles()) this.caches.set(file.path, computeMetadata(this.vault.adapter.readSync(file.path)));
	}
	/** Test helper: the start-up pass is over and every link is resolved (fired again after each change). */
	finishResolving(): void {
		this.trigger("resolved");
	}
	getFileCache(file: Obsidian.TFile): Obsidian.CachedMetadata | null {
		return this.caches.get(file.path) ?? null;
	}
	getCache(path: string): Obsidian.CachedMetadata | null {
		return this.caches.get(path) ?? null;
	}
	getFirstLinkpathDest(linkpath: string, sourcePath: string): Obsidian.TFile | null {
		void sourcePath;
		const exact = this.vault.getFileByPath(linkpath) ?? this.vault.getFileByPath(`${linkpath}.md`);
		if (exact) return exact;
		const name = linkpath.split("/").pop()!;
		return this.vault.getFiles().find((f) => f.name === name || f.basename === name) ?? null;
	}
	fileToLinktext(file: Obsidian.TFile): string {
		return file.extension === "md" ? file.path.slice(0, -3) : file.path;
	}

	fileChanged(file: TFile, text: string): void {
		if (file.extension !== "md") return;
		const cache = computeMetadata(text);
		this.caches.set(file.path, cache);
		this.trigger("changed", file, text, cache);
		this.trigger("resolve", file);
		this.trigger("resolved");
	}
	fileDeleted(file: TFile): void {
		const prev = this.caches.get(file.path) ?? null;
		this.caches.delete(file.path);
		this.trigger("deleted", file, prev);
	}
	fileRenamed(file: TFile, oldPath: string): void {
		// Obsidian moves the cache with the file and, as documented, fires no `changed`.
		const cache = this.caches.get(oldPath);
		this.caches.delete(oldPath);
		if (cache) this.caches.set(file.path, cache);
	}
}
