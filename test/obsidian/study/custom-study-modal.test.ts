/**
 * @jest-environment jsdom
 */
import { App, Modal } from "../../__mocks__/obsidian";
import { Collection } from "../../../src/core";
import { LiveCollection } from "../../../src/obsidian/indexing/live-collection";
import type { SessionTarget } from "../../../src/obsidian/review/review-session";
import { CustomStudyModal } from "../../../src/obsidian/study/custom-study-modal";

const NOW = new Date("2025-03-10T09:00:00Z");

function open(): { modal: CustomStudyModal; started: SessionTarget[] } {
	const collection = new Collection({ utcOffset: () => 0 });
	collection.indexNote("Spanish.md", "---\ncards-deck: Spanish\ntags: [lang]\n---\nQ1 #card\nA\n\nQ2 #card\nB", NOW);
	collection.indexNote("German.md", "---\ncards-deck: German\n---\nG1 #card\nA", NOW);
	const started: SessionTarget[] = [];
	const modal = new CustomStudyModal(new App() as never, new LiveCollection(collection), () => NOW, (t) => started.push(t), { notePath: "German.md" });
	Modal.open.length = 0;
	modal.open();
	return { modal, started };
}

const selects = (modal: CustomStudyModal): HTMLSelectElement[] => Array.from(modal.contentEl.querySelectorAll("select"));
const summary = (modal: CustomStudyModal): string => modal.contentEl.querySelector(".flashcard-review-custom-study-summary")?.textContent ?? "";
const choose = (select: HTMLSelectElement | undefined, value: string): void => {
	if (!select) throw new Error("no dropdown");
	select.value = value;
	select.dispatchEvent(new Event("change"));
};
const type = (modal: CustomStudyModal, value: string): void => {
	const input = modal.contentEl.querySelector<HTMLInputElement>("input[type=text], input:not([type])")!;
	input.value = value;
	input.dispatchEvent(new Event("input"));
};
const start = (modal: CustomStudyModal): void => {
	Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === "Start")?.click();
};

describe("the custom study dialog", () => {
	it("offers Anki's presets and says how many cards and whether they reschedule", () => {
		const { modal, started } = open();
		expect(Array.from(selects(modal)[0]!.options).map((o) => o.text)).toContain("Review ahead");
		expect(summary(modal)).toBe("3 cards now. Answers reschedule cards.");
		choose(selects(modal)[1], "Spanish");
		expect(summary(modal)).toBe("2 cards now. Answers reschedule cards.");
		type(modal, "1");
		start(modal);
		expect(started).toEqual([{ kind: "study", spec: { search: '"deck:Spanish" is:new', limit: 1, order: "added", reschedule: true }, title: "1 more new card in Spanish" }]);
	});

	it("previews new cards without rescheduling, and refuses a bad number", () => {
		const { modal, started } = open();
		choose(selects(modal)[0], "preview");
		expect(summary(modal)).toContain("Practice: schedules stay as they are.");
		type(modal, "0");
		expect(summary(modal)).toBe("“0” is not a whole number above 0.");
		start(modal);
		expect(started).toEqual([]);
	});

	it("studies a search, saying where it is malformed, and crams a note", () => {
		const { modal, started } = open();
		choose(selects(modal)[0], "search");
		type(modal, "tag:lang (");
		expect(summary(modal)).toMatch(/position 11/);
		type(modal, "tag:lang");
		expect(summary(modal)).toBe("2 cards now. Practice: schedules stay as they are.");
		choose(selects(modal)[0], "cram-note");
		expect(selects(modal)[0]?.value).toBe("cram-note");
		expect(selects(modal)[1]?.value).toBe("German.md");
		start(modal);
		expect(started[0]).toMatchObject({ kind: "study", spec: { search: '"path:German.md"', reschedule: false } });
	});
});
