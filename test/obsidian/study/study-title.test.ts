import type { StudyPreset } from "../../../src/core";
import { useLanguage } from "../../../src/obsidian/i18n";
import { presetTarget, studyTitle } from "../../../src/obsidian/study/study-title";

describe("studyTitle", () => {
	afterEach(() => useLanguage("en"));

	it.each<{ preset: StudyPreset; title: string }>([
		{ preset: { kind: "more-new", deck: "Lang", n: 5 }, title: "5 more new cards in Lang" },
		{ preset: { kind: "more-new", n: 1 }, title: "1 more new card" },
		{ preset: { kind: "more-reviews", n: 50 }, title: "50 more reviews" },
		{ preset: { kind: "forgotten", n: 2 }, title: "Cards forgotten in the last 2 days" },
		{ preset: { kind: "ahead", n: 3 }, title: "Review ahead 3 days" },
		{ preset: { kind: "preview", n: 10 }, title: "Preview of 10 new cards" },
		{ preset: { kind: "tag", tag: "verbs", reschedule: false }, title: "Cards tagged verbs" },
		{ preset: { kind: "state", state: "leech", reschedule: true }, title: "Cards in state leech" },
		{ preset: { kind: "state", state: "due", reschedule: false }, title: "Cards due" },
		{ preset: { kind: "cram-deck", deck: 'Study "Skills"' }, title: 'Cram of Study "Skills"' },
		{ preset: { kind: "cram-note", path: "Notes/A b.md" }, title: "Cram of Notes/A b" },
		{ preset: { kind: "search", search: "x", limit: 3, reschedule: true }, title: "Search: x" },
	])("$title", ({ preset, title }) => {
		useLanguage("en");
		expect(studyTitle(preset)).toBe(title);
	});

	it.each<{ preset: StudyPreset; title: string }>([
		{ preset: { kind: "more-new", deck: "Spanisch", n: 1 }, title: "1 weitere neue Karte in Spanisch" },
		{ preset: { kind: "forgotten", n: 7 }, title: "In den letzten 7 Tagen vergessene Karten" },
		{ preset: { kind: "state", state: "leech", reschedule: true }, title: "Problemkarten" },
		{ preset: { kind: "cram-note", path: "Verben.md" }, title: "Verben pauken" },
		{ preset: { kind: "search", search: "x", reschedule: true }, title: "Suche: x" },
	])("in German: $title", ({ preset, title }) => {
		useLanguage("de");
		expect(studyTitle(preset)).toBe(title);
	});

	it("makes a custom study session of a preset, with its search and its title", () => {
		useLanguage("en");
		expect(presetTarget({ kind: "cram-deck", deck: "Lang" })).toEqual({ kind: "study", spec: { search: '"deck:Lang"', order: "random", reschedule: false }, title: "Cram of Lang" });
	});
});
