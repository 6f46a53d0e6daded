import type { SearchNode } from "./search-ast";
import { SearchSyntaxError } from "./search-error";
import { readTerm } from "./search-terms";
import { tokenize, type SearchToken } from "./search-tokens";

/**
 * Parses a query (docs/decisions/search-and-study.md) into a tree, by recursive descent over the tokens:
 *
 *     query := or EOF        or := and ("OR" and)*        and := unary+ ("AND"? unary)*
 *     unary := "-" unary | "(" or ")" | term
 *
 * AND binds tighter than OR, as in Anki. An empty query is an empty `and` (every card). A malformed
 * query throws a `SearchSyntaxError` naming the position.
 */
export function parseSearch(query: string): SearchNode {
	const tokens = tokenize(query);
	if (tokens.length === 0) return { kind: "and", items: [] };
	const parser = new Parser(tokens, query.length);
	const node = parser.or();
	parser.end();
	return node;
}

class Parser {
	private i = 0;

	constructor(
		private readonly tokens: readonly SearchToken[],
		private readonly length: number,
	) {}

	private peek(): SearchToken | undefined {
		return this.tokens[this.i];
	}

	private at(): number {
		return this.peek()?.at ?? this.length;
	}

	end(): void {
		const token = this.peek();
		if (token) throw new SearchSyntaxError(token.at, token.kind === "close" ? "unmatchedClose" : "unexpectedText");
	}

	or(): SearchNode {
		const items = [this.and()];
		while (this.peek()?.kind === "or") {
			this.i++;
			items.push(this.and());
		}
		return items.length === 1 ? (items[0] as SearchNode) : { kind: "or", items };
	}

	private and(): SearchNode {
		const items: SearchNode[] = [];
		for (;;) {
			const token = this.peek();
			if (!token || token.kind === "close" || token.kind === "or") break;
			if (token.kind === "and") {
				if (items.length === 0) throw new SearchSyntaxError(token.at, "andWithoutBefore");
				this.i++;
				if (!this.startsUnary()) throw new SearchSyntaxError(this.at(), "andWithoutAfter");
				continue;
			}
			items.push(this.unary());
		}
		if (items.length === 0) {
			const token = this.peek();
			const what = token?.kind === "or" ? "orWithoutTerm" : token?.kind === "close" ? "emptyGroup" : "endsEarly";
			throw new SearchSyntaxError(this.at(), what);
		}
		return items.length === 1 ? (items[0] as SearchNode) : { kind: "and", items };
	}

	private startsUnary(): boolean {
		const kind = this.peek()?.kind;
		return kind === "term" || kind === "not" || kind === "open";
	}

	private unary(): SearchNode {
		const token = this.peek() as SearchToken;
		this.i++;
		switch (token.kind) {
			case "not":
				if (!this.startsUnary()) throw new SearchSyntaxError(token.at, "notWithoutTerm");
				return { kind: "not", item: this.unary() };
			case "open": {
				const inner = this.or();
				if (this.peek()?.kind !== "close") throw new SearchSyntaxError(token.at, "unclosedGroup");
				this.i++;
				return inner;
			}
			case "term":
				return { kind: "term", term: readTerm(token.text, token.at) };
			default:
				// and() only calls unary() on a term, "-" or "(".
				throw new SearchSyntaxError(token.at, "unexpectedToken");
		}
	}
}
