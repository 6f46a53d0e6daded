/**
 * Frontmatter (DESIGN §1 rule 2, §6): the only module that touches gray-matter. We find the block
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
	/** The properties, Date values as ISO strings; empty when absent or unreadable. */
	data: Record<string, unknown>;
	/** Set when the block exists but could not be read. */
	warning?: ParseWarning;
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

/** Reads the frontmatter at the top of a note's lines (line endings already normalised). */
export function readFrontmatter(lines: readonly string[]): Frontmatter {
	const close = frontmatterClose(lines);
	if (close === -1) return { bodyStart: 0, data: {} };
	const yaml = lines.slice(1, close).join("\n");
	const bodyStart = close + 1;
	try {
		const file = matter(`---\n${yaml}\n---\n`, MATTER_OPTIONS);
		if (file.matter !== `\n${yaml}`) {
			// A line starting with `---` inside the block made gray-matter close it early.
			return { bodyStart, data: {}, warning: invalid(0, "a line inside it starts with ---") };
		}
		// Only a YAML timestamp (a 4-digit year and a dash) becomes a Date.
		const data: unknown = /\d{4}-/.test(yaml) ? normaliseDates(file.data) : file.data;
		if (!isRecord(data)) return { bodyStart, data: {}, warning: invalid(0, "it is not a list of properties") };
		return { bodyStart, data };
	} catch (error) {
		return { bodyStart, data: {}, warning: yamlWarning(error, close) };
	}
}

function invalid(line: number, reason: string): ParseWarning {
	return { line, message: `The frontmatter cannot be read (${reason}), so its deck and tags are ignored.` };
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

/** YAML turns `2024-01-02` into a Date; keep plain strings so data stays serialisable and stable. */
function normaliseDates(value: unknown): unknown {
	if (value instanceof Date) {
		const time = value.getTime();
		if (Number.isNaN(time)) return "";
		// A date without a time (the common case), as the note wrote it; cheaper than an ISO string.
		const year = value.getUTCFullYear();
		if (time % 86_400_000 === 0 && year >= 1000 && year <= 9999) return isoDay(value);
		const iso = value.toISOString();
		return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
	}
	if (Array.isArray(value)) return value.map(normaliseDates);
	if (isRecord(value)) {
		for (const key in value) value[key] = normaliseDates(value[key]);
	}
	return value;
}
