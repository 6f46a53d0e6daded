/**
 * Tags and card markers (DESIGN §1 rule 4). A tag is `#` plus Obsidian's tag characters, preceded by the
 * start of the line or whitespace, and not all digits. A marker is the tag `#card`, `#card-reverse` or
 * `#card/reverse` (case-insensitive, `card` being the `cardTag` setting) followed by nothing but further
 * tags and whitespace. Everything here reads masked lines, so protected text never yields a tag.
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

/** A marker ending a line. */
export interface Marker {
	/** Offset of the marker's `#`: the card's text on this line ends here. */
	start: number;
	/** `#card-reverse` / `#card/reverse`. */
	reversed: boolean;
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

/** The tag name of `text` if the whole string is one `#tag`, else null. */
function wholeTag(text: string): string | null {
	if (text.length < 2 || text.charCodeAt(0) !== 35) return null;
	let digitsOnly = true;
	for (let i = 1; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (!isTagChar(code)) return null;
		if (code < 48 || code > 57) digitsOnly = false;
	}
	return digitsOnly ? null : text.slice(1);
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
		const name = wholeTag(masked.slice(start, end));
		if (name === null) break;
		tokens.push({ start, end, name });
		end = start;
	}
	return tokens.reverse();
}

/** Which marker a tag name is for the given card tag (lower case), or null when it is no marker. */
export function markerKind(name: string, cardTag: string): "basic" | "reversed" | null {
	const lower = name.toLowerCase();
	if (lower === cardTag) return "basic";
	if (lower === `${cardTag}-reverse` || lower === `${cardTag}/reverse`) return "reversed";
	return null;
}

/** Whether a tag makes a note take part in inline cards: the card tag, `-reverse`, or any `card/…` child. */
export function isCardTagVariant(name: string, cardTag: string): boolean {
	const lower = name.toLowerCase();
	return lower === cardTag || lower === `${cardTag}-reverse` || lower.startsWith(`${cardTag}/`);
}

/** The marker that ends a masked line, if any: the first marker in the line's trailing run of tags. */
export function findMarker(masked: string, cardTag: string): Marker | null {
	if (masked.indexOf("#") === -1) return null;
	const run = trailingTags(masked);
	const at = run.findIndex((token) => markerKind(token.name, cardTag) !== null);
	const marker = run[at];
	if (marker === undefined) return null;
	const tags = run.slice(at + 1).filter((token) => markerKind(token.name, cardTag) === null);
	return {
		start: marker.start,
		reversed: markerKind(marker.name, cardTag) === "reversed",
		tags: tags.map((token) => token.name),
		lone: masked.slice(0, marker.start).trim() === "",
	};
}

/** Every `#tag` of a masked line, in order, up to offset `end`. */
export function tagsIn(masked: string, end: number = masked.length): TagToken[] {
	const tokens: TagToken[] = [];
	let i = masked.indexOf("#");
	while (i !== -1 && i < end) {
		if (i === 0 || isSpace(masked.charCodeAt(i - 1))) {
			let j = i + 1;
			while (j < end && isTagChar(masked.charCodeAt(j))) j++;
			const name = wholeTag(masked.slice(i, j));
			if (name !== null) tokens.push({ start: i, end: j, name });
			i = masked.indexOf("#", j);
		} else {
			i = masked.indexOf("#", i + 1);
		}
	}
	return tokens;
}

/** The line's text with its trailing run of tags removed (a heading's text for context). */
export function withoutTrailingTags(text: string, masked: string): string {
	const run = trailingTags(masked);
	const first = run[0];
	return (first === undefined ? text : text.slice(0, first.start)).trim();
}
