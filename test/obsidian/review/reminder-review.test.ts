/**
 * @jest-environment jsdom
 */
import { appWith, click, press, resetRecorders, reviewView, settle, sides, startPlugin, openReview, reviews } from "../support/demo-vault";

const buttons = (root: HTMLElement): string[] =>
	// Each button's visible label, which is also its accessible name.
	[...root.querySelectorAll<HTMLElement>(".flashcard-review-answer-label")].map((el) => el.textContent ?? "");

describe("reviewing Flashcards 2.x cards", () => {
	beforeEach(() => {
		jest.useFakeTimers({ now: new Date("2025-03-10T09:00:00Z") });
		resetRecorders();
	});
	afterEach(() => jest.useRealTimers());

	it("shows a reminder's one side and asks how soon it should come back, without Hard", async () => {
		const app = appWith({ "A.md": "Keep the feedback loop short. #card-reminder\n" });
		await startPlugin(app);
		const root = await openReview(app);
		expect(sides(root)).toEqual({ question: "Keep the feedback loop short.", answer: null });
		click(root.querySelector<HTMLElement>(".flashcard-review-reveal"));
		await settle(0);
		expect(sides(root)).toEqual({ question: "Keep the feedback loop short.", answer: null });
		expect(root.querySelector(".flashcard-review-answers-question")?.textContent).toBe("How soon should this come back?");
		expect(buttons(root)).toEqual(["Again · soon", "Good · normal", "Easy · later"]);
		await settle(1000);
		press(reviewView(app), "2");
		await settle(0);
		expect(reviews(app)).toBe(0);
		press(reviewView(app), "3");
		await settle(0);
		expect(reviews(app)).toBe(1);
	});

	it("hides a numbered cloze's span and reveals it in place", async () => {
		const app = appWith({ "A.md": "---\ntags: card\n---\nThe {1:heart} pumps {2:blood}.\n" });
		await startPlugin(app);
		const root = await openReview(app);
		expect(sides(root).question).toBe("The [...] pumps blood.");
		expect(buttons(root)).toEqual([]);
		press(reviewView(app), " ");
		await settle(0);
		expect(sides(root).question).toBe("The heart pumps blood.");
		expect(buttons(root)).toEqual(["Again", "Hard", "Good", "Easy"]);
	});
});
