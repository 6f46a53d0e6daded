/**
 * Deck and note tags (note format rules 12 and 13, docs/decisions/parser-rules.md): the deck from the frontmatter key, else the folder
 * path, else the default deck; tags from frontmatter `tags` / `cards-tags` in every YAML form.
 */
import { DECK_SEPARATOR, normaliseDeck } from "../deck-path";
import type { ParseOptions } from "../types";

/** The deck a note's folder gives (`a/b/note.md` → `a::b`), or "" for a note at the vault root. */
export function folderDeck(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash === -1 ? "" : normaliseDeck(path.slice(0, slash).split("/").join(DECK_SEPARATOR));
}

/** A frontmatter value read case-insensitively by key (Obsidian treats property names so). */
export function property(data: Record<string, unknown>, key: string): unknown {
	if (Object.prototype.hasOwnProperty.call(data, key)) return data[key];
	const lower = key.toLowerCase();
	for (const name in data) if (name.toLowerCase() === lower) return data[name];
	return undefined;
}

/** The deck the frontmatter names, or "" when it names none usable. */
export function frontmatterDeck(data: Record<string, unknown>, options: ParseOptions): string {
	const value = property(data, options.deckKey);
	if (typeof value === "string") return normaliseDeck(value);
	if (typeof value === "number" || typeof value === "boolean") return normaliseDeck(String(value));
	return "";
}

/** The note's deck: frontmatter, then folder (when enabled), then the default deck. */
export function resolveDeck(data: Record<string, unknown>, path: string, options: ParseOptions): string {
	const named = frontmatterDeck(data, options);
	if (named !== "") return named;
	const folder = options.folderDecks ? folderDeck(path) : "";
	return folder !== "" ? folder : normaliseDeck(options.defaultDeck) || "Default";
}

/** Tags from frontmatter `tags` and `cards-tags`: a string (comma or space separated) or a list. */
export function frontmatterTags(data: Record<string, unknown>): string[] {
	const tags: string[] = [];
	for (const key of ["tags", "cards-tags"]) collectTags(property(data, key), tags);
	return tags;
}

function collectTags(value: unknown, into: string[]): void {
	if (Array.isArray(value)) {
		for (const item of value) collectTags(item, into);
	} else if (typeof value === "string" || typeof value === "number") {
		for (const part of String(value).split(/[\s,]+/)) {
			const name = part.replace(/^#+/, "");
			if (name !== "") into.push(name);
		}
	}
}

/** Tags without duplicates (compared case-insensitively, as Obsidian does), first spelling kept. */
export function uniqueTags(tags: readonly string[]): string[] {
	const seen = new Set<string>();
	const out: string[] = [];
	for (const tag of tags) {
		const key = tag.toLowerCase();
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(tag);
	}
	return out;
}
