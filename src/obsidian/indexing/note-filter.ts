import { getAllTags, type CachedMetadata } from "obsidian";

/**
 * Whether a note takes part in the collection, judged from the metadata cache alone (no file read):
 * it carries the card tag or a variant (`#card`, `#card-reverse`, `#card/…`, any case) in its
 * frontmatter or body, or its frontmatter has the deck key.
 */
export function takesPart(cache: CachedMetadata | null, cardTag: string, deckKey: string): boolean {
	if (!cache) return false;
	if (cache.frontmatter && deckKey !== "" && Object.prototype.hasOwnProperty.call(cache.frontmatter, deckKey)) return true;
	const word = cardTag.toLowerCase();
	return (getAllTags(cache) ?? []).some((raw) => {
		const tag = (raw.startsWith("#") ? raw.slice(1) : raw).toLowerCase();
		return tag === word || tag === `${word}-reverse` || tag.startsWith(`${word}/`);
	});
}
