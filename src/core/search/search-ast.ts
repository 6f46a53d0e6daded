/** The parsed form of a search (docs/decisions/search-and-study.md): a tree of AND, OR and NOT over typed terms. */

/** A comparison in a `prop:` term. */
export type CompareOp = "=" | "!=" | "<" | "<=" | ">" | ">=";

/** A card property `prop:` compares: due (local days from today), ivl (days), reps, lapses, s, d, r. */
export type SearchProp = "due" | "ivl" | "reps" | "lapses" | "s" | "d" | "r";

/** What `is:` tests. */
export type SearchIs = "new" | "learn" | "review" | "due" | "suspended" | "buried" | "leech";

/** One term of a search, its values already checked (lower-cased where matching ignores case). */
export type SearchTerm =
	| { kind: "text"; side: "any" | "front" | "back"; pattern: string }
	| { kind: "deck"; pattern: string }
	| { kind: "tag"; pattern: string }
	| { kind: "path"; pattern: string }
	| { kind: "cardKind"; value: string }
	/** `cid:a,b`: cards by id (the browser's "study these cards"). */
	| { kind: "id"; ids: string[] }
	| { kind: "is"; value: SearchIs }
	| { kind: "prop"; prop: SearchProp; op: CompareOp; value: number }
	| { kind: "rated"; days: number; rating?: number }
	| { kind: "introduced"; days: number }
	| { kind: "added"; days: number };

/** A search tree; an empty query is an `and` of nothing (every card). */
export type SearchNode =
	| { kind: "and"; items: SearchNode[] }
	| { kind: "or"; items: SearchNode[] }
	| { kind: "not"; item: SearchNode }
	| { kind: "term"; term: SearchTerm };
