/** The statistics host over the plugin's live collection, with the review log kept between drawings. */
import { runtimeUtcOffset, type StatisticsOptions } from "../../core";
import type { App } from "obsidian";
import type { LiveCollection } from "../indexing/live-collection";
import { openNoteAt } from "../review/note-opener";
import { StatisticsFeed } from "./statistics-feed";
import { SLICE_MS } from "../slices";
import type { StatisticsHost } from "./statistics-host";

/**
 * A host reading `live`: days start at the collection's day start hour in the device's zone, as the
 * review queue counts them. The log is that of the live cards (as in Anki's graphs, a deleted note's
 * answers leave the figures), card by card, packed and kept by a `StatisticsFeed` that reads again
 * only the notes a change names. The first figures after loading wait for the card list, built in
 * slices (`LiveCollection.prepare`). `register` receives the cleanup to run when the plugin unloads;
 * `sliceMs` is the time a slice of long work may take.
 */
export function liveStatisticsHost(app: App, live: LiveCollection, now: () => Date, register: (cleanup: () => void) => void, sliceMs = SLICE_MS): StatisticsHost {
	const options = (): StatisticsOptions => ({ dayStartHour: live.collection.options().dayStartHour, utcOffset: runtimeUtcOffset });
	const feed = new StatisticsFeed({ cards: () => live.cards(), trail: (id) => live.collection.reviewTrail(id), options, now: () => now().getTime() }, sliceMs);
	/** Calls for figures so far. */
	let asked = 0;
	register(
		live.changed.on((change) => {
			// Answers and indexing name their notes; a sync or new options may change any card's answers.
			if (change.reason === "review" || change.reason === "index") feed.changed(change.paths);
			else if (change.reason !== "status") feed.changed(null);
		}),
	);
	return {
		cards: () => live.cards(),
		card: (cardId) => live.collection.card(cardId),
		history: (cardId) => (cardId !== undefined ? live.collection.history(cardId) : live.cards().flatMap((card) => live.collection.history(card.id))),
		statistics: (deck, progress) => {
			const call = ++asked;
			// The card list is built in slices first (after loading, the review views may not have built it).
			const preparing = live.prepare(now(), sliceMs);
			if (!preparing) return feed.statistics(deck, progress);
			// A newer call makes this one give up, as the feed's own readings do.
			return preparing.then(() => (call === asked ? feed.statistics(deck, progress) : new Promise<never>(() => undefined)));
		},
		practice: (cardId) => live.collection.practiceHistory(cardId),
		options,
		now: () => now().getTime(),
		onChange: (listener) =>
			live.changed.on((change) => {
				if (change.reason !== "status") listener();
			}),
		openNote: (path, line) => void openNoteAt(app, path, line, false),
	};
}
