/**
 * Aliases: note card ids known to name one card. A device that keeps an old id for a card whose content
 * would mint another id (a typo fix, a move, a re-attached orphan) records the pair, so a device that
 * minted that other id fresh is recognised on merge. Pairs are undirected and only ever added.
 */
export type AliasMap = Map<string, Set<string>>;

/** Records that note card ids `a` and `b` name one card. */
export function addAlias(aliases: AliasMap, a: string, b: string): void {
	if (a === b) return;
	for (const [x, y] of [
		[a, b],
		[b, a],
	] as const) {
		const set = aliases.get(x) ?? new Set<string>();
		set.add(y);
		aliases.set(x, set);
	}
}

/** Every alias pair once, smaller id first, sorted: the stored form. */
export function aliasPairs(aliases: AliasMap): [string, string][] {
	const pairs: [string, string][] = [];
	for (const [a, others] of aliases) for (const b of others) if (a < b) pairs.push([a, b]);
	return pairs.sort((p, q) => (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : p[1] < q[1] ? -1 : p[1] > q[1] ? 1 : 0));
}

/** The union of two alias maps (inputs untouched). */
export function mergeAliases(a: AliasMap, b: AliasMap): AliasMap {
	const result: AliasMap = new Map();
	for (const source of [a, b]) for (const [x, y] of aliasPairs(source)) addAlias(result, x, y);
	return result;
}

/**
 * Resolves note card ids to the one id their card goes by: within a group of aliases, the id with the
 * oldest answer (ties and groups without answers: the smallest id). It depends only on the aliases and
 * the log, so every device that holds the same data resolves alike.
 */
export class AliasResolver {
	private readonly canonicalOf = new Map<string, string>();
	private readonly membersOf = new Map<string, string[]>();

	constructor(aliases: AliasMap, firstAnswer: (noteCardId: string) => number | undefined) {
		for (const start of aliases.keys()) {
			if (this.canonicalOf.has(start)) continue;
			const group = collectGroup(aliases, start);
			const chosen = chooseCanonical(group, firstAnswer);
			for (const id of group) this.canonicalOf.set(id, chosen);
			this.membersOf.set(chosen, group);
		}
	}

	/** The id a note card id's card goes by (itself when it has no alias). */
	canonical(noteCardId: string): string {
		return this.canonicalOf.get(noteCardId) ?? noteCardId;
	}

	/** Every note card id of the card a canonical id names, the canonical one included. */
	members(canonicalId: string): string[] {
		return this.membersOf.get(canonicalId) ?? [canonicalId];
	}

	/**
	 * Adds `newId`, known nowhere yet, as an alias of `existingId` without recomputing every group: an id
	 * with no answers never takes over a group, so the group keeps its canonical id.
	 */
	attach(aliases: AliasMap, newId: string, existingId: string): void {
		addAlias(aliases, newId, existingId);
		const chosen = this.canonical(existingId);
		const members = this.membersOf.get(chosen) ?? [chosen];
		for (const id of [existingId, newId]) if (!members.includes(id)) members.push(id);
		members.sort();
		this.membersOf.set(chosen, members);
		for (const id of members) this.canonicalOf.set(id, chosen);
	}

	/** Whether an id has aliases at all. */
	isAliased(noteCardId: string): boolean {
		return this.canonicalOf.has(noteCardId);
	}
}

function collectGroup(aliases: AliasMap, start: string): string[] {
	const seen = new Set<string>([start]);
	const queue = [start];
	while (queue.length > 0) {
		const id = queue.pop() as string;
		for (const next of aliases.get(id) ?? []) {
			if (!seen.has(next)) {
				seen.add(next);
				queue.push(next);
			}
		}
	}
	return [...seen].sort();
}

function chooseCanonical(group: readonly string[], firstAnswer: (noteCardId: string) => number | undefined): string {
	let best = group[0] as string;
	let bestTime = firstAnswer(best) ?? Infinity;
	for (const id of group) {
		const time = firstAnswer(id) ?? Infinity;
		if (time < bestTime || (time === bestTime && id < best)) {
			best = id;
			bestTime = time;
		}
	}
	return best;
}
