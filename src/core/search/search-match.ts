/** Case-insensitive matching of search patterns, `*` a wildcard (docs/decisions/search-and-study.md). Patterns come lower-cased. */

function escapeRegExp(text: string): string {
	return text.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
}

/** `*` as "anything" (also `/` and line breaks), the rest literal. */
function globSource(pattern: string): string {
	return pattern.split("*").map(escapeRegExp).join("[\\s\\S]*");
}

/** Whether lower-cased text contains the pattern. */
export function containsMatcher(pattern: string): (text: string) => boolean {
	if (!pattern.includes("*")) return (text) => text.includes(pattern);
	const regex = new RegExp(globSource(pattern));
	return (text) => regex.test(text);
}

/**
 * Whether a lower-cased hierarchical name (deck `A::B`, tag `a/b`) is the pattern or lies below it:
 * `a::b` matches `a::b` and `a::b::c`, never `a::bc`.
 */
export function treeMatcher(pattern: string, separator: string): (name: string) => boolean {
	if (!pattern.includes("*")) {
		const below = pattern + separator;
		return (name) => name === pattern || name.startsWith(below);
	}
	const regex = new RegExp(`^${globSource(pattern)}(${escapeRegExp(separator)}[\\s\\S]*)?$`);
	return (name) => regex.test(name);
}

/** Whether a lower-cased note path is the pattern, `.md` optional. */
export function pathMatcher(pattern: string): (path: string) => boolean {
	const regex = new RegExp(`^${globSource(pattern)}(\\.md)?$`);
	return (path) => regex.test(path);
}

/** A matcher remembered per distinct input (few distinct decks and paths, many cards). */
export function memoMatcher(match: (text: string) => boolean): (text: string) => boolean {
	const seen = new Map<string, boolean>();
	return (text) => {
		let result = seen.get(text);
		if (result === undefined) {
			result = match(text.toLowerCase());
			seen.set(text, result);
		}
		return result;
	};
}
