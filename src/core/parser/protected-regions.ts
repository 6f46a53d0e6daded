/**
 * Protected regions (note format rule 3, docs/decisions/parser-rules.md): fenced code, inline code, `$$…$$` and `$…$` math, `<!-- -->` and
 * `%%…%%` comments. A marker, tag, separator or highlight inside them is text. The scanner reads a note
 * line by line, carrying the open region from one line to the next, and returns each line "masked": the
 * same length, with protected characters replaced by {@link MASK}, so the other scanners can search the
 * masked text and cut the original at the same offsets.
 */

/** Stands in for a protected character: not whitespace, not part of a tag, separator or highlight. */
export const MASK = "\u001a";

type OpenBlock = "math" | "html" | "percent";

const BLOCK_CLOSER: Record<OpenBlock, string> = { math: "$$", html: "-->", percent: "%%" };

/**
 * What can open an inline protected span; a line holding none is kept as is (a backslash alone escapes
 * nothing that matters, since only these open a span).
 */
export const SPAN_OPENERS: readonly string[] = ["`", "$", "<!--", "%%"];

// The same, for testing one line.
const SPAN_OPENER = /[`$]|<!--|%%/;

/** Reads lines in order and masks their protected regions; holds the region left open by earlier lines. */
export class RegionScanner {
	private fenceChar = "";
	private fenceLength = 0;
	private block: OpenBlock | null = null;
	/** Set by {@link scan} on a line that opens a fence: the fence's prefix and info string. */
	openedFence: { prefix: string; info: string } | null = null;
	/** Set by {@link scan} on the line that closes a fence. */
	closedFence = false;

	/**
	 * Masks one line (without its line break), given every earlier line was passed in order. Returns null
	 * for a code line: one inside or delimiting a fence, or starting inside a multi-line math block or
	 * comment (never a heading or card line). `special` says whether the line holds one of the
	 * {@link SPAN_OPENERS}; a caller that knows it from a search of the whole text saves a search per line.
	 */
	scan(line: string, special: boolean = SPAN_OPENER.test(line)): string | null {
		this.openedFence = null;
		this.closedFence = false;
		if (this.fenceLength > 0) {
			if (isFenceClose(line, this.fenceChar, this.fenceLength)) {
				this.fenceLength = 0;
				this.closedFence = true;
			}
			return null;
		}
		if (this.block !== null) {
			const closer = BLOCK_CLOSER[this.block];
			const close = line.indexOf(closer);
			if (close !== -1) {
				this.block = null;
				// The rest of the line is still read, so that a region it opens is carried on.
				this.scanInline(line, close + closer.length);
			}
			return null;
		}
		const fence = fenceOpen(line);
		if (fence !== null) {
			this.fenceChar = fence.char;
			this.fenceLength = fence.length;
			const start = fenceStart(line);
			this.openedFence = { prefix: line.slice(0, start), info: line.slice(start + fence.length).trim() };
			return null;
		}
		if (!special) return line;
		const ranges = this.scanInline(line, 0);
		return ranges.length === 0 ? line : maskRanges(line, ranges);
	}

	/** Finds the protected spans of a line from `from`; returns flat [start, end) pairs. */
	private scanInline(line: string, from: number): number[] {
		const ranges: number[] = [];
		let ticks: TickRuns | null = null;
		let noInlineMath = false;
		let noDisplayMath = false;
		let i = from;
		while (i < line.length) {
			const c = line.charCodeAt(i);
			if (c === 92 /* \ */) {
				i += 2;
			} else if (c === 96 /* ` */) {
				let n = 1;
				while (line.charCodeAt(i + n) === 96) n++;
				ticks ??= new TickRuns(line, i);
				const close = ticks.next(n, i + n);
				if (close === -1) {
					i += n;
				} else {
					ranges.push(i, close + n);
					i = close + n;
				}
			} else if (c === 36 /* $ */ && line.charCodeAt(i + 1) === 36) {
				const close = noDisplayMath ? -1 : line.indexOf("$$", i + 2);
				if (close !== -1) {
					ranges.push(i, close + 2);
					i = close + 2;
				} else if (line.slice(0, i).trim() === "") {
					ranges.push(i, line.length);
					this.block = "math";
					return ranges;
				} else {
					noDisplayMath = true;
					i += 2;
				}
			} else if (c === 36) {
				const close = noInlineMath ? -1 : findInlineMathClose(line, i);
				if (close === -1) {
					// Closers do not depend on the opener, so no later `$` can close either.
					if (!isWhitespace(line.charCodeAt(i + 1))) noInlineMath = true;
					i += 1;
				} else {
					ranges.push(i, close + 1);
					i = close + 1;
				}
			} else if (c === 60 /* < */ && line.startsWith("<!--", i)) {
				i = this.comment(line, i, 4, "html", ranges);
			} else if (c === 37 /* % */ && line.charCodeAt(i + 1) === 37) {
				i = this.comment(line, i, 2, "percent", ranges);
			} else {
				i++;
			}
		}
		return ranges;
	}

	private comment(line: string, at: number, openLength: number, kind: OpenBlock, ranges: number[]): number {
		const closer = BLOCK_CLOSER[kind];
		const close = line.indexOf(closer, at + openLength);
		if (close === -1) {
			ranges.push(at, line.length);
			this.block = kind;
			return line.length;
		}
		ranges.push(at, close + closer.length);
		return close + closer.length;
	}
}

/** Masks every protected span of a standalone text (a front or back), as if it were a whole note. */
export function maskText(text: string): string {
	const scanner = new RegionScanner();
	return text
		.split("\n")
		.map((line) => scanner.scan(line) ?? MASK.repeat(line.length))
		.join("\n");
}

function maskRanges(line: string, ranges: number[]): string {
	let out = "";
	let last = 0;
	for (let k = 0; k + 1 < ranges.length; k += 2) {
		const start = ranges[k] ?? 0;
		const end = ranges[k + 1] ?? 0;
		out += line.slice(last, start) + MASK.repeat(end - start);
		last = end;
	}
	return out + line.slice(last);
}

/**
 * The backtick runs of a line by length, found in one pass, so that finding each code span's closer
 * never reads the line again (a line of ever longer runs would otherwise take quadratic time).
 */
class TickRuns {
	private readonly byLength = new Map<number, number[]>();
	private readonly cursor = new Map<number, number>();

	constructor(line: string, from: number) {
		let i = line.indexOf("`", from);
		while (i !== -1) {
			let n = 1;
			while (line.charCodeAt(i + n) === 96) n++;
			const list = this.byLength.get(n);
			if (list === undefined) this.byLength.set(n, [i]);
			else list.push(i);
			i = line.indexOf("`", i + n);
		}
	}

	/** Where the first run of exactly `n` backticks at or after `from` starts, or -1; `from` only grows. */
	next(n: number, from: number): number {
		const list = this.byLength.get(n);
		if (list === undefined) return -1;
		let k = this.cursor.get(n) ?? 0;
		while (k < list.length && (list[k] ?? 0) < from) k++;
		this.cursor.set(n, k);
		return list[k] ?? -1;
	}
}

/** Closing `$` of inline math opened at `open` (Obsidian's rule: no space inside the dollars, no digit after). */
function findInlineMathClose(line: string, open: number): number {
	if (isWhitespace(line.charCodeAt(open + 1)) || open + 1 >= line.length) return -1;
	let i = open + 2;
	while (i < line.length) {
		const at = line.indexOf("$", i);
		if (at === -1) return -1;
		const before = line.charCodeAt(at - 1);
		const after = line.charCodeAt(at + 1);
		if (!isWhitespace(before) && before !== 92 && !(after >= 48 && after <= 57)) return at;
		i = at + 1;
	}
	return -1;
}

function isWhitespace(code: number): boolean {
	return code === 32 || code === 9 || Number.isNaN(code);
}

/** Indentation, blockquote `>`s and list-free prefix before a fence's run of backticks or tildes. */
function fenceStart(line: string): number {
	let i = 0;
	while (i < line.length) {
		const c = line.charCodeAt(i);
		if (c !== 32 && c !== 9 && c !== 62 /* > */) break;
		i++;
	}
	return i;
}

function fenceOpen(line: string): { char: string; length: number } | null {
	// Most lines start with a letter: only a backtick, tilde, indentation or `>` can lead to a fence.
	const first = line.charCodeAt(0);
	if (first !== 96 && first !== 126 && first !== 32 && first !== 9 && first !== 62) return null;
	const start = fenceStart(line);
	const char = line[start];
	if (char !== "`" && char !== "~") return null;
	let n = 1;
	while (line[start + n] === char) n++;
	if (n < 3) return null;
	// A backtick fence's info string cannot hold a backtick (that line is inline code instead).
	if (char === "`" && line.indexOf("`", start + n) !== -1) return null;
	return { char, length: n };
}

function isFenceClose(line: string, char: string, length: number): boolean {
	const start = fenceStart(line);
	let n = 0;
	while (line[start + n] === char) n++;
	return n >= length && line.slice(start + n).trim() === "";
}
