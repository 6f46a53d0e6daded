import { AliasResolver } from "./card-aliases";
import { splitId } from "./card-identity";
import { exactKeys } from "./card-matching";
import { isEffective } from "../log/review-log";
import { lostCard, type NoteRecord, type StoredCard, type StoreData } from "../store-model";
import { runSteps } from "../run-steps";

/** Where a live note card is: its note and its stored text. */
export interface LivePlace {
	path: string;
	card: StoredCard;
	indexedAt: number;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
	const set = map.get(key);
	if (set) set.add(value);
	else map.set(key, new Set([value]));
}

function removeFrom(map: Map<string, Set<string>>, key: string, value: string): void {
	const set = map.get(key);
	if (!set) return;
	set.delete(value);
	if (set.size === 0) map.delete(key);
}

/** Notes `LiveView.inSteps` adds between two yields. */
const NOTES_PER_STEP = 256;

/**
 * Lookups derived from a store, kept in step with it so that indexing one note costs that note only:
 * which note card lives where (by canonical id), which live cards and orphans carry a given text, which
 * ids have answers. Rebuilt whole after a load or a merge.
 */
export class LiveView {
	resolver!: AliasResolver;
	/** Where each live note card is: one place, or several (newest first) when a merge left it in two notes. */
	private readonly places = new Map<string, LivePlace | LivePlace[]>();
	/** Built on first use: loading a store should not pay for text lookups only indexing needs. */
	private liveKeys: Map<string, Set<string>> | undefined;
	private readonly orphanKeys = new Map<string, Set<string>>();
	private readonly orphanPaths = new Map<string, Set<string>>();
	/** Raw reviewable ids with answers by note card id; built on first use (indexing and aliases need it, loading does not). */
	private logIdsByBase: Map<string, Set<string>> | undefined;
	private readonly touched = new Set<string>();

	/** `notes`: "none" leaves the notes and orphans to `addEvery` (see `inSteps`). */
	constructor(
		private readonly data: StoreData,
		notes: "all" | "none" = "all",
	) {
		this.resolver = this.makeResolver();
		if (notes === "all") runSteps(this.addEvery());
	}

	/** The view of a store built a few hundred notes a step (loading builds it between other work: 50,000 cards are some 20 ms). */
	static *inSteps(data: StoreData): Generator<void, LiveView> {
		const view = new LiveView(data, "none");
		yield* view.addEvery();
		return view;
	}

	private *addEvery(): Generator<void, void> {
		let done = 0;
		for (const record of this.data.notes.values()) {
			this.addNote(record);
			if (++done % NOTES_PER_STEP === 0) yield;
		}
		for (const id of this.data.orphans.keys()) this.addOrphan(id);
	}

	private get logIds(): Map<string, Set<string>> {
		if (!this.logIdsByBase) {
			this.logIdsByBase = new Map();
			for (const id of this.data.log.entries.keys()) addTo(this.logIdsByBase, splitId(id).base, id);
		}
		return this.logIdsByBase;
	}

	/** Answers arrived for these raw ids (a merge in place): the lookup of ids with answers, when built, learns them. */
	answersArrived(ids: readonly string[]): void {
		if (this.logIdsByBase) for (const id of ids) addTo(this.logIdsByBase, splitId(id).base, id);
	}

	private makeResolver(): AliasResolver {
		return new AliasResolver(this.data.aliases, (base) => {
			let first: number | undefined;
			for (const id of this.logIds.get(base) ?? []) {
				const entry = (this.data.log.entries.get(id) ?? []).find((e) => isEffective(this.data.log, id, e));
				if (entry && (first === undefined || entry.time < first)) first = entry.time;
			}
			return first;
		});
	}

	/** The id a reviewable card goes by, aliases resolved. */
	canonicalId(id: string): string {
		// Without aliases every id is its card's own (the usual case, asked for every card on load).
		if (this.data.aliases.size === 0) return id;
		const { base, suffix } = splitId(id);
		return this.resolver.canonical(base) + suffix;
	}

	/** Whether a canonical reviewable id is its card's only id (no aliases): its answers are stored under it alone. */
	isUnaliased(canonicalId: string): boolean {
		if (this.data.aliases.size === 0) return true;
		const dash = canonicalId.indexOf("-");
		return !this.resolver.isAliased(dash < 0 ? canonicalId : canonicalId.slice(0, dash));
	}

	/** Every raw id a reviewable card's answers may be stored under (its aliases with the same side). */
	rawIds(canonicalId: string): string[] {
		const { base, suffix } = splitId(canonicalId);
		return this.resolver.members(base).map((member) => member + suffix);
	}

	/** Every raw reviewable id with answers belonging to a canonical note card. */
	loggedIds(canonicalBase: string): string[] {
		return this.resolver.members(canonicalBase).flatMap((member) => [...(this.logIds.get(member) ?? [])]);
	}

	/** Whether any side of a canonical note card has an answer that counts. */
	hasHistory(canonicalBase: string): boolean {
		const log = this.data.log;
		return this.loggedIds(canonicalBase).some((id) => (log.entries.get(id) ?? []).some((e) => isEffective(log, id, e)));
	}

	/** Whether a canonical reviewable card has an answer that counts under any of its raw ids. */
	sideHasHistory(canonicalId: string): boolean {
		const log = this.data.log;
		return this.rawIds(canonicalId).some((id) => (log.entries.get(id) ?? []).some((e) => isEffective(log, id, e)));
	}

	/** Registers a reviewable id that just got its first stored answer. */
	noteLogged(id: string): void {
		if (this.logIdsByBase) addTo(this.logIdsByBase, splitId(id).base, id);
	}

	/** Whether a note card id is taken in any way: live, orphaned, answered or aliased. */
	isKnown(noteCardId: string): boolean {
		return (
			this.places.has(this.resolver.canonical(noteCardId)) ||
			lostCard(this.data, noteCardId) !== undefined ||
			this.logIds.has(noteCardId) ||
			this.resolver.isAliased(noteCardId)
		);
	}

	/** Where a canonical note card lives; when a merge left it in two notes, the newest indexing wins. */
	placeOf(canonicalBase: string): LivePlace | undefined {
		const places = this.places.get(canonicalBase);
		return Array.isArray(places) ? places[0] : places;
	}

	/** Paths whose live cards changed since the last call (including a note whose duplicate card moved). */
	drainTouched(): string[] {
		const paths = [...this.touched];
		this.touched.clear();
		return paths;
	}

	addNote(record: NoteRecord): void {
		this.touched.add(record.path);
		if (record.deleted) return;
		for (const card of record.cards) {
			const base = this.resolver.canonical(card.id);
			const place: LivePlace = { path: record.path, card, indexedAt: record.indexedAt };
			const known = this.places.get(base);
			if (known === undefined) {
				this.places.set(base, place);
			} else {
				const list = Array.isArray(known) ? known : [known];
				const primary = list[0]?.path;
				list.push(place);
				list.sort((a, b) => b.indexedAt - a.indexedAt || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
				this.places.set(base, list);
				if (primary !== undefined) this.touched.add(primary);
			}
			if (this.liveKeys) for (const key of exactKeys(card)) addTo(this.liveKeys, key, base);
		}
	}

	removeNote(record: NoteRecord | undefined): void {
		if (!record) return;
		this.touched.add(record.path);
		if (record.deleted) return;
		for (const card of record.cards) {
			const base = this.resolver.canonical(card.id);
			const known = this.places.get(base);
			const list = (known === undefined ? [] : Array.isArray(known) ? known : [known]).filter((place) => place.path !== record.path);
			if (list.length > 1) this.places.set(base, list);
			else if (list[0]) this.places.set(base, list[0]);
			else this.places.delete(base);
			if (list[0]) this.touched.add(list[0].path);
			if (this.liveKeys) for (const key of exactKeys(card)) removeFrom(this.liveKeys, key, base);
		}
	}

	addOrphan(id: string): void {
		const record = lostCard(this.data, id);
		if (!record) return;
		addTo(this.orphanPaths, record.path, id);
		for (const key of exactKeys(record.card)) addTo(this.orphanKeys, key, id);
	}

	removeOrphan(id: string): void {
		const record = lostCard(this.data, id);
		if (!record) return;
		removeFrom(this.orphanPaths, record.path, id);
		for (const key of exactKeys(record.card)) removeFrom(this.orphanKeys, key, id);
	}

	/** Canonical ids of live note cards sharing an exact key (anchor, text) with a card. */
	liveWithKeys(keys: readonly string[]): string[] {
		if (!this.liveKeys) {
			this.liveKeys = new Map();
			for (const [base, known] of this.places) {
				for (const place of Array.isArray(known) ? known : [known]) for (const key of exactKeys(place.card)) addTo(this.liveKeys, key, base);
			}
		}
		const index = this.liveKeys;
		return [...new Set(keys.flatMap((key) => [...(index.get(key) ?? [])]))].sort();
	}

	/** Whether any orphan (with its text) is waiting to be re-attached. */
	hasOrphans(): boolean {
		return this.orphanKeys.size > 0;
	}

	/** Orphan record ids sharing an exact key with a card. */
	orphansWithKeys(keys: readonly string[]): string[] {
		return [...new Set(keys.flatMap((key) => [...(this.orphanKeys.get(key) ?? [])]))].sort();
	}

	/** Orphan record ids last seen in a note. */
	orphansAt(path: string): string[] {
		return [...(this.orphanPaths.get(path) ?? [])].sort();
	}
}
