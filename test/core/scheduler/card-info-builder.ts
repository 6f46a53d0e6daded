import type { CardInfo } from "../../../src/core/types";

/** A live new card in deck `Default`, at line `n` of `notes/n.md`; override what a test is about. */
export function cardInfo(n: number, overrides: Partial<CardInfo> = {}): CardInfo {
	return {
		id: `card-${n}`,
		noteCardId: `note-card-${n}`,
		kind: "basic",
		path: "notes/deck.md",
		line: n,
		front: `Question ${n}`,
		back: `Answer ${n}`,
		context: [],
		tags: [],
		deck: "Default",
		state: "new",
		due: 0,
		reps: 0,
		lapses: 0,
		suspended: false,
		buried: false,
		leech: false,
		stability: 0,
		difficulty: 0,
		added: 0,
		...overrides,
	};
}

/** `count` cards numbered from `from`, each shaped by `overrides(n)`. */
export function cardInfos(from: number, count: number, overrides: (n: number) => Partial<CardInfo> = () => ({})): CardInfo[] {
	return Array.from({ length: count }, (_, i) => cardInfo(from + i, overrides(from + i)));
}
