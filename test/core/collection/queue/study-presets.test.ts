import { Collection, presetStudy, type StudyPreset } from "../../../../src/core";

describe("presetStudy", () => {
	it.each<{ description: string; preset: StudyPreset; search: string; reschedule: boolean }>([
		{ description: "more new cards in a deck", preset: { kind: "more-new", deck: "Lang", n: 5 }, search: '"deck:Lang" is:new', reschedule: true },
		{ description: "more reviews", preset: { kind: "more-reviews", n: 50 }, search: "is:review prop:due<=0", reschedule: true },
		{ description: "forgotten cards", preset: { kind: "forgotten", n: 2 }, search: "rated:2:1", reschedule: true },
		{ description: "review ahead", preset: { kind: "ahead", n: 3 }, search: "is:review prop:due>0 prop:due<=3", reschedule: true },
		{ description: "preview of new cards", preset: { kind: "preview", n: 10 }, search: "is:new", reschedule: false },
		{ description: "cards of a tag", preset: { kind: "tag", tag: "verbs", reschedule: false }, search: '"tag:verbs"', reschedule: false },
		{ description: "cards in a state", preset: { kind: "state", state: "leech", reschedule: true }, search: "is:leech", reschedule: true },
		{ description: "cards due", preset: { kind: "state", state: "due", reschedule: false }, search: "is:due", reschedule: false },
		{ description: "cram of a deck", preset: { kind: "cram-deck", deck: 'Study "Skills"' }, search: '"deck:Study \\"Skills\\""', reschedule: false },
		{ description: "cram of a note", preset: { kind: "cram-note", path: "Notes/A b.md" }, search: '"path:Notes/A b.md"', reschedule: false },
		{ description: "a search of one's own", preset: { kind: "search", search: "x", limit: 3, reschedule: true }, search: "x", reschedule: true },
	])("$description", ({ preset, search, reschedule }) => {
		const spec = presetStudy(preset);
		expect(spec.search).toBe(search);
		expect(spec.reschedule).toBe(reschedule);
	});

	it("gives searches that find the cards they name", () => {
		const collection = new Collection({ utcOffset: () => 0 });
		const now = new Date("2025-03-10T09:00:00Z");
		collection.indexNote("Notes/A b.md", '---\ncards-deck: Study "Skills"\ntags: [verbs]\n---\nq #card\na', now);
		for (const preset of [{ kind: "cram-note", path: "Notes/A b.md" }, { kind: "cram-deck", deck: 'Study "Skills"' }, { kind: "tag", tag: "verbs", reschedule: false }, { kind: "preview", n: 1 }] as StudyPreset[]) {
			expect(collection.queue(now, presetStudy(preset)).cards).toHaveLength(1);
		}
	});
});
