/** The statistics host over the plugin's live collection, with the review log kept between drawings. */
import { runtimeUtcOffset, type ReviewRecord } from "../../core";
import type { App } from "obsidian";
import type { LiveCollection } from "../indexing/live-collection";
import { openNoteAt } from "../review/note-opener";
import type { StatisticsHost } from "./statistics-host";

/**
 * A host reading `live`: days start at the collection's day start hour in the device's zone, as the
 * review queue counts them. The log is that of the live cards (as in Anki's graphs, a deleted note's
 * answers leave the figures), card by card: the store keeps each card's replay, and the statistics
 * read a log grouped by card fastest. It is gathered once and kept until the collection changes;
 * `register` receives the cleanup to run when the plugin unloads.
 */
export function liveStatisticsHost(app: App, live: LiveCollection, now: () => Date, register: (cleanup: () => void) => void): StatisticsHost {
	let log: ReviewRecord[] | null = null;
	register(
		live.changed.on((change) => {
			if (change.reason !== "status") log = null;
		}),
	);
	return {
		cards: () => live.cards(),
		history: (cardId) => {
			if (cardId !== undefined) return live.collection.history(cardId);
			log ??= live.cards().flatMap((card) => live.collection.history(card.id));
			return log;
		},
		practice: (cardId) => live.collection.practiceHistory(cardId),
		options: () => ({ dayStartHour: live.collection.options().dayStartHour, utcOffset: runtimeUtcOffset }),
		now: () => now().getTime(),
		onChange: (listener) =>
			live.changed.on((change) => {
				if (change.reason !== "status") listener();
			}),
		openNote: (path, line) => void openNoteAt(app, path, line, false),
	};
}
