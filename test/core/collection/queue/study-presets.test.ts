import { Collection, presetStudy, type StudyPreset } from "../../../../src/core";

describe("presetStudy", () => {
	it.each<{ preset: StudyPreset; search: string; reschedule: boolean; title: string }>([
		{ preset: { kind: "more-new", deck: "Lang", n: 5 }, search: '"deck:Lang" is:new', reschedule: true, title: "5 more new cards in Lang" },
		{ preset: { kind: "more-reviews", n: 50 }, search: "is:review prop:due<=0", reschedule: true, title: "50 more reviews" },
		{ preset: { kind: "forgotten", n: 2 }, search: "rated:2:1", reschedule: true, title: "Cards forgotten in the last 2 days" },
		{ preset: { kind: "ahead", n: 3 }, search: "is:review prop:due>0 prop:due<=3", reschedule: true, title: "Review ahead 3 days" },
		{ preset: { kind: "preview", n: 10 }, search: "is:new", reschedule: false, title: "Preview of 10 new cards" },
		{ preset: { kind: "tag", tag: "verbs", reschedule: false }, search: '"tag:verbs"', reschedule: false, title: "Cards tagged verbs" },
		{ preset: { kind: "state", state: "leech", reschedule: true }, search: "is:leech", reschedule: true, title: "Cards in state leech" },
		{ preset: { kind: "state", state: "due", reschedule: false }, search: "is:due", reschedule: false, title: "Cards due" },
		{ preset: { kind: "cram-deck", deck: 'Study "Skills"' }, search: '"deck:Study \\"Skills\\""', reschedule: false, title: 'Cram of Study "Skills"' },
		{ preset: { kind: "cram-note", path: "Notes/A b.md" }, search: '"path:Notes/A b.md"', reschedule: false, title: "Cram of Notes/A b" },
		{ preset: { kind: "search", search: "x", limit: 3, reschedule: true }, search: "x", reschedule: true, title: "Search: x" },
	])("$title", ({ preset, search, reschedule, title }) => {
		const study = presetStudy(preset);
		expect(study.spec.search).toBe(search);
		expect(study.spec.reschedule).toBe(reschedule);
		expect(study.title).toBe(title);
	});

	it("gives searches that find the cards they name", () => {
		const collection = new Collection({ utcOffset: () => 0 });
		const now = new Date("2025-03-10T09:00:00Z");
		collection.indexNote("Notes/A b.md", '---\ncards-deck: Study "Skills"\ntags: [verbs]\n---\nq #card\na', now);
		for (const preset of [{ kind: "cram-note", path: "Notes/A b.md" }, { kind: "cram-deck", deck: 'Study "Skills"' }, { kind: "tag", tag: "verbs", reschedule: false }, { kind: "preview", n: 1 }] as StudyPreset[]) {
			expect(collection.queue(now, presetStudy(preset).spec).cards).toHaveLength(1);
		}
	});
});
