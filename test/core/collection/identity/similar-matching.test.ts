import fc from "fast-check";
import { exactKeys, frontText, matchCards, MIN_IDENTIFYING_BACK, type MatchableCard } from "../../../../src/core/collection/identity/card-matching";
import { cardSides, editedScore, scoreBound } from "../../../../src/core/collection/identity/edited-cards";
import { byRank, PairHeap, type RankedPair } from "../../../../src/core/collection/identity/pair-heap";

/**
 * Matching as it was before similar pairs were measured lazily: the exact passes, then every pair's
 * bound, every pair that could match measured in bound order, and the measured pairs taken greedily.
 * (No note here comes near the step budget, where the two differ by design.)
 */
function eagerMatch(oldCards: readonly MatchableCard[], newCards: readonly MatchableCard[]): (number | undefined)[] {
	const result: (number | undefined)[] = newCards.map(() => undefined);
	if (oldCards.length === 0) return result;
	const taken = new Set<number>();
	for (const prefix of ["a:", "fb:", "f:", "b:"]) {
		const keyOf = (card: MatchableCard): string | undefined => exactKeys(card).find((key) => key.startsWith(prefix));
		const oldByKey = new Map<string, number[]>();
		oldCards.forEach((card, i) => {
			const key = keyOf(card);
			if (!taken.has(i) && key !== undefined) oldByKey.set(key, [...(oldByKey.get(key) ?? []), i]);
		});
		newCards.forEach((card, i) => {
			const key = keyOf(card);
			const candidates = key === undefined ? undefined : oldByKey.get(key);
			if (result[i] !== undefined || !candidates || candidates.length === 0) return;
			const best = candidates.reduce((a, b) => (Math.abs((oldCards[b] as MatchableCard).line - card.line) < Math.abs((oldCards[a] as MatchableCard).line - card.line) ? b : a));
			result[i] = best;
			taken.add(best);
			candidates.splice(candidates.indexOf(best), 1);
		});
	}
	const sides = (card: MatchableCard) => cardSides(frontText(card.front), card.back, MIN_IDENTIFYING_BACK);
	const pairs: RankedPair[] = [];
	oldCards.forEach((o, oldIndex) => {
		newCards.forEach((n, newIndex) => {
			if (taken.has(oldIndex) || result[newIndex] !== undefined) return;
			const bound = scoreBound(sides(o), sides(n));
			if (bound > 0) pairs.push({ oldIndex, newIndex, score: bound, distance: Math.abs(o.line - n.line), stage: 1 });
		});
	});
	const measured = pairs
		.sort(byRank)
		.map((pair) => ({ ...pair, score: editedScore(sides(oldCards[pair.oldIndex] as MatchableCard), sides(newCards[pair.newIndex] as MatchableCard)) }))
		.filter((pair) => pair.score > 0)
		.sort(byRank);
	for (const pair of measured) {
		if (taken.has(pair.oldIndex) || result[pair.newIndex] !== undefined) continue;
		result[pair.newIndex] = pair.oldIndex;
		taken.add(pair.oldIndex);
	}
	return result;
}

const WORDS = ["pool", "store", "user", "token", "the", "a", "of", "cache", "role", "scope", "claim", "region"];
const text = (min: number, max: number) => fc.array(fc.constantFrom(...WORDS), { minLength: min, maxLength: max }).map((words) => words.join(" "));
/** A card: mostly short sides, sometimes a long back (word pairs then count). */
const aCard = fc.record({ front: text(1, 8), back: fc.oneof(text(0, 6), text(40, 80)), line: fc.nat(60) });
/** An edit of a card: a word replaced, a letter dropped, or a whole side rewritten. */
const edit = (card: MatchableCard, how: number, word: string): MatchableCard => {
	if (how === 0) return { ...card, front: card.front.replace(/\w+/, word) };
	if (how === 1) return { ...card, back: card.back.replace(/\w+/g, (w, at: number) => (at % 3 === 0 ? word : w)) };
	if (how === 2) return { ...card, front: card.front.slice(1), line: card.line + 3 };
	if (how === 3) return { ...card, back: `${word} ${word}` };
	return card;
};

describe("similar matching, measured lazily", () => {
	it("pairs the cards of edited notes as measuring every pair did", () => {
		fc.assert(
			fc.property(
				fc.array(aCard, { maxLength: 14 }),
				fc.array(fc.record({ how: fc.nat(5), word: fc.constantFrom(...WORDS), keep: fc.boolean() }), { maxLength: 14 }),
				fc.array(aCard, { maxLength: 4 }),
				(oldCards, edits, added) => {
					const newCards = [...oldCards.flatMap((card, i) => (edits[i]?.keep === false ? [] : [edit(card, edits[i]?.how ?? 5, edits[i]?.word ?? "x")])), ...added];
					expect(matchCards(oldCards, newCards)).toEqual(eagerMatch(oldCards, newCards));
				},
			),
			{ numRuns: 400 },
		);
	});
});

describe("PairHeap", () => {
	it("gives pairs back in rank order, whatever order they came in", () => {
		const pair = fc.record({ oldIndex: fc.nat(5), newIndex: fc.nat(5), score: fc.integer({ min: 0, max: 4 }), distance: fc.nat(3), stage: fc.constant<0>(0) });
		fc.assert(
			fc.property(fc.array(pair, { maxLength: 60 }), (pairs) => {
				const heap = new PairHeap();
				for (const p of pairs) heap.push(p);
				const popped: RankedPair[] = [];
				for (let p = heap.pop(); p; p = heap.pop()) popped.push(p);
				expect(popped.map((p) => [p.score, p.distance, p.newIndex, p.oldIndex])).toEqual([...pairs].sort(byRank).map((p) => [p.score, p.distance, p.newIndex, p.oldIndex]));
			}),
		);
	});
});
