/**
 * @jest-environment jsdom
 */
import type { WorkspaceLeaf } from "../__mocks__/obsidian";
import { openPane } from "../../src/obsidian/review/review-opener";
import { openStatistics } from "../../src/obsidian/stats/open-statistics";
import { StatisticsView } from "../../src/obsidian/stats/statistics-view";
import { ReviewPane } from "../../src/obsidian/pane/review-pane";
import { demoApp, press, READ_MS, resetRecorders, reviewView, settle, startPlugin } from "./support/demo-vault";

describe("opening the pane and the statistics", () => {
	beforeEach(() => {
		jest.useFakeTimers({ now: new Date("2025-03-10T09:00:00Z") });
		resetRecorders();
	});
	afterEach(() => jest.useRealTimers());

	it("loads a statistics tab restored in the background before giving it the deck", async () => {
		const app = demoApp();
		await startPlugin(app);
		await openStatistics(app.workspace as never);
		const leaf = app.workspace.getLeavesOfType("flashcard-review-stats")[0] as unknown as WorkspaceLeaf;
		await leaf.defer();
		expect(leaf.isDeferred).toBe(true);
		await openStatistics(app.workspace as never, "AWS Exams");
		expect(leaf.view).toBeInstanceOf(StatisticsView);
		expect(leaf.getViewState().state).toEqual({ deck: "AWS Exams" });
	});

	it("loads a pane restored as a placeholder", async () => {
		const app = demoApp();
		await startPlugin(app);
		await openPane(app as never);
		const leaf = app.workspace.getLeavesOfType("flashcard-review-pane")[0] as unknown as WorkspaceLeaf;
		await leaf.defer();
		await openPane(app as never);
		expect(leaf.view).toBeInstanceOf(ReviewPane);
	});

	it("draws canonical lucide icons (the fake draws no deprecated alias)", async () => {
		const app = demoApp();
		await startPlugin(app);
		expect(app.executeCommand("flashcard-review:review-due")).toBe(true);
		await settle(READ_MS);
		const root = reviewView(app).contentEl;
		press(reviewView(app), " ");
		await settle(0);
		expect(root.querySelector(".flashcard-review-more")?.getAttribute("data-icon")).toBe("ellipsis");
		await openStatistics(app.workspace as never);
		const stats = app.workspace.getLeavesOfType("flashcard-review-stats")[0]?.view;
		expect(stats?.getIcon()).toBe("chart-no-axes-column");
	});
});
