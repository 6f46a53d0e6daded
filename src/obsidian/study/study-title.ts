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

/** How a study of a number of cards is called ("10 more new cards"). */
const COUNTED_TITLES = {
	"more-new": "studyTitle.moreNew",
	"more-reviews": "studyTitle.moreReviews",
	forgotten: "studyTitle.forgotten",
	ahead: "studyTitle.ahead",
	preview: "studyTitle.preview",
} as const satisfies Partial<Record<StudyPreset["kind"], MessageKey>>;

type CountedPreset = Extract<StudyPreset, { kind: keyof typeof COUNTED_TITLES }>;

function isCounted(preset: StudyPreset): preset is CountedPreset {
	return preset.kind in COUNTED_TITLES;
}

/** The title of a preset's study without its deck ("10 more new cards", "Cram of Verbs"). */
function ownTitle(preset: Exclude<StudyPreset, CountedPreset>): string {
	switch (preset.kind) {
		case "tag":
			return t("studyTitle.tag", { tag: preset.tag });
		case "state":
			return t(STATE_TITLES[preset.state]);
		case "cram-deck":
			return t("studyTitle.cram", { name: preset.deck });
		case "cram-note":
			return t("studyTitle.cram", { name: preset.path.replace(/\.md$/, "") });
		case "search":
			return t("studyTitle.search", { search: preset.search });
	}
}

/** The title of a preset's study ("10 more new cards in Spanish", "Cram of Verbs"): a cram names its deck itself. */
export function studyTitle(preset: StudyPreset): string {
	const title = isCounted(preset) ? t(COUNTED_TITLES[preset.kind], { count: preset.n }) : ownTitle(preset);
	const deck = preset.kind !== "cram-deck" && "deck" in preset ? preset.deck : undefined;
	return deck ? t("studyTitle.inDeck", { title, deck }) : title;
}

/** The session of a preset: its cards and its title. */
export function presetTarget(preset: StudyPreset): Extract<SessionTarget, { kind: "study" }> {
	return { kind: "study", spec: presetStudy(preset), title: studyTitle(preset) };
}
