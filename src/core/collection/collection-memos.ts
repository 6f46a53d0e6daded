import type { ReviewRecord } from "../types";
import { cardOptions } from "./presets/deck-presets";
import { replayCard } from "./log/card-replay";
import { CardInfoIndex } from "./queue/card-info-index";
import type { InfoScope } from "./queue/card-infos";
import { AnsweredToday, type QueueCandidates } from "./queue/collection-queue";
import { HistoryMemo } from "./log/history-memo";
import { SortedCandidates } from "./queue/queue-candidates";

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

	constructor(private readonly scope: () => InfoScope) {
		this.infos = new CardInfoIndex(scope);
	}

	/** A card's replayed records (by canonical id), replayed once and kept until its log changes. */
	recordsOf(cardId: string): ReviewRecord[] {
		const memo = this.records.get(cardId);
		if (memo) return memo;
		const { data, view } = this.scope();
		const { records } = replayCard(data.log, view.rawIds(cardId), cardId, cardOptions(data, view, cardId));
		this.records.set(cardId, records);
		return records;
	}

	/** The store was replaced (a load, a merge) or its aliases changed: nothing derived holds. */
	storeReplaced(): void {
		this.optionsChanged();
		this.answeredToday.clear();
	}

	/** New options: infos (leeches), candidates and replays (scheduling) change. */
	optionsChanged(): void {
		this.infos.reset();
		this.candidates.learning.reset();
		this.candidates.reviews.reset();
		this.records.clear();
		this.history.reset();
	}

	/** Notes were indexed, renamed or deleted: the cards of `paths` changed. */
	notesChanged(paths: Iterable<string>): void {
		this.history.reset();
		this.infos.notesChanged(paths);
		this.candidates.learning.reset();
		this.candidates.reviews.reset();
	}

	/** One card's answers or flags changed. */
	cardChanged(cardId: string): void {
		this.records.delete(cardId);
		this.history.cardChanged(cardId);
		this.infos.cardChanged(cardId);
		this.candidates.learning.changed(cardId);
		this.candidates.reviews.changed(cardId);
	}
}
