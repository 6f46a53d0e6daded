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

function inDeck(deck: string | undefined, search: string): string {
	return deck ? `${quoteTerm("deck", deck)} ${search}` : search;
}

/**
 * The study of a preset, as Anki defines it: more new or review cards today and the forgotten cards
 * and the reviews ahead reschedule (they are real reviews); a preview and a cram reschedule nothing.
 * (Its title is the interface's to say, from the preset, in its own language.)
 */
export function presetStudy(preset: StudyPreset): StudySpec {
	switch (preset.kind) {
		case "more-new":
			return { search: inDeck(preset.deck, "is:new"), limit: preset.n, order: "added", reschedule: true };
		case "more-reviews":
			return { search: inDeck(preset.deck, "is:review prop:due<=0"), limit: preset.n, order: "due", reschedule: true };
		case "forgotten":
			return { search: inDeck(preset.deck, `rated:${preset.n}:1`), order: "due", reschedule: true };
		case "ahead":
			return { search: inDeck(preset.deck, `is:review prop:due>0 prop:due<=${preset.n}`), order: "due", reschedule: true };
		case "preview":
			return { search: inDeck(preset.deck, "is:new"), limit: preset.n, order: "added", reschedule: false };
		case "tag":
			return { search: inDeck(preset.deck, quoteTerm("tag", preset.tag)), order: "due", reschedule: preset.reschedule };
		case "state":
			return { search: inDeck(preset.deck, `is:${preset.state}`), order: "due", reschedule: preset.reschedule };
		case "cram-deck":
			return { search: quoteTerm("deck", preset.deck), order: "random", reschedule: false };
		case "cram-note":
			return { search: quoteTerm("path", preset.path), order: "due", reschedule: false };
		case "search":
			return { search: preset.search, ...(preset.limit === undefined ? {} : { limit: preset.limit }), order: "due", reschedule: preset.reschedule };
	}
}
