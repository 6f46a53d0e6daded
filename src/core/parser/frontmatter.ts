/**
 * Frontmatter (note format rule 2, docs/decisions/parser-rules.md): the only module that touches gray-matter. We find the block
 * ourselves (a first line exactly `---`, closed by a later `---` line) and hand gray-matter only that
 * block, hardened: always an options object (without one it caches every input forever and returns a
 * stale half-parsed result after a YAML error), the `javascript`/`js` engines refuse to run (they `eval`
 * `---js` blocks), and every error becomes a warning so the note's cards are still read.
 */
import matter from "gray-matter";
import type { ParseWarning } from "../types";

/** What the frontmatter gave. */
export interface Frontmatter {
	/** 0-based index of the first line after the closing `---`; 0 when the note has no frontmatter. */
	bodyStart: number;
	/**
	 * The properties as a plain tree (no shared or cyclic parts), Date values as ISO strings; empty when
	 * absent or unreadable (then only tags and the deck may be recovered from simple lines).
	 */
	data: Record<string, unknown>;
	/** Problems reading the block; empty when it was read cleanly. */
	warnings: ParseWarning[];
}

const refuseToRun = (): never => {
	throw new Error("JavaScript frontmatter is never run");
};

/** The options every gray-matter call gets (exported for the test that proves `---js` is refused). */
export const MATTER_OPTIONS = {
	language: "yaml",
	engines: { javascript: refuseToRun, js: refuseToRun },
};

/** Index of the line closing the frontmatter opened on line 0, or -1 when the note has none. */
export function frontmatterClose(lines: readonly string[]): number {
	if (lines[0] !== "---") return -1;
	for (let i = 1; i < lines.length; i++) {
		if ((lines[i] ?? "").trimEnd() === "---") return i;
	}
	// Never closed: gray-matter would swallow the whole note; Obsidian reads it as a plain line.
	return -1;
}

/**
 * Reads the frontmatter at the top of a note's lines (line endings already normalised). Bad YAML only
 * ever costs the frontmatter: a warning, then the tags and deck of simple `key: value` lines.
 */
export function readFrontmatter(lines: readonly string[]): Frontmatter {
	const close = frontmatterClose(lines);
	if (close === -1) return { bodyStart: 0, data: {}, warnings: [] };
	const yaml = lines.slice(1, close).join("\n");
	const bodyStart = close + 1;
	const failed = (warning: ParseWarning): Frontmatter => {
		const data = lenientTags(lines, close);
		if (Object.keys(data).length > 0) warning.message += " Its tags were read from their line as plain text.";
		return { bodyStart, data, warnings: [warning] };
	};
	let parsed: unknown;
	try {
		const file = matter(`---\n${yaml}\n---\n`, MATTER_OPTIONS);
		// A line starting with `---` inside the block made gray-matter close it early.
		if (file.matter !== `\n${yaml}`) return failed(invalid(0, "a line inside it starts with ---"));
		parsed = file.data;
	} catch (error) {
		return failed(yamlWarning(error, close));
	}
	// Without an alias no value is shared or cyclic: only dates need rewriting (a 4-digit year and a dash).
	const copied = yaml.indexOf("*") !== -1 ? plainCopy(parsed) : /\d{4}-/.test(yaml) ? normaliseDates(parsed) : parsed;
	if (typeof copied === "string") return failed(invalid(0, copied));
	if (!isRecord(copied)) return failed(invalid(0, "it is not a list of properties"));
	return { bodyStart, data: copied, warnings: [] };
}

function invalid(line: number, reason: string): ParseWarning {
	return { line, message: `The frontmatter cannot be read (${reason}), so its properties are ignored.` };
}

function yamlWarning(error: unknown, close: number): ParseWarning {
	let line = 0;
	let reason = error instanceof Error ? error.message : String(error);
	if (isRecord(error)) {
		if (typeof error.reason === "string") reason = error.reason;
		const mark = error.mark;
		// The YAML handed over starts with the rest of the `---` line, so its line n is the file's line n.
		if (isRecord(mark) && typeof mark.line === "number") line = Math.min(Math.max(mark.line, 0), close);
	}
	return invalid(line, reason.split("\n")[0] ?? reason);
}

function isoDay(date: Date): string {
	const year = date.getUTCFullYear();
	const month = date.getUTCMonth() + 1;
	const day = date.getUTCDate();
	return `${year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Most nodes a frontmatter may expand to: YAML aliases can make a few lines stand for millions. */
export const NODE_BUDGET = 50_000;

/**
 * A copy of parsed YAML as a plain tree, Dates as day or ISO strings (so data stays serialisable and
 * stable). Aliases are expanded into copies; the reason is returned instead when they refer to the
 * node holding them (a cycle) or expand past {@link NODE_BUDGET} nodes.
 */
function plainCopy(value: unknown): unknown {
	let nodes = 0;
	const open = new Set<object>();
	const copy = (node: unknown): unknown => {
		if (++nodes > NODE_BUDGET) throw new FrontmatterTooLarge("its aliases expand to too many values");
		if (node instanceof Date) return dateText(node);
		if (typeof node !== "object" || node === null) return node;
		if (open.has(node)) throw new FrontmatterTooLarge("an alias refers to the value that holds it");
		open.add(node);
		let out: unknown;
		if (Array.isArray(node)) out = node.map(copy);
		else {
			const record: Record<string, unknown> = {};
			for (const key of Object.keys(node)) record[key] = copy((node as Record<string, unknown>)[key]);
			out = record;
		}
		open.delete(node);
		return out;
	};
	try {
		return copy(value);
	} catch (error) {
		if (error instanceof FrontmatterTooLarge) return error.message;
		throw error;
	}
}

class FrontmatterTooLarge extends Error {}

/** Dates of an alias-free tree rewritten in place as day or ISO strings. */
function normaliseDates(value: unknown): unknown {
	if (value instanceof Date) return dateText(value);
	if (Array.isArray(value)) return value.map(normaliseDates);
	if (isRecord(value)) for (const key in value) value[key] = normaliseDates(value[key]);
	return value;
}

function dateText(value: Date): string {
	const time = value.getTime();
	if (Number.isNaN(time)) return "";
	// A date without a time (the common case), as the note wrote it; cheaper than an ISO string.
	const year = value.getUTCFullYear();
	if (time % 86_400_000 === 0 && year >= 1000 && year <= 9999) return isoDay(value);
	const iso = value.toISOString();
	return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

/**
 * Tags from the one-line `tags:` / `cards-tags:` values of a frontmatter YAML refused (`tags: "a", b`
 * is invalid YAML that Obsidian still shows as tags): quotes and brackets dropped, split at commas.
 */
function lenientTags(lines: readonly string[], close: number): Record<string, unknown> {
	const data: Record<string, unknown> = {};
	const wanted = new Set(["tags", "cards-tags"]);
	for (let i = 1; i < close; i++) {
		const line = lines[i] ?? "";
		const colon = line.indexOf(":");
		if (colon <= 0 || line[0] === " " || line[0] === "\t") continue;
		const key = line.slice(0, colon).trim();
		const value = line.slice(colon + 1).trim();
		// An alias, anchor, tag or block value is YAML the plain reading cannot stand in for.
		if (!wanted.has(key.toLowerCase()) || value === "" || "*&!|>{".includes(value[0] ?? "")) continue;
		data[key] = value.replace(/^\[|\]$/g, "").split(",").map(unquote).filter((tag) => /^[^\s]+$/.test(tag));
	}
	return data;
}

function unquote(text: string): string {
	return text.trim().replace(/^["']|["']$/g, "").trim();
}
