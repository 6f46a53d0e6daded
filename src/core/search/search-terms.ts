import type { CompareOp, SearchIs, SearchProp, SearchTerm } from "./search-ast";
import { SearchSyntaxError } from "./search-error";

const IS_VALUES: readonly SearchIs[] = ["new", "learn", "review", "due", "suspended", "buried", "leech"];
const PROPS: readonly SearchProp[] = ["due", "ivl", "reps", "lapses", "s", "d", "r"];
const KINDS = ["basic", "reversed", "cloze", "reminder"];
/** Longest first, so `<=` is not read as `<`. */
const OPS: readonly CompareOp[] = ["<=", ">=", "!=", "=", "<", ">"];
const KEYS = ["front", "back", "deck", "tag", "path", "kind", "is", "prop", "rated", "introduced", "added", "cid"];

/**
 * Reads one term (quotes already removed) into a checked `SearchTerm`. `at` is the term's position in
 * the query, for errors. A word before `:` that is no search key is plain text (`http://…`).
 */
export function readTerm(text: string, at: number): SearchTerm {
	const colon = text.indexOf(":");
	const key = colon > 0 ? text.slice(0, colon).toLowerCase() : "";
	if (!KEYS.includes(key)) return { kind: "text", side: "any", pattern: text.toLowerCase() };
	const value = text.slice(colon + 1);
	const valueAt = at + colon + 1;
	if (value.trim() === "") throw new SearchSyntaxError(valueAt, "emptyValue", { key });
	const lower = value.toLowerCase();
	switch (key) {
		case "front":
		case "back":
			return { kind: "text", side: key, pattern: lower };
		case "deck":
			return { kind: "deck", pattern: lower.split("::").map((level) => level.trim()).join("::") };
		case "tag":
			return { kind: "tag", pattern: lower.replace(/^#/, "") };
		case "path":
			return { kind: "path", pattern: lower.replace(/^\/+/, "") };
		case "cid":
			return { kind: "id", ids: value.split(",").filter((id) => id !== "") };
		case "kind":
			if (!KINDS.includes(lower)) throw new SearchSyntaxError(valueAt, "unknownKind", { value, choices: KINDS.join(", ") });
			return { kind: "cardKind", value: lower };
		case "is":
			if (!(IS_VALUES as readonly string[]).includes(lower)) throw new SearchSyntaxError(valueAt, "unknownIs", { value, choices: IS_VALUES.join(", ") });
			return { kind: "is", value: lower as SearchIs };
		case "prop":
			return readProp(lower, valueAt);
		case "rated":
			return readRated(lower, valueAt);
		default:
			return { kind: key === "added" ? "added" : "introduced", days: dayCount(lower, valueAt) };
	}
}

function readProp(value: string, at: number): SearchTerm {
	const name = /^[a-z]+/.exec(value)?.[0] ?? "";
	if (!(PROPS as readonly string[]).includes(name)) throw new SearchSyntaxError(at, "unknownProp", { value: name || value, choices: PROPS.join(", ") });
	const rest = value.slice(name.length);
	const op = OPS.find((candidate) => rest.startsWith(candidate));
	if (!op) throw new SearchSyntaxError(at + name.length, "noComparison", { prop: name });
	const number = rest.slice(op.length);
	const numberAt = at + name.length + op.length;
	if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(number)) throw new SearchSyntaxError(numberAt, "notNumber", { value: number });
	return { kind: "prop", prop: name as SearchProp, op, value: Number(number) };
}

function readRated(value: string, at: number): SearchTerm {
	const [days = "", rating, extra] = value.split(":");
	if (extra !== undefined) throw new SearchSyntaxError(at, "ratedForm");
	const term: SearchTerm = { kind: "rated", days: dayCount(days, at) };
	if (rating === undefined) return term;
	const ratingAt = at + days.length + 1;
	if (!/^[1-4]$/.test(rating)) throw new SearchSyntaxError(ratingAt, "badRating", { value: rating });
	return { ...term, rating: Number(rating) };
}

function dayCount(value: string, at: number): number {
	if (!/^\d+$/.test(value) || Number(value) < 1) throw new SearchSyntaxError(at, "notDays", { value });
	return Number(value);
}
