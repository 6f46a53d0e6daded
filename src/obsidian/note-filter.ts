import { getAllTags, type CachedMetadata } from "obsidian";

/** Suffixes of the card tag that are markers: reversed cards, and reminders (v1's `spaced` too). */
const MARKER_SUFFIXES = ["", "-reverse", "-reminder", "-spaced"];

/** Frontmatter key of an atomic note (Flashcards 2.x): the note itself is the card. */
const ATOMIC_KEY = "test";

/**
 * Whether a note takes part in the collection, judged from the metadata cache alone (no file read):
 * it carries the card tag or a variant (`#card`, `#card-reverse`, `#card-reminder`, `#card/…`, any case)
 * in its frontmatter or body, or its frontmatter has the deck key. Only such notes have inline (`::`)
 * cards and unmarked clozes.
 */
export function takesPart(cache: CachedMetadata | null, cardTag: string, deckKey: string): boolean {
	if (!cache) return false;
	if (cache.frontmatter && deckKey !== "" && Object.prototype.hasOwnProperty.call(cache.frontmatter, deckKey)) return true;
	const word = cardTag.toLowerCase();
	return (getAllTags(cache) ?? []).some((raw) => {
		const tag = (raw.startsWith("#") ? raw.slice(1) : raw).toLowerCase();
		return MARKER_SUFFIXES.some((suffix) => tag === `${word}${suffix}`) || tag.startsWith(`${word}/`);
	});
}

/**
 * Whether a note may hold explicit cards, which need no tag: an atomic `test:` frontmatter, a fenced
 * block or a callout (the cache does not say a fence's label or a callout's type, so such a note is read
 * once; the store then remembers it unchanged and it is not read again until it changes).
 */
export function mayHoldExplicitCards(cache: CachedMetadata | null): boolean {
	if (!cache) return false;
	if (cache.frontmatter && Object.prototype.hasOwnProperty.call(cache.frontmatter, ATOMIC_KEY)) return true;
	return (cache.sections ?? []).some((section) => section.type === "code" || section.type === "callout");
}
