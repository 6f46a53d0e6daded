import { quoteTerm } from "../../search/search-quote";
import type { StudySpec } from "./study-queue";

/**
 * Anki's custom study presets, plus a search of one's own. `deck` limits a preset to a deck's subtree
 * ("" or absent: every deck); `n` is the preset's number (cards, or days).
 */
export type StudyPreset =
	| { kind: "more-new"; deck?: string; n: number }
	| { kind: "more-reviews"; deck?: string; n: number }
	| { kind: "forgotten"; deck?: string; n: number }
	| { kind: "ahead"; deck?: string; n: number }
	| { kind: "preview"; deck?: string; n: number }
	| { kind: "tag"; deck?: string; tag: string; reschedule: boolean }
	| { kind: "state"; deck?: string; state: "new" | "learn" | "review" | "due" | "suspended" | "leech"; reschedule: boolean }
	| { kind: "cram-deck"; deck: string }
	| { kind: "cram-note"; path: string }
	| { kind: "search"; search: string; limit?: number; reschedule: boolean };

/** A study with a title that says what it is. */
export interface PresetStudy {
	spec: StudySpec;
	title: string;
}

function inDeck(deck: string | undefined, search: string): string {
	return deck ? `${quoteTerm("deck", deck)} ${search}` : search;
}

function whereOf(deck: string | undefined): string {
	return deck ? ` in ${deck}` : "";
}

/**
 * The study of a preset, as Anki defines it: more new or review cards today and the forgotten cards
 * and the reviews ahead reschedule (they are real reviews); a preview and a cram reschedule nothing.
 */
export function presetStudy(preset: StudyPreset): PresetStudy {
	const where = "deck" in preset ? whereOf(preset.deck) : "";
	switch (preset.kind) {
		case "more-new":
			return { spec: { search: inDeck(preset.deck, "is:new"), limit: preset.n, order: "added", reschedule: true }, title: `${preset.n} more new cards${where}` };
		case "more-reviews":
			return { spec: { search: inDeck(preset.deck, "is:review prop:due<=0"), limit: preset.n, order: "due", reschedule: true }, title: `${preset.n} more reviews${where}` };
		case "forgotten":
			return { spec: { search: inDeck(preset.deck, `rated:${preset.n}:1`), order: "due", reschedule: true }, title: `Cards forgotten in the last ${preset.n} days${where}` };
		case "ahead":
			return { spec: { search: inDeck(preset.deck, `is:review prop:due>0 prop:due<=${preset.n}`), order: "due", reschedule: true }, title: `Review ahead ${preset.n} days${where}` };
		case "preview":
			return { spec: { search: inDeck(preset.deck, "is:new"), limit: preset.n, order: "added", reschedule: false }, title: `Preview of ${preset.n} new cards${where}` };
		case "tag":
			return { spec: { search: inDeck(preset.deck, quoteTerm("tag", preset.tag)), order: "due", reschedule: preset.reschedule }, title: `Cards tagged ${preset.tag}${where}` };
		case "state":
			return { spec: { search: inDeck(preset.deck, `is:${preset.state}`), order: "due", reschedule: preset.reschedule }, title: `Cards ${preset.state === "due" ? "due" : `in state ${preset.state}`}${where}` };
		case "cram-deck":
			return { spec: { search: quoteTerm("deck", preset.deck), order: "random", reschedule: false }, title: `Cram of ${preset.deck}` };
		case "cram-note":
			return { spec: { search: quoteTerm("path", preset.path), order: "due", reschedule: false }, title: `Cram of ${preset.path.replace(/\.md$/, "")}` };
		case "search":
			return {
				spec: { search: preset.search, ...(preset.limit === undefined ? {} : { limit: preset.limit }), order: "due", reschedule: preset.reschedule },
				title: `Search: ${preset.search}`,
			};
	}
}
