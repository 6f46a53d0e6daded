import { SearchSyntaxError, type CompareOp, type SearchIs, type SearchProp, type SearchTerm } from "./search-ast";

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
	if (value.trim() === "") throw new SearchSyntaxError(valueAt, `“${key}:” needs a value.`);
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
			if (!KINDS.includes(lower)) throw new SearchSyntaxError(valueAt, `unknown card kind “${value}”: use ${KINDS.join(", ")}.`);
			return { kind: "cardKind", value: lower };
		case "is":
			if (!(IS_VALUES as readonly string[]).includes(lower)) throw new SearchSyntaxError(valueAt, `unknown “is:${value}”: use ${IS_VALUES.join(", ")}.`);
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
	if (!(PROPS as readonly string[]).includes(name)) throw new SearchSyntaxError(at, `unknown property “${name || value}”: use ${PROPS.join(", ")}.`);
	const rest = value.slice(name.length);
	const op = OPS.find((candidate) => rest.startsWith(candidate));
	if (!op) throw new SearchSyntaxError(at + name.length, `“prop:${name}” needs a comparison (=, !=, <, <=, >, >=) and a number.`);
	const number = rest.slice(op.length);
	const numberAt = at + name.length + op.length;
	if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(number)) throw new SearchSyntaxError(numberAt, `“${number}” is not a number.`);
	return { kind: "prop", prop: name as SearchProp, op, value: Number(number) };
}

function readRated(value: string, at: number): SearchTerm {
	const [days = "", rating, extra] = value.split(":");
	if (extra !== undefined) throw new SearchSyntaxError(at, "use rated:N or rated:N:R (R from 1 to 4).");
	const term: SearchTerm = { kind: "rated", days: dayCount(days, at) };
	if (rating === undefined) return term;
	const ratingAt = at + days.length + 1;
	if (!/^[1-4]$/.test(rating)) throw new SearchSyntaxError(ratingAt, `the rating in rated:N:R is 1, 2, 3 or 4, not “${rating}”.`);
	return { ...term, rating: Number(rating) };
}

function dayCount(value: string, at: number): number {
	if (!/^\d+$/.test(value) || Number(value) < 1) throw new SearchSyntaxError(at, `“${value}” is not a number of days (1 or more).`);
	return Number(value);
}
