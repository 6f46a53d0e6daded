/**
 * @jest-environment jsdom
 */
import { liveComponents, MarkdownRenderChild, MarkdownRenderer, type App } from "../__mocks__/obsidian";
import { appWith, click, press, resetRecorders, reviewView, settle, sides, startPlugin } from "./support/demo-vault";

const VAULT = { "A.md": "One? #card\n1\n\nTwo? #card\n2\n\nThree? #card\n3\n" };

async function openReview(app: App): Promise<HTMLElement> {
	expect(app.executeCommand("flashcard-review:review-due")).toBe(true);
	await settle();
	return reviewView(app).contentEl;
}

const reviews = (app: App): number => (reviewView(app) as unknown as { services: { live: { collection: { history(): unknown[] } } } }).services.live.collection.history().length;
const button = (root: HTMLElement, selector: string): HTMLElement | null => root.querySelector<HTMLElement>(selector);

describe("a review session on screen", () => {
	beforeEach(() => {
		jest.useFakeTimers({ now: new Date("2025-03-10T09:00:00Z") });
		resetRecorders();
	});
	afterEach(() => jest.useRealTimers());

	it("takes a fast double press of Space as one: the answer shows and the card is not answered", async () => {
		const app = appWith(VAULT);
		await startPlugin(app);
		const root = await openReview(app);
		press(reviewView(app), " ");
		await settle(80);
		press(reviewView(app), " ");
		await settle(0);
		expect(sides(root)).toEqual({ question: "One?", answer: "1" });
		expect(reviews(app)).toBe(0);
		await settle(1000);
		press(reviewView(app), " ");
		await settle(0);
		expect(reviews(app)).toBe(1);
		expect(sides(root).question).toBe("Two?");
	});

	it("takes a double click on Show answer as one, so the second click does not answer", async () => {
		const app = appWith(VAULT);
		await startPlugin(app);
		const root = await openReview(app);
		click(button(root, ".flashcard-review-reveal"));
		await settle(0);
		click(button(root, '.flashcard-review-answer[data-rating="2"]'));
		await settle(0);
		expect(reviews(app)).toBe(0);
		await settle(1000);
		click(button(root, '.flashcard-review-answer[data-rating="3"]'));
		await settle(0);
		expect(reviews(app)).toBe(1);
		click(button(root, ".flashcard-review-reveal"));
		await settle(0);
		expect(sides(root)).toEqual({ question: "Two?", answer: null });
	});

	it("answers at once with a digit key, however soon after the answer shows", async () => {
		const app = appWith(VAULT);
		await startPlugin(app);
		const root = await openReview(app);
		press(reviewView(app), " ");
		press(reviewView(app), "3");
		await settle(0);
		expect(reviews(app)).toBe(1);
		expect(sides(root).question).toBe("Two?");
	});

	it("shows the next card whole when it is answered before its answer finished rendering", async () => {
		const app = appWith(VAULT);
		await startPlugin(app);
		const root = await openReview(app);
		MarkdownRenderer.hold = true;
		press(reviewView(app), " ");
		press(reviewView(app), "3");
		await settle(0);
		MarkdownRenderer.releaseRenders();
		await settle(0);
		expect(sides(root)).toEqual({ question: "Two?", answer: null });
		expect(root.querySelector(".flashcard-review-reveal")).not.toBeNull();
		expect(root.querySelectorAll(".flashcard-review-answer")).toHaveLength(0);
		// Only the question on screen keeps loaded render children; the first card's were unloaded.
		const rendered = [...liveComponents].filter((c) => c instanceof MarkdownRenderChild && (root.contains(c.containerEl) || ["One?", "1"].includes(c.containerEl.getText())));
		expect(rendered.map((c) => (c as MarkdownRenderChild).containerEl.getText())).toEqual(["Two?"]);
	});

	it("starts each new card at the top of the view", async () => {
		const app = appWith(VAULT);
		await startPlugin(app);
		const root = await openReview(app);
		press(reviewView(app), " ");
		root.scrollTop = 300;
		press(reviewView(app), "3");
		await settle(0);
		expect(root.scrollTop).toBe(0);
	});
});
