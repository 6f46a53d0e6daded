import { parseSearch, SearchSyntaxError, type SearchNode } from "../../../src/core";

const text = (pattern: string, side: "any" | "front" | "back" = "any"): SearchNode => ({ kind: "term", term: { kind: "text", side, pattern } });

describe("parseSearch", () => {
	it.each<{ description: string; query: string; expected: SearchNode }>([
		{ description: "an empty query is every card", query: "   ", expected: { kind: "and", items: [] } },
		{ description: "one word", query: "Dog", expected: text("dog") },
		{ description: "words are ANDed", query: "a b", expected: { kind: "and", items: [text("a"), text("b")] } },
		{ description: "AND is optional", query: "a and b", expected: { kind: "and", items: [text("a"), text("b")] } },
		{ description: "OR in any case", query: "a or b", expected: { kind: "or", items: [text("a"), text("b")] } },
		{
			description: "AND binds tighter than OR",
			query: "a OR b c",
			expected: { kind: "or", items: [text("a"), { kind: "and", items: [text("b"), text("c")] }] },
		},
		{
			description: "parentheses group",
			query: "(a OR b) c",
			expected: { kind: "and", items: [{ kind: "or", items: [text("a"), text("b")] }, text("c")] },
		},
		{ description: "a minus negates a term", query: "-a", expected: { kind: "not", item: text("a") } },
		{ description: "a minus negates a group", query: "-(a b)", expected: { kind: "not", item: { kind: "and", items: [text("a"), text("b")] } } },
		{ description: "quotes keep spaces", query: '"a b"', expected: text("a b") },
		{ description: "quotes may wrap a whole term", query: '"deck:Study Skills"', expected: { kind: "term", term: { kind: "deck", pattern: "study skills" } } },
		{ description: "quotes may wrap a value", query: 'deck:"Study Skills"', expected: { kind: "term", term: { kind: "deck", pattern: "study skills" } } },
		{ description: "an escaped quote", query: '"say \\"hi\\""', expected: text('say "hi"') },
		{ description: "a quoted OR is a word", query: '"or"', expected: text("or") },
		{ description: "front: one side", query: "front:Cat", expected: text("cat", "front") },
		{ description: "back: one side", query: "back:cat", expected: text("cat", "back") },
		{ description: "an unknown key is text", query: "http://x", expected: text("http://x") },
		{ description: "tag: drops a leading #", query: "tag:#Lang", expected: { kind: "term", term: { kind: "tag", pattern: "lang" } } },
		{ description: "path:", query: "path:/Notes/A", expected: { kind: "term", term: { kind: "path", pattern: "notes/a" } } },
		{ description: "kind:reminder", query: "kind:reminder", expected: { kind: "term", term: { kind: "cardKind", value: "reminder" } } },
		{ description: "cid: a list of ids", query: "cid:a1,B2", expected: { kind: "term", term: { kind: "id", ids: ["a1", "B2"] } } },
		{ description: "is:", query: "IS:Due", expected: { kind: "term", term: { kind: "is", value: "due" } } },
		{ description: "prop: <=", query: "prop:ivl<=10", expected: { kind: "term", term: { kind: "prop", prop: "ivl", op: "<=", value: 10 } } },
		{ description: "prop: a negative due", query: "prop:due=-1", expected: { kind: "term", term: { kind: "prop", prop: "due", op: "=", value: -1 } } },
		{ description: "prop: a fraction", query: "prop:r<.8", expected: { kind: "term", term: { kind: "prop", prop: "r", op: "<", value: 0.8 } } },
		{ description: "prop: !=", query: "prop:lapses!=0", expected: { kind: "term", term: { kind: "prop", prop: "lapses", op: "!=", value: 0 } } },
		{ description: "rated:N", query: "rated:7", expected: { kind: "term", term: { kind: "rated", days: 7 } } },
		{ description: "rated:N:R", query: "rated:2:1", expected: { kind: "term", term: { kind: "rated", days: 2, rating: 1 } } },
		{ description: "introduced:N", query: "introduced:3", expected: { kind: "term", term: { kind: "introduced", days: 3 } } },
		{ description: "added:N", query: "added:1", expected: { kind: "term", term: { kind: "added", days: 1 } } },
	])("$description: $query", ({ query, expected }) => {
		expect(parseSearch(query)).toEqual(expected);
	});

	it.each<{ query: string; position: number; says: RegExp }>([
		{ query: "(a b", position: 1, says: /never closed/ },
		{ query: "a b)", position: 4, says: /closes no/ },
		{ query: "()", position: 2, says: /empty parentheses/ },
		{ query: "a OR", position: 5, says: /ends where a term/ },
		{ query: "OR a", position: 1, says: /OR/ },
		{ query: "a - b", position: 3, says: /lone “-”/ },
		{ query: "-)", position: 1, says: /followed by a term/ },
		{ query: 'deck:"abc', position: 6, says: /never closed/ },
		{ query: "is:funny", position: 4, says: /unknown “is:funny”/ },
		{ query: "kind:note", position: 6, says: /unknown card kind/ },
		{ query: "prop:foo>1", position: 6, says: /unknown property/ },
		{ query: "prop:ivl", position: 9, says: /needs a comparison/ },
		{ query: "prop:ivl>x", position: 10, says: /not a number/ },
		{ query: "rated:0", position: 7, says: /number of days/ },
		{ query: "rated:1:5", position: 9, says: /1, 2, 3 or 4/ },
		{ query: "rated:1:2:3", position: 7, says: /rated:N:R/ },
		{ query: "added:x", position: 7, says: /number of days/ },
		{ query: "deck:", position: 6, says: /needs a value/ },
		{ query: "AND a", position: 1, says: /AND/ },
		{ query: "a AND", position: 6, says: /AND/ },
	])("rejects $query at position $position", ({ query, position, says }) => {
		let error: unknown;
		try {
			parseSearch(query);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(SearchSyntaxError);
		expect((error as SearchSyntaxError).position + 1).toBe(position);
		expect((error as SearchSyntaxError).message).toMatch(says);
		expect((error as SearchSyntaxError).message).toContain(`position ${position}`);
	});

	it("says what is wrong as a code and the quoted pieces, for an interface to translate", () => {
		let error: unknown;
		try {
			parseSearch("deck:Lang kind:note");
		} catch (e) {
			error = e;
		}
		expect(error).toMatchObject({ position: 15, code: "unknownKind", args: { value: "note", choices: "basic, reversed, cloze, reminder" } });
		expect((error as SearchSyntaxError).reason).toBe("unknown card kind “note”: use basic, reversed, cloze, reminder.");
	});
});
