/** The statistics host over the plugin's live collection, with the review log kept between drawings. */
import { runtimeUtcOffset, type StatisticsOptions } from "../../core";
import type { App } from "obsidian";
import type { LiveCollection } from "../indexing/live-collection";
import { openNoteAt } from "../review/note-opener";
import { StatisticsFeed } from "./statistics-feed";
import type { StatisticsHost } from "./statistics-host";

/**
 * A host reading `live`: days start at the collection's day start hour in the device's zone, as the
 * review queue counts them. The log is that of the live cards (as in Anki's graphs, a deleted note's
 * answers leave the figures), card by card, kept by a `StatisticsFeed` that reads again only the
 * notes a change names; `register` receives the cleanup to run when the plugin unloads.
 */
export function liveStatisticsHost(app: App, live: LiveCollection, now: () => Date, register: (cleanup: () => void) => void): StatisticsHost {
	const options = (): StatisticsOptions => ({ dayStartHour: live.collection.options().dayStartHour, utcOffset: runtimeUtcOffset });
	const feed = new StatisticsFeed({ cards: () => live.cards(), history: (id) => live.collection.history(id), options, now: () => now().getTime() });
	register(
		live.changed.on((change) => {
			// Answers and indexing name their notes; a sync or new options may change any card's answers.
			if (change.reason === "review" || change.reason === "index") feed.changed(change.paths);
			else if (change.reason !== "status") feed.changed(null);
		}),
	);
	return {
		cards: () => live.cards(),
		history: (cardId) => (cardId !== undefined ? live.collection.history(cardId) : feed.log()),
		statistics: (deck, progress) => feed.statistics(deck, progress),
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
