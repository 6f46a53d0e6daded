/**
 * @jest-environment jsdom
 */
import { liveComponents, MarkdownRenderChild, MarkdownRenderer, Menu } from "../../__mocks__/obsidian";
import { appWith, click, press, resetRecorders, reviewView, settle, sides, startPlugin, openReview, reviews } from "../support/demo-vault";

const VAULT = { "A.md": "One? #card\n1\n\nTwo? #card\n2\n\nThree? #card\n3\n" };

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

	it("keeps the question above the divider and scrolls an answer below the fold into view", async () => {
		const app = appWith(VAULT);
		await startPlugin(app);
		const root = await openReview(app);
		const boxes = layout(root, { view: { top: 0, bottom: 600 }, bar: { top: 540, bottom: 600 }, answer: { top: 700, bottom: 900 } });
		press(reviewView(app), " ");
		await settle(0);
		expect(sides(root)).toEqual({ question: "One?", answer: "1" });
		expect(root.querySelector(".flashcard-review-card")?.firstElementChild?.className).toContain("flashcard-review-question");
		// The answer's top comes up under what is left of the question (48 px of it).
		expect(root.scrollTop).toBe(700 - 48);
		boxes.restore();
	});

	it("leaves the view where it is when the answer already shows above the bar", async () => {
		const app = appWith(VAULT);
		await startPlugin(app);
		const root = await openReview(app);
		const boxes = layout(root, { view: { top: 0, bottom: 600 }, bar: { top: 540, bottom: 600 }, answer: { top: 200, bottom: 260 } });
		press(reviewView(app), " ");
		await settle(0);
		expect(root.scrollTop).toBe(0);
		boxes.restore();
	});

	it("takes the keyboard focus when a command opens it, and keeps it when Show answer, which had it, goes", async () => {
		const app = appWith(VAULT);
		document.body.appendChild(app.workspace.containerEl);
		await startPlugin(app);
		const root = await openReview(app);
		expect(document.activeElement).toBe(root);
		button(root, ".flashcard-review-reveal")?.focus();
		await settle(1000);
		click(button(root, ".flashcard-review-reveal"));
		await settle(0);
		expect(root.querySelector(".flashcard-review-reveal")).toBeNull();
		expect(document.activeElement).toBe(root);
		app.workspace.containerEl.remove();
	});

	it("offers undo on the finished screen, which brings the last card back", async () => {
		const app = appWith({ "A.md": "One? #card\n1\n" });
		await startPlugin(app);
		const root = await openReview(app);
		expect(root.querySelector(".flashcard-review-finished")).toBeNull();
		press(reviewView(app), " ");
		press(reviewView(app), "4");
		await settle(0);
		expect(root.querySelector(".flashcard-review-finished-lead")?.textContent).toBe("You have finished all your decks for now.");
		expect([...root.querySelectorAll("[data-action]")].map((b) => b.getAttribute("data-action"))).toEqual(["Undo"]);
		click(button(root, '[data-action="Undo"]'));
		await settle(0);
		expect(sides(root).question).toBe("One?");
	});

	it("buries the card from the More menu, as from its key", async () => {
		const app = appWith(VAULT);
		await startPlugin(app);
		const root = await openReview(app);
		click(button(root, '[data-action="More"]'));
		Menu.shown.at(-1)?.pick("Bury card");
		await settle(0);
		expect(sides(root).question).toBe("Two?");
		expect(reviewView(app).contentEl.querySelector('[data-action="Undo"]')).not.toBeNull();
	});
});

type Box = { top: number; bottom: number };

/** Gives the view, the bar and the answer side the boxes a browser would lay out (jsdom has no layout). */
function layout(root: HTMLElement, boxes: { view: Box; bar: Box; answer: Box }): { restore(): void } {
	const original = HTMLElement.prototype.getBoundingClientRect;
	const rect = ({ top, bottom }: Box): DOMRect => ({ top, bottom, left: 0, right: 600, width: 600, height: bottom - top, x: 0, y: top, toJSON: () => ({}) });
	HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement): DOMRect {
		if (this === root) return rect(boxes.view);
		if (this.classList.contains("flashcard-review-controls")) return rect(boxes.bar);
		if (this.classList.contains("flashcard-review-answer-side")) return rect(boxes.answer);
		return original.call(this);
	};
	return { restore: () => (HTMLElement.prototype.getBoundingClientRect = original) };
}
