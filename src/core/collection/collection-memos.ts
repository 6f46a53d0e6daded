import type { ReviewRecord } from "../types";
import { replayStoredCard } from "./log/card-replay";
import { CardInfoIndex, type BuildProgress } from "./queue/card-info-index";
import type { InfoScope } from "./queue/card-infos";
import { AnsweredToday, candidateListsInSteps, type QueueCandidates } from "./queue/collection-queue";
import { HistoryMemo } from "./log/history-memo";
import { SortedCandidates } from "./queue/queue-candidates";

/** Notes whose offers (see `CardInfoIndex.offers`) are tallied between two yields of `prepare`. */
const OFFERS_PER_STEP = 500;

/** What changed in a collection since a watch began: cards (by canonical id), notes, or everything (`store`). */
export class ChangeWatch {
	readonly cards = new Set<string>();
	notes = false;
	/** The options changed or the store was replaced: nothing computed before holds. */
	store = false;

	/** Whether nothing changed. */
	get quiet(): boolean {
		return !this.store && !this.notes && this.cards.size === 0;
	}
}

/**
 * What a collection derives from its store and keeps between calls, so that each call costs what
 * changed: card infos per note, due-sorted queue candidates, each card's replayed records, the whole
 * history, today's answered cards. The collection reports every change here.
 */
export class CollectionMemos {
	readonly infos: CardInfoIndex;
	readonly candidates: QueueCandidates = { learning: new SortedCandidates(), reviews: new SortedCandidates() };
	/** Replayed records per canonical card id. */
	readonly records = new Map<string, ReviewRecord[]>();
	readonly history = new HistoryMemo();
	readonly answeredToday = new AnsweredToday();
	/** Work in progress that must learn what changes meanwhile (a merge in steps). */
	private readonly watches = new Set<ChangeWatch>();

	constructor(private readonly scope: () => InfoScope) {
		this.infos = new CardInfoIndex(scope);
	}

	/** A card's replayed records (by canonical id), replayed once and kept until its log changes. */
	recordsOf(cardId: string): ReviewRecord[] {
		const memo = this.records.get(cardId);
		if (memo) return memo;
		const { data, view } = this.scope();
		const { records } = replayStoredCard(data, view, cardId);
		this.records.set(cardId, records);
		return records;
	}

	/** Records every change reported from now on, until `unwatch`. */
	watch(): ChangeWatch {
		const watch = new ChangeWatch();
		this.watches.add(watch);
		return watch;
	}

	unwatch(watch: ChangeWatch): void {
		this.watches.delete(watch);
	}

	/**
	 * Builds the card infos note by note, then the card list in note order, today's answered cards and
	 * the queue's sorted candidates (`day()` gives today's bounds, asked when reached: the store may
	 * change meanwhile), each its own step.
	 */
	*prepare(day: () => { start: number; end: number }): Generator<BuildProgress, void> {
		let built = false;
		for (const step of this.infos.build()) {
			built = true;
			yield step;
		}
		this.infos.all();
		// A list built before needs no more steps: what is left of it costs little.
		const total = this.scope().data.notes.size;
		if (built) yield { done: total, total };
		this.answeredToday.get(this.scope().data, this.scope().view, day().start);
		if (built) yield { done: total, total };
		// Then what the deck counts read (each note's offer, a few hundred notes a step), and the queue's
		// two sorted lists, each a step: at 50,000 cards each of these took 10-40 ms before the code warms up.
		const offers = this.infos.offers(day().end);
		for (let notes = 1; offers.next().done !== true; notes++) if (built && notes % OFFERS_PER_STEP === 0) yield { done: total, total };
		if (built) yield { done: total, total };
		const lists = candidateListsInSteps(this.infos, this.candidates, day().end);
		while (lists.next().done !== true) if (built) yield { done: total, total };
	}

	/** The store was replaced (a load, a merge) or its aliases changed: nothing derived holds. */
	storeReplaced(): void {
		this.optionsChanged();
		this.answeredToday.clear();
	}

	/** New options: infos (leeches), candidates and replays (scheduling) change. */
	optionsChanged(): void {
		for (const watch of this.watches) watch.store = true;
		this.infos.reset();
		this.candidates.learning.reset();
		this.candidates.reviews.reset();
		this.records.clear();
		this.history.reset();
	}

	/** Notes were indexed, renamed or deleted: the cards of `paths` changed. */
	notesChanged(paths: readonly string[]): void {
		if (paths.length > 0) for (const watch of this.watches) watch.notes = true;
		this.history.reset();
		this.infos.notesChanged(paths);
		this.candidates.learning.reset();
		this.candidates.reviews.reset();
	}

	/** One card's answers or flags changed. */
	cardChanged(cardId: string): void {
		for (const watch of this.watches) watch.cards.add(cardId);
		this.records.delete(cardId);
		this.history.cardChanged(cardId);
		// Before its info changes: the lists find the card under the due time it had.
		const filedDue = this.infos.peek(cardId)?.due;
		this.candidates.learning.changed(cardId, filedDue);
		this.candidates.reviews.changed(cardId, filedDue);
		this.infos.cardChanged(cardId);
	}
}
