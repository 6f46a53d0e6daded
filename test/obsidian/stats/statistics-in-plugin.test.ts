/**
 * @jest-environment jsdom
 */
import { Modal, type App } from "../../__mocks__/obsidian";
import { dayNumber, formatLocalDate, runtimeUtcOffset } from "../../../src/core";
import { VIEW_TYPE_STATS } from "../../../src/obsidian/constants";
import { StatisticsView } from "../../../src/obsidian/stats/statistics-view";
import { READ_MS, demoApp, press, resetRecorders, reviewView, settle, sides, startPlugin } from "../support/demo-vault";

const NOW = new Date("2025-03-10T09:00:00Z");
/** Today as the plugin counts it: in this machine's zone, days starting at 4:00. */
const TODAY = formatLocalDate(dayNumber(NOW.getTime(), 4, runtimeUtcOffset));

function statisticsView(app: App): StatisticsView {
	const view = app.workspace.getLeavesOfType(VIEW_TYPE_STATS)[0]?.view;
	if (!(view instanceof StatisticsView)) throw new Error("the statistics view is not open");
	return view;
}

async function answer(app: App, rating: string): Promise<void> {
	const view = reviewView(app);
	await settle(READ_MS);
	press(view, " ");
	await settle(0);
	press(view, rating);
	await settle(0);
}

describe("statistics in the plugin", () => {
	beforeEach(() => {
		jest.useFakeTimers({ now: NOW });
		resetRecorders();
	});
	afterEach(() => {
		Modal.open.length = 0;
		jest.useRealTimers();
	});

	it("shows the answers just given, opened from the finished screen", async () => {
		const app = demoApp();
		await startPlugin(app);
		expect(app.executeCommand("flashcard-review:review-due")).toBe(true);
		await settle();
		const root = reviewView(app).contentEl;
		let answers = 0;
		while (root.querySelector(".flashcard-review-question") && answers < 20) {
			await answer(app, answers === 0 ? "1" : "4");
			answers++;
		}
		// The card failed first comes back after its step; Easy sends it to review.
		await settle(10 * 60_000);
		while (root.querySelector(".flashcard-review-question") && answers < 20) {
			await answer(app, "4");
			answers++;
		}
		const button = [...root.querySelectorAll("button")].find((b) => b.textContent === "Statistics");
		if (!button) throw new Error("no statistics button on the finished screen");
		button.click();
		await settle(0);

		const stats = statisticsView(app).contentEl;
		expect(stats.querySelector(".flashcard-review-stats-today")?.textContent).toContain(`Studied ${answers} cards`);
		expect(stats.querySelector(".flashcard-review-stats-today")?.textContent).toContain("Again: 1");
		const calendar = [...stats.querySelectorAll(".flashcard-review-heatmap-svg rect > title")].map((t) => t.textContent);
		expect(calendar.at(-1)).toBe(`${TODAY}: ${answers} answers`);
		const counts = Object.fromEntries(
			[...stats.querySelectorAll(".flashcard-review-stats-counts tr")].map((tr) => [tr.querySelector("th")?.textContent, tr.querySelector("td")?.textContent]),
		);
		expect(counts).toMatchObject({ New: "0", Young: String(answers - 1), Total: String(answers - 1) });
	});

	it("opens a card's info with the I key while reviewing, and from the pane", async () => {
		const app = demoApp();
		await startPlugin(app);
		expect(app.executeCommand("flashcard-review:review-due")).toBe(true);
		await settle();
		await answer(app, "3");
		const view = reviewView(app);
		const question = sides(view.contentEl).question;
		press(view, " ");
		await settle(0);
		press(view, "i");
		const modal = Modal.open.at(-1);
		expect(modal?.contentEl.querySelector(".flashcard-review-card-facts")?.textContent).toContain("AWS Cognito.md");
		expect(modal?.contentEl.textContent).toContain("Not answered yet.");
		expect(question).not.toBe("");
		modal?.close();

		expect(app.executeCommand("flashcard-review:open-pane")).toBe(true);
		await settle();
		const pane = app.workspace.getLeavesOfType("flashcard-review-pane")[0]?.view;
		const file = app.vault.getFileByPath("AWS Exams/AWS Cognito.md");
		if (!pane || !file) throw new Error("no pane or note");
		app.workspace.setActiveFile(file);
		await settle();
		const infoButtons = pane.containerEl.querySelectorAll<HTMLButtonElement>(".flashcard-review-card-info-button");
		expect(infoButtons.length).toBeGreaterThan(0);
		infoButtons[0]?.click();
		const rows = Modal.open.at(-1)?.contentEl.querySelectorAll(".flashcard-review-card-history tbody tr");
		expect(rows?.length).toBe(1);
		expect(rows?.[0]?.textContent).toMatch(/^2025-03-(09|10|11) \d\d:\d\d/);
		expect(rows?.[0]?.textContent).toContain("Good");
	});
});
