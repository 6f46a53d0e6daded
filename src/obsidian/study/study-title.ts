/**
 * What a custom study is called, in the app's language: the core builds a preset's search, the
 * interface names it (the core has no translations).
 */
import { presetStudy, type StudyPreset } from "../../core";
import { t, type MessageKey } from "../i18n";
import type { SessionTarget } from "../review/review-session";

/** How a study of cards in one state is called. */
const STATE_TITLES: Record<Extract<StudyPreset, { kind: "state" }>["state"], MessageKey> = {
	due: "studyTitle.due",
	new: "studyTitle.new",
	learn: "studyTitle.learn",
	review: "studyTitle.review",
	suspended: "studyTitle.suspended",
	leech: "studyTitle.leech",
};

/** The title of a preset's study ("10 more new cards in Spanish", "Cram of Verbs"). */
export function studyTitle(preset: StudyPreset): string {
	const inDeck = (title: string): string => ("deck" in preset && preset.deck ? t("studyTitle.inDeck", { title, deck: preset.deck }) : title);
	switch (preset.kind) {
		case "more-new":
			return inDeck(t("studyTitle.moreNew", { count: preset.n }));
		case "more-reviews":
			return inDeck(t("studyTitle.moreReviews", { count: preset.n }));
		case "forgotten":
			return inDeck(t("studyTitle.forgotten", { count: preset.n }));
		case "ahead":
			return inDeck(t("studyTitle.ahead", { count: preset.n }));
		case "preview":
			return inDeck(t("studyTitle.preview", { count: preset.n }));
		case "tag":
			return inDeck(t("studyTitle.tag", { tag: preset.tag }));
		case "state":
			return inDeck(t(STATE_TITLES[preset.state]));
		case "cram-deck":
			return t("studyTitle.cram", { name: preset.deck });
		case "cram-note":
			return t("studyTitle.cram", { name: preset.path.replace(/\.md$/, "") });
		case "search":
			return t("studyTitle.search", { search: preset.search });
	}
}

/** The session of a preset: its cards and its title. */
export function presetTarget(preset: StudyPreset): Extract<SessionTarget, { kind: "study" }> {
	return { kind: "study", spec: presetStudy(preset), title: studyTitle(preset) };
}
