import type { CardInfo, Collection } from "../../core";
import { nextSlice, runInSlices, SLICE_MS } from "../slices";
import { Signal } from "./signal";

/** Why the cards changed, so views can skip work (null paths: anything may have changed). */
export interface CardsChange {
	paths: readonly string[] | null;
	reason: "index" | "review" | "sync" | "options" | "status";
}

/**
 * The collection as the Obsidian layer shares it: one current store (synced files are merged into
 * it, also when they rescue a read-only session), cheap cached views of its cards, the indexing and
 * read-only status, and one signal that every view listens to.
 */
export class LiveCollection {
	readonly changed = new Signal<CardsChange>();
	private memo: { cards: CardInfo[]; byPath: Map<string, CardInfo[]>; decks: string[] } | null = null;
	private indexingNow = false;
	private readOnlyReason: string | null = null;
	private progressNow: { done: number; total: number } | null = null;
	/** The card list being built in slices, for the collection it is built for. */
	private preparing: { collection: Collection; done: Promise<void> } | null = null;

	constructor(private current: Collection) {}

	get collection(): Collection {
		return this.current;
	}

	/** Whether the first scan (or a rebuild) is running. */
	get indexing(): boolean {
		return this.indexingNow;
	}

	/** Why nothing is saved this session, or null. */
	get readOnly(): string | null {
		return this.readOnlyReason;
	}

	replace(collection: Collection): void {
		this.current = collection;
		this.touch({ paths: null, reason: "sync" });
	}

	/** Call after changing the collection: drops the cached views and tells every listener. */
	touch(change: CardsChange): void {
		this.memo = null;
		this.changed.emit(change);
	}

	/** While indexing: notes read so far, of how many (null before the count is known). */
	get progress(): { done: number; total: number } | null {
		return this.indexingNow ? this.progressNow : null;
	}

	/** Where the running scan is; views read it when they next redraw (each batch of notes touches). */
	setProgress(done: number, total: number): void {
		this.progressNow = { done, total };
	}

	setStatus(indexing: boolean, readOnly: string | null): void {
		if (!indexing) this.progressNow = null;
		if (indexing === this.indexingNow && readOnly === this.readOnlyReason) return;
		this.indexingNow = indexing;
		this.readOnlyReason = readOnly;
		this.changed.emit({ paths: [], reason: "status" });
	}

	/**
	 * Builds the card list the queue and the deck list read (see `Collection.prepareCards`) in slices
	 * of about `budgetMs` that yield to the UI, then this class's own views of it in one more: undefined
	 * when it is built already (or the first slice finished it), else a promise kept until it is. Every
	 * view is told (a status change) when a build in slices ends.
	 */
	prepare(now: Date, budgetMs = SLICE_MS): Promise<void> | undefined {
		const collection = this.current;
		if (this.preparing?.collection === collection) return this.preparing.done;
		const built = runInSlices(collection.prepareCards(now), () => collection === this.current, undefined, budgetMs);
		if (!(built instanceof Promise)) return undefined;
		const done: Promise<void> = built.then(nextSlice).then(() => {
			if (this.preparing?.done === done) this.preparing = null;
			if (collection !== this.current) return;
			this.views();
			this.changed.emit({ paths: [], reason: "status" });
		});
		this.preparing = { collection, done };
		return done;
	}

	cards(): readonly CardInfo[] {
		return this.views().cards;
	}

	cardsIn(path: string): readonly CardInfo[] {
		return this.views().byPath.get(path) ?? [];
	}

	hasCards(path: string): boolean {
		return this.views().byPath.has(path);
	}

	/** Notes that hold live cards. */
	paths(): string[] {
		return [...this.views().byPath.keys()];
	}

	/** Every deck that holds a card, sorted. */
	decks(): readonly string[] {
		return this.views().decks;
	}

	private views(): { cards: CardInfo[]; byPath: Map<string, CardInfo[]>; decks: string[] } {
		if (this.memo) return this.memo;
		const cards = this.current.cards();
		const byPath = new Map<string, CardInfo[]>();
		const decks = new Set<string>();
		for (const card of cards) {
			const list = byPath.get(card.path);
			if (list) list.push(card);
			else byPath.set(card.path, [card]);
			decks.add(card.deck);
		}
		this.memo = { cards, byPath, decks: [...decks].sort((a, b) => a.localeCompare(b)) };
		return this.memo;
	}
}
