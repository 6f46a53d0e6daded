import type { CardInfo } from "../../types";
import { cardInfo, noteCardInfos, type InfoScope } from "./card-infos";
import { byText } from "../store/json/store-schema";

/** Where building the card list stands: notes built so far, of how many. */
export interface BuildProgress {
	done: number;
	total: number;
}

/** What a note's cards offer on a day before burials and the daily limits (suspended cards left out). */
export interface NoteOffer {
	deck: string;
	/** New cards. */
	fresh: number;
	/** Review cards due before the day ends. */
	reviews: number;
	/** Due times (epoch ms) of the learning and relearning cards. */
	learningDues: readonly number[];
}

const NO_DUES: readonly number[] = Object.freeze([]);

/** The offer of one note's cards on the day that ends at `dayEnd` (epoch ms). */
function offerOf(infos: readonly CardInfo[], dayEnd: number): NoteOffer {
	const offer = { deck: infos[0]?.deck ?? "", fresh: 0, reviews: 0, learningDues: NO_DUES };
	const learning: number[] = [];
	for (const card of infos) {
		if (card.suspended) continue;
		if (card.state === "new") offer.fresh++;
		else if (card.state === "review") {
			if (card.due < dayEnd) offer.reviews++;
		} else learning.push(card.due);
	}
	if (learning.length > 0) offer.learningDues = learning;
	return offer;
}

/**
 * The public card list, kept per note so that a change costs its note only: indexing a note rebuilds
 * that note's cards, an answer replaces one card. Orders (by path for `cards()`, by deck then path for
 * picking new cards) are over notes, not cards, so they stay cheap to redo. The first build can be
 * taken in steps (`build`), note by note, by a caller that lets the UI run between them.
 */
export class CardInfoIndex {
	private readonly byNote = new Map<string, CardInfo[]>();
	private readonly where = new Map<string, { path: string; index: number }>();
	private pathOrder: string[] | undefined;
	private deckOrder: string[] | undefined;
	private flat: CardInfo[] | undefined;
	/** Where each note's cards start in `flat` (a map per note, not per card: 50,000 entries cost a frame). */
	private readonly flatStart = new Map<string, number>();
	/** New cards per note. */
	private readonly newCount = new Map<string, number>();
	/** Each note's offer for the day that ends at `offersDayEnd`, until its cards change. */
	private readonly noteOffers = new Map<string, NoteOffer>();
	private offersDayEnd: number | undefined;
	private built = false;
	/** While built in steps: the notes to build, in this order, and how many of them are built. */
	private pending: string[] | undefined;
	private next = 0;

	constructor(private scope: () => InfoScope) {}

	/** Forgets everything (after a load, a merge or an alias change). */
	reset(): void {
		this.byNote.clear();
		this.where.clear();
		this.newCount.clear();
		this.noteOffers.clear();
		this.built = false;
		this.pending = undefined;
		this.next = 0;
		this.invalidateOrder();
	}

	private invalidateOrder(): void {
		this.pathOrder = undefined;
		this.deckOrder = undefined;
		this.flat = undefined;
		this.flatStart.clear();
	}

	private setNote(path: string): void {
		for (const info of this.byNote.get(path) ?? []) if (this.where.get(info.id)?.path === path) this.where.delete(info.id);
		const infos = noteCardInfos(this.scope(), path);
		if (infos.length > 0) this.byNote.set(path, infos);
		else this.byNote.delete(path);
		infos.forEach((info, index) => this.where.set(info.id, { path, index }));
		this.countNew(path);
		this.noteOffers.delete(path);
	}

	private ensure(): void {
		const steps = this.build();
		while (steps.next().done !== true);
	}

	/**
	 * Builds the notes not built yet, yielding after each. Changes made between steps are taken in as
	 * they come (a changed note is built again, a reset starts over), so a build left half done and
	 * finished later, by more steps or at once by any reader, holds what building at the end would.
	 */
	*build(): Generator<BuildProgress, void> {
		while (!this.built) {
			this.pending ??= [...this.scope().data.notes.keys()];
			const path = this.pending[this.next];
			if (path === undefined) {
				this.built = true;
				this.pending = undefined;
				this.next = 0;
				return;
			}
			this.next++;
			// No order to invalidate: orders are made only once every note is built.
			this.setNote(path);
			yield { done: this.next, total: this.pending.length };
		}
	}

	/** Rebuilds the cards of notes that changed. */
	notesChanged(paths: Iterable<string>): void {
		// Before any build, only notes built for one card's info are there to rebuild; during one, a note may be built already.
		const building = this.built || this.pending !== undefined;
		for (const path of paths) if (building || this.byNote.has(path)) this.setNote(path);
		if (building) this.invalidateOrder();
	}

	/** Refreshes one card after an answer, bury, suspend or undo (a card of a note not built yet is built later). */
	cardChanged(id: string): void {
		const at = this.where.get(id);
		const infos = at && this.byNote.get(at.path);
		const info = at && cardInfo(this.scope(), id, at.path);
		if (!at || !infos || !info) return;
		const wasNew = infos[at.index]?.state === "new";
		infos[at.index] = info;
		if (wasNew !== (info.state === "new")) this.countNew(at.path);
		this.noteOffers.delete(at.path);
		const flatAt = this.flatStart.get(at.path);
		if (this.flat && flatAt !== undefined) this.flat[flatAt + at.index] = info;
	}

	/** One card by canonical id. */
	get(id: string): CardInfo | undefined {
		this.ensure();
		return this.peek(id);
	}

	/**
	 * One card by canonical id, whose note is at `path`: before the list is built, only that note is
	 * (building every note is a second or more in a large vault, for one card's info).
	 */
	getIn(id: string, path: string): CardInfo | undefined {
		if (!this.built && !this.byNote.has(path)) this.setNote(path);
		return this.peek(id) ?? this.get(id);
	}

	/** One card by canonical id, when its note is built (builds nothing). */
	peek(id: string): CardInfo | undefined {
		const at = this.where.get(id);
		return at && this.byNote.get(at.path)?.[at.index];
	}

	/** Every card, notes by path, cards in document order. Do not modify. */
	all(): readonly CardInfo[] {
		this.ensure();
		if (!this.flat) {
			this.pathOrder ??= [...this.byNote.keys()].sort(byText);
			const flat: CardInfo[] = [];
			for (const path of this.pathOrder) {
				this.flatStart.set(path, flat.length);
				for (const info of this.byNote.get(path) ?? []) flat.push(info);
			}
			this.flat = flat;
		}
		return this.flat;
	}

	/**
	 * Each note's offer on the day that ends at `dayEnd`: the deck counts' pass over notes instead of
	 * cards, each note's offer kept until its cards change (an answer redoes one note). A generator, so
	 * that the first pass (every card) can be taken in steps.
	 */
	*offers(dayEnd: number): Generator<NoteOffer, void> {
		this.ensure();
		if (dayEnd !== this.offersDayEnd) {
			this.noteOffers.clear();
			this.offersDayEnd = dayEnd;
		}
		for (const [path, infos] of this.byNote) {
			let offer = this.noteOffers.get(path);
			if (!offer) {
				offer = offerOf(infos, dayEnd);
				this.noteOffers.set(path, offer);
			}
			yield offer;
		}
	}

	/**
	 * The cards of each note that still has new cards, notes ordered by deck then path: the order new
	 * cards are introduced in. Notes without new cards are skipped without looking at their cards.
	 */
	*byDeck(): Generator<readonly CardInfo[]> {
		this.ensure();
		if (!this.deckOrder) {
			const deckOf = (path: string): string => this.byNote.get(path)?.[0]?.deck ?? "";
			this.deckOrder = [...this.byNote.keys()].sort((a, b) => byText(deckOf(a), deckOf(b)) || byText(a, b));
		}
		for (const path of this.deckOrder) {
			if ((this.newCount.get(path) ?? 0) > 0) yield this.byNote.get(path) ?? [];
		}
	}

	private countNew(path: string): void {
		const count = (this.byNote.get(path) ?? []).filter((info) => info.state === "new").length;
		if (count > 0) this.newCount.set(path, count);
		else this.newCount.delete(path);
	}
}
