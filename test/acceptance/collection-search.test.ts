// Acceptance checks of search (DESIGN.md §7): every term and operator over one small vault.
import { SearchSyntaxError, type Collection } from "../../src/core";
import { at, card, DAY, graduate, lines, store, withYaml } from "./support";

const MONDAY = at("2025-03-10T09:00:00Z");

/**
 * A vault where each card stands for a case: decks with sub-decks and a look-alike, tags with a
 * hierarchy, folders, every card kind, and cards new, learning, in review, relearning, suspended,
 * buried, a leech, answered on different days.
 */
function vault(): { collection: Collection; now: Date } {
	const collection = store({ leechThreshold: 1 });
	const deck = (name: string, tags: string, ...body: string[]): string => withYaml([`cards-deck: ${name}`, `tags: [${tags}]`], ...body);
	collection.indexNote("Lang/Spanish.md", deck("Lang::Spanish", "lang/es", "hola #card", "hello", "", "perro #card", "the dog"), MONDAY);
	collection.indexNote("Lang/Spanish Verbs.md", deck("Lang::Spanish::Verbs", "verbs", "comer #card", "to eat"), MONDAY);
	collection.indexNote("Lang/ESP.md", deck("Lang::ESP", "language", "esp card #card", "x"), MONDAY);
	collection.indexNote("Study Skills.md", deck("Study Skills", "study", "Pomodoro #card-reverse", "25 minutes of focus"), MONDAY);
	const later = new Date(MONDAY.getTime() + 3 * DAY);
	collection.indexNote("Science/Water.md", deck("Science", "chem", "Water is ==H2O== and ==wet== #card"), later);
	// perro: graduated on Monday, then forgotten a week later (relearning, a lapse: a leech at threshold 1).
	graduate(collection, "perro", MONDAY);
	const weekLater = new Date(MONDAY.getTime() + 7 * DAY);
	// hola: answered Hard on Monday, then Easy on Tuesday (in review).
	collection.answer(card(collection, "hola").id, 2, MONDAY);
	collection.answer(card(collection, "hola").id, 4, new Date(MONDAY.getTime() + DAY));
	collection.answer(card(collection, "perro").id, 1, weekLater);
	collection.suspend(card(collection, "comer").id, true, weekLater);
	collection.bury(card(collection, "esp card").id, weekLater);
	return { collection, now: new Date(weekLater.getTime() + 60_000) };
}

const fronts = (collection: Collection, query: string, now: Date): string[] => collection.search(query, now).map((c) => c.front);

describe("search (§7)", () => {
	const { collection, now } = vault();

	it("lists every card in note order for an empty query", () => {
		expect(fronts(collection, "", now)).toEqual(collection.cards().map((c) => c.front));
		expect(fronts(collection, "", now)).toEqual(["esp card", "comer", "hola", "perro", "Water is ==H2O== and ==wet==", "Water is ==H2O== and ==wet==", "Pomodoro", "25 minutes of focus"]);
	});

	it.each<{ description: string; query: string; expected: string[] }>([
		{ description: "free text in front or back, any case", query: "DOG", expected: ["perro"] },
		{ description: "free text with a wildcard", query: "h*la", expected: ["hola"] },
		{ description: "front only", query: "front:hello", expected: [] },
		{ description: "back only", query: "back:hello", expected: ["hola"] },
		{ description: "quoted words with a space", query: '"the dog"', expected: ["perro"] },
		{ description: "a deck and its sub-decks, not a look-alike", query: "deck:Lang::Spanish", expected: ["comer", "hola", "perro"] },
		{ description: "a deck alone", query: "deck:Lang::Spanish -deck:Lang::Spanish::*", expected: ["hola", "perro"] },
		{ description: "a deck with a wildcard", query: "deck:Lang::E*", expected: ["esp card"] },
		{ description: "a deck with spaces, the whole term quoted", query: '"deck:Study Skills"', expected: ["Pomodoro", "25 minutes of focus"] },
		{ description: "a tag and its children", query: "tag:lang", expected: ["hola", "perro"] },
		{ description: "a child tag", query: "tag:lang/es", expected: ["hola", "perro"] },
		{ description: "a tag with a wildcard", query: "tag:lang*", expected: ["esp card", "hola", "perro"] },
		{ description: "a note path without .md", query: "path:Lang/Spanish", expected: ["hola", "perro"] },
		{ description: "a note path with .md", query: "path:lang/spanish.md", expected: ["hola", "perro"] },
		{ description: "a path wildcard crosses folders", query: "path:*verbs", expected: ["comer"] },
		{ description: "a folder", query: "path:Science/*", expected: ["Water is ==H2O== and ==wet==", "Water is ==H2O== and ==wet=="] },
		{ description: "kind:reversed", query: "kind:reversed", expected: ["Pomodoro", "25 minutes of focus"] },
		{ description: "kind:cloze", query: "kind:cloze", expected: ["Water is ==H2O== and ==wet==", "Water is ==H2O== and ==wet=="] },
		{ description: "kind:basic", query: "kind:basic -deck:Lang", expected: [] },
		{ description: "kind:reminder matches no card without one", query: "kind:reminder", expected: [] },
		{ description: "is:new", query: "is:new -deck:Science -deck:Study*", expected: ["esp card", "comer"] },
		{ description: "is:learn includes relearning", query: "is:learn", expected: ["perro"] },
		{ description: "is:review includes relearning", query: "is:review", expected: ["hola", "perro"] },
		{ description: "is:suspended", query: "is:suspended", expected: ["comer"] },
		{ description: "is:buried", query: "is:buried", expected: ["esp card"] },
		{ description: "is:leech", query: "is:leech", expected: ["perro"] },
		{ description: "is:due: learn and review cards due now", query: "is:due", expected: ["hola"] },
		{ description: "cards by id", query: `cid:${card(collection, "perro").id},${card(collection, "comer").id}`, expected: ["comer", "perro"] },
		{ description: "OR", query: "hola OR comer", expected: ["comer", "hola"] },
		{ description: "AND binds tighter than OR", query: "comer OR tag:lang dog", expected: ["comer", "perro"] },
		{ description: "a negated group", query: "deck:Lang -(hola OR perro)", expected: ["esp card", "comer"] },
		{ description: "prop:reps", query: "prop:reps=2", expected: ["hola"] },
		{ description: "prop:lapses", query: "prop:lapses>=1", expected: ["perro"] },
		{ description: "prop:reps on new cards", query: "prop:reps=0 deck:Lang", expected: ["esp card", "comer"] },
		{ description: "new cards match no prop:s", query: "prop:s>=0", expected: ["hola", "perro"] },
		{ description: "prop:d", query: "prop:d>0 prop:d<=10", expected: ["hola", "perro"] },
		{ description: "prop:ivl", query: "prop:ivl>=1", expected: ["hola"] },
		{ description: "prop:due=0 is due today", query: "prop:due=0", expected: ["hola", "perro"] },
		{ description: "prop:due>0", query: "prop:due>0", expected: [] },
		{ description: "prop:ivl=", query: "prop:ivl=6", expected: ["hola"] },
		{ description: "prop:r below", query: "prop:r<1", expected: ["hola"] },
		{ description: "prop:r is 1 on the day of an answer", query: "prop:r=1", expected: ["perro"] },
		{ description: "prop:r above", query: "prop:r>1", expected: [] },
		{ description: "rated today", query: "rated:1", expected: ["perro"] },
		{ description: "rated with a rating", query: "rated:1:1", expected: ["perro"] },
		{ description: "rated with another rating", query: "rated:1:3", expected: [] },
		{ description: "rated over eight days", query: "rated:8:2", expected: ["hola"] },
		{ description: "rated over seven days", query: "rated:7:2", expected: [] },
		{ description: "introduced", query: "introduced:7", expected: [] },
		{ description: "introduced over eight days", query: "introduced:8", expected: ["hola", "perro"] },
		{ description: "added in the last five days", query: "added:5", expected: ["Water is ==H2O== and ==wet==", "Water is ==H2O== and ==wet=="] },
	])("$description: $query", ({ query, expected }) => {
		expect(fronts(collection, query, now)).toEqual(expected);
	});

	it("keeps suspended cards out of is:due", () => {
		const local = store();
		local.indexNote("a.md", lines("q #card", "a"), MONDAY);
		graduate(local, "q", MONDAY);
		const dueLater = new Date(card(local, "q").due + DAY);
		expect(fronts(local, "is:due", dueLater)).toEqual(["q"]);
		expect(fronts(local, "prop:due=-1", dueLater)).toEqual(["q"]);
		expect(fronts(local, "prop:due<-1", dueLater)).toEqual([]);
		local.suspend(card(local, "q").id, true, dueLater);
		expect(fronts(local, "is:due", dueLater)).toEqual([]);
	});

	it("throws an error naming the position for a malformed query, never an empty result", () => {
		expect(() => collection.search("deck:Lang (hola", now)).toThrow(SearchSyntaxError);
		expect(() => collection.search("deck:Lang (hola", now)).toThrow(/position 11/);
	});
});
