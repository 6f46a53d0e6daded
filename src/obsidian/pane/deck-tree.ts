import { DECK_SEPARATOR, type QueueCounts } from "../../core";

/** One deck of the tree with today's counts of its whole subtree. */
export interface DeckNode {
	/** The last level of the deck path. */
	name: string;
	/** The full deck path (levels joined by `::`). */
	path: string;
	counts: QueueCounts;
	children: DeckNode[];
}

/**
 * The deck tree of some deck paths (parents are made for `A::B` even when no card sits in `A`),
 * siblings sorted by name; `countsOf` gives a subtree's counts (the queue's, limits applied).
 */
export function buildDeckTree(decks: readonly string[], countsOf: (deck: string) => QueueCounts): DeckNode[] {
	const roots: DeckNode[] = [];
	const byPath = new Map<string, DeckNode>();
	for (const deck of decks) {
		const levels = deck.split(DECK_SEPARATOR);
		let siblings = roots;
		let path = "";
		for (const level of levels) {
			path = path === "" ? level : `${path}${DECK_SEPARATOR}${level}`;
			let node = byPath.get(path);
			if (!node) {
				node = { name: level, path, counts: { new: 0, learn: 0, due: 0 }, children: [] };
				byPath.set(path, node);
				siblings.push(node);
			}
			siblings = node.children;
		}
	}
	const finish = (nodes: DeckNode[]): void => {
		nodes.sort((a, b) => a.name.localeCompare(b.name));
		for (const node of nodes) {
			node.counts = countsOf(node.path);
			finish(node.children);
		}
	};
	finish(roots);
	return roots;
}
