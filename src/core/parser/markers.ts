/**
 * Tags and card markers (note format rule 4, docs/decisions/parser-rules.md). A tag is `#` plus Obsidian's tag characters, preceded by the
 * start of the line or whitespace, and not all digits. A marker is the tag `#card`, `#card-reverse` or
 * `#card/reverse` (case-insensitive, `card` being the `cardTag` setting), or a reminder's
 * `#card-reminder` (v1's `#card-spaced` and `#card/spaced` too), followed by nothing but further tags
 * and whitespace. Everything here reads masked lines, so protected text never yields a tag.
 */

/** A `#tag` found in a line. */
export interface TagToken {
	/** Offset of the `#` in the line. */
	start: number;
	/** Offset just past the tag. */
	end: number;
	/** The tag as written, without `#`. */
	name: string;
}

/** What a marker asks for. */
export type MarkerKind = "basic" | "reversed" | "reminder";

/** A marker ending a line. */
export interface Marker {
	/** Offset of the marker's `#`: the card's text on this line ends here. */
	start: number;
	kind: MarkerKind;
	/** Tags written after the marker, without `#` (further markers dropped). */
	tags: string[];
	/** Nothing but whitespace precedes the marker on its line. */
	lone: boolean;
}

// Obsidian ends a tag at whitespace and at this punctuation; control characters include the mask.
const NOT_TAG = new Set('!"#$%&\'()*+,.:;<=>?@[\\]^`{|}~'.split("").map((c) => c.charCodeAt(0)));

function isTagChar(code: number): boolean {
	return code > 32 && code !== 127 && code !== 160 && code !== 0x3000 && !NOT_TAG.has(code);
}

function isSpace(code: number): boolean {
	return code === 32 || code === 9 || code === 160 || code === 0x3000;
}

/** The tag name if `text` from `start` to `end` is one whole `#tag`, else null. */
function wholeTag(text: string, start: number, end: number): string | null {
	if (end - start < 2 || text.charCodeAt(start) !== 35) return null;
	let digitsOnly = true;
	for (let i = start + 1; i < end; i++) {
		const code = text.charCodeAt(i);
		if (!isTagChar(code)) return null;
		if (code < 48 || code > 57) digitsOnly = false;
	}
	return digitsOnly ? null : text.slice(start + 1, end);
}

/** The run of `#tags` (only whitespace between them) that ends the line, left to right. */
export function trailingTags(masked: string): TagToken[] {
	const tokens: TagToken[] = [];
	let end = masked.length;
	for (;;) {
		while (end > 0 && isSpace(masked.charCodeAt(end - 1))) end--;
		if (end === 0) break;
		let start = end;
		while (start > 0 && !isSpace(masked.charCodeAt(start - 1))) start--;
		const name = wholeTag(masked, start, end);
		if (name === null) break;
		tokens.push({ start, end, name });
		end = start;
	}
	return tokens.reverse();
}

const SUFFIX_KIND: Readonly<Record<string, MarkerKind>> = {
	"": "basic",
	"-reverse": "reversed",
	"/reverse": "reversed",
	"-reminder": "reminder",
	"-spaced": "reminder",
	"/spaced": "reminder",
};

/** Which marker a tag name is for the given card tag (lower case), or null when it is no marker. */
export function markerKind(name: string, cardTag: string): MarkerKind | null {
	// The suffixes are 0, 7 (`-spaced`), 8 (`-reverse`) or 9 (`-reminder`) characters long.
	const extra = name.length - cardTag.length;
	if (extra !== 0 && (extra < 7 || extra > 9)) return null;
	const lower = name.toLowerCase();
	if (!lower.startsWith(cardTag)) return null;
	const suffix = lower.slice(cardTag.length);
	return Object.prototype.hasOwnProperty.call(SUFFIX_KIND, suffix) ? (SUFFIX_KIND[suffix] ?? null) : null;
}

/**
 * Whether a tag makes a note take part in inline cards: the card tag, a marker's tag (`-reverse`,
 * `-reminder`, `-spaced`), or any `card/…` child.
 */
export function isCardTagVariant(name: string, cardTag: string): boolean {
	if (name.length < cardTag.length) return false;
	const lower = name.toLowerCase();
	return markerKind(lower, cardTag) !== null || lower.startsWith(`${cardTag}/`);
}

/**
 * The marker that ends a masked line, if any: the first marker in the line's trailing run of tags
 * (`run`, when the caller has it already).
 */
export function findMarker(
	masked: string,
	cardTag: string,
	run: readonly TagToken[] = trailingTags(masked),
): Marker | null {
	let kind: MarkerKind | null = null;
	let at = 0;
	while (at < run.length && kind === null) kind = markerKind(run[at++]?.name ?? "", cardTag);
	const marker = run[at - 1];
	if (kind === null || marker === undefined) return null;
	const tags: string[] = [];
	for (let k = at; k < run.length; k++) {
		const name = run[k]?.name ?? "";
		if (markerKind(name, cardTag) === null) tags.push(name);
	}
	let lone = true;
	for (let k = 0; k < marker.start && lone; k++) lone = isSpace(masked.charCodeAt(k));
	return { start: marker.start, kind, tags, lone };
}

/** Every `#tag` of a masked line, in order, up to offset `end`. */
export function tagsIn(masked: string, end: number = masked.length): TagToken[] {
	const tokens: TagToken[] = [];
	let i = masked.indexOf("#");
	while (i !== -1 && i < end) {
		if (i === 0 || isSpace(masked.charCodeAt(i - 1))) {
			let j = i + 1;
			while (j < end && isTagChar(masked.charCodeAt(j))) j++;
			const name = wholeTag(masked, i, j);
			if (name !== null) tokens.push({ start: i, end: j, name });
			i = masked.indexOf("#", j);
		} else {
			i = masked.indexOf("#", i + 1);
		}
	}
	return tokens;
}
