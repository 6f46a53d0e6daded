/** The card groups the charts stack and colour, named in the app's language when drawn. */
import { t, type MessageKey } from "../i18n";
import type { ChartSeries } from "./bar-chart";

/** A group of cards a chart can show. */
export type SeriesId = "new" | "learning" | "relearning" | "young" | "mature" | "suspended" | "buried" | "again" | "hard" | "good" | "easy";

const NAMES: Record<SeriesId, MessageKey> = {
	new: "state.new",
	learning: "state.learning",
	relearning: "state.relearning",
	young: "stats.young",
	mature: "stats.mature",
	suspended: "state.suspended",
	buried: "state.buried",
	again: "rating.1",
	hard: "rating.2",
	good: "rating.3",
	easy: "rating.4",
};

/** The name of a group. */
export const seriesName = (id: SeriesId): string => t(NAMES[id]);

/** The class that colours a group (styles.css). */
export const seriesClass = (id: SeriesId): string => `flashcard-review-series-${id}`;

/** Chart series for `ids`, bottom first. */
export function series(ids: readonly SeriesId[]): ChartSeries[] {
	return ids.map((id) => ({ label: seriesName(id), cls: seriesClass(id) }));
}
