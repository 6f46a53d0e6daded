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
	/** The card list as last read, until a change. */
	private list: CardInfo[] | null = null;
	/** Where each note's cards are in the list, and the decks: kept while answers are all that change. */
	private layout: Layout | null = null;
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

	/**
	 * Call after changing the collection: drops the cached views and tells every listener. Answers,
	 * burials and suspensions of named notes change cards but not which cards there are, so the notes'
	 * places in the list and the decks are kept (building them costs a frame at 50,000 cards).
	 */
	touch(change: CardsChange): void {
		this.list = null;
		if (change.reason !== "review" || change.paths === null) this.layout = null;
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
		const done: Promise<void> = built
			.then(nextSlice)
			.then(() => {
				if (this.preparing?.done === done) this.preparing = null;
				if (collection !== this.current) return;
				this.layoutNow();
				this.changed.emit({ paths: [], reason: "status" });
			})
			// What waits for the list (a session, the statistics' first slice) starts in a turn of its own,
			// not on top of this last step and the redraws it caused.
			.then(nextSlice);
		this.preparing = { collection, done };
		return done;
	}

	cards(): readonly CardInfo[] {
		return this.cardList();
	}

	cardsIn(path: string): readonly CardInfo[] {
		const at = this.layoutNow().notes.get(path);
		return at ? this.cardList().slice(at.start, at.end) : [];
	}

	hasCards(path: string): boolean {
		// The start-up scan asks for every note without cards: the store says it without a card list.
		return this.layout ? this.layout.notes.has(path) : this.current.hasNoteCards(path);
	}

	/** Notes that hold live cards. */
	paths(): string[] {
		return [...this.layoutNow().notes.keys()];
	}

	/** Every deck that holds a card, sorted. */
	decks(): readonly string[] {
		return this.layoutNow().decks;
	}

	private cardList(): CardInfo[] {
		if (!this.list) {
			this.list = this.current.cards();
			// Kept for answers only, which never add or remove a card: a list of another length is news.
			if (this.layout?.size !== this.list.length) this.layout = null;
		}
		return this.list;
	}

	private layoutNow(): Layout {
		if (this.layout) return this.layout;
		const cards = this.cardList();
		this.layout = layoutOf(cards);
		return this.layout;
	}
}

/** Where each note's cards are in the card list (`start` to `end`, exclusive), the sorted decks, and the list's length. */
interface Layout {
	notes: Map<string, { start: number; end: number }>;
	decks: string[];
	size: number;
}

/** The layout of a card list in note order (a note's cards are next to each other, as `Collection.cards` gives them). */
function layoutOf(cards: readonly CardInfo[]): Layout {
	const notes = new Map<string, { start: number; end: number }>();
	const decks = new Set<string>();
	let at: { start: number; end: number } | undefined;
	let path: string | undefined;
	cards.forEach((card, i) => {
		if (card.path !== path) {
			path = card.path;
			at = { start: i, end: i };
			notes.set(path, at);
		}
		decks.add(card.deck);
		if (at) at.end = i + 1;
	});
	return { notes, decks: [...decks].sort((a, b) => a.localeCompare(b)), size: cards.length };
}
