// Anki-style search over cards (docs/decisions/search-and-study.md).
export { SearchSyntaxError, type CompareOp, type SearchIs, type SearchNode, type SearchProp, type SearchTerm } from "./search-ast";
export { parseSearch } from "./search-parser";
export { compileSearch, type SearchContext } from "./search-eval";
export { quoteTerm } from "./search-quote";
