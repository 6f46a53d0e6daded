// Anki-style search over cards (docs/decisions/search-and-study.md).
export type { CompareOp, SearchIs, SearchNode, SearchProp, SearchTerm } from "./search-ast";
export { SEARCH_ERROR_TEXT, SearchSyntaxError, type SearchErrorCode } from "./search-error";
export { parseSearch } from "./search-parser";
export { compileSearch, type SearchContext } from "./search-eval";
export { quoteTerm } from "./search-quote";
