import { SearchSyntaxError } from "./search-error";

/** A token of a query; `at` is the 0-based index of its first character. */
export type SearchToken =
	| { kind: "open"; at: number }
	| { kind: "close"; at: number }
	| { kind: "not"; at: number }
	| { kind: "or"; at: number }
	| { kind: "and"; at: number }
	/** A term with its quotes removed. */
	| { kind: "term"; at: number; text: string };

const isSpace = (c: string): boolean => c === " " || c === "\t" || c === "\n" || c === "\r";

/**
 * Splits a query into tokens, as Anki does: spaces separate terms, `(` `)` group, a leading `-`
 * negates, `OR` / `AND` (any case) join, and `"…"` quotes either a whole term or the part after
 * `key:`. Inside quotes `\"` is a quote. An unclosed quote is an error at the quote.
 */
export function tokenize(query: string): SearchToken[] {
	const tokens: SearchToken[] = [];
	let i = 0;
	while (i < query.length) {
		const c = query[i] as string;
		if (isSpace(c)) {
			i++;
		} else if (c === "(") {
			tokens.push({ kind: "open", at: i++ });
		} else if (c === ")") {
			tokens.push({ kind: "close", at: i++ });
		} else if (c === "-" && i + 1 < query.length && !isSpace(query[i + 1] as string)) {
			tokens.push({ kind: "not", at: i++ });
		} else if (c === "-") {
			throw new SearchSyntaxError(i, "loneMinus");
		} else {
			const start = i;
			let text = "";
			let quoted = false;
			while (i < query.length) {
				const ch = query[i] as string;
				if (isSpace(ch) || ch === "(" || ch === ")") break;
				if (ch === '"') {
					const end = closingQuote(query, i);
					text += query.slice(i + 1, end).replace(/\\"/g, '"');
					quoted = true;
					i = end + 1;
				} else {
					text += ch;
					i++;
				}
			}
			const word = text.toLowerCase();
			if (!quoted && word === "or") tokens.push({ kind: "or", at: start });
			else if (!quoted && word === "and") tokens.push({ kind: "and", at: start });
			else tokens.push({ kind: "term", at: start, text });
		}
	}
	return tokens;
}

/** Index of the quote closing the one at `open` (a `\"` inside does not close it). */
function closingQuote(query: string, open: number): number {
	for (let i = open + 1; i < query.length; i++) {
		if (query[i] === "\\" && query[i + 1] === '"') i++;
		else if (query[i] === '"') return i;
	}
	throw new SearchSyntaxError(open, "unclosedQuote");
}
