/**
 * Why a query is malformed, as data: a code and the pieces of the query it quotes, so that an
 * interface can say it in its own language. `SEARCH_ERROR_TEXT` is the English wording (the
 * error's `message`), with `{name}` filled from the arguments.
 */

/** English for each way a query can be malformed; `{name}` stands for the argument `name`. */
export const SEARCH_ERROR_TEXT = {
	unmatchedClose: "this “)” closes no “(”.",
	unexpectedText: "unexpected text.",
	andWithoutBefore: "“AND” needs a term before it.",
	andWithoutAfter: "“AND” needs a term after it.",
	orWithoutTerm: "“OR” needs a term on each side.",
	emptyGroup: "empty parentheses, or a “)” without a term before it.",
	endsEarly: "the query ends where a term was expected.",
	notWithoutTerm: "“-” must be followed by a term or a group.",
	unclosedGroup: "this “(” is never closed.",
	unexpectedToken: "unexpected token.",
	loneMinus: "a lone “-” negates nothing; write it right before a term, like -tag:x.",
	unclosedQuote: "this quote is never closed.",
	emptyValue: "“{key}:” needs a value.",
	unknownKind: "unknown card kind “{value}”: use {choices}.",
	unknownIs: "unknown “is:{value}”: use {choices}.",
	unknownProp: "unknown property “{value}”: use {choices}.",
	noComparison: "“prop:{prop}” needs a comparison (=, !=, <, <=, >, >=) and a number.",
	notNumber: "“{value}” is not a number.",
	ratedForm: "use rated:N or rated:N:R (R from 1 to 4).",
	badRating: "the rating in rated:N:R is 1, 2, 3 or 4, not “{value}”.",
	notDays: "“{value}” is not a number of days (1 or more).",
} as const;

/** A way a query can be malformed. */
export type SearchErrorCode = keyof typeof SEARCH_ERROR_TEXT;

/** A malformed query: `position` is the 0-based index in the query of the offending character. */
export class SearchSyntaxError extends Error {
	/** The English reason, without the position. */
	readonly reason: string;

	constructor(
		readonly position: number,
		readonly code: SearchErrorCode,
		/** The pieces of the query (or the valid choices) the reason quotes, by placeholder name. */
		readonly args: Readonly<Record<string, string>> = {},
	) {
		const reason = SEARCH_ERROR_TEXT[code].replace(/\{(\w+)\}/g, (whole, name: string) => args[name] ?? whole);
		super(`Search error at position ${position + 1}: ${reason}`);
		this.reason = reason;
		this.name = "SearchSyntaxError";
	}
}
