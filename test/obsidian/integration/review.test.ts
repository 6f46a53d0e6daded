/**
 * @jest-environment jsdom
 */
import { MarkdownRenderer } from "../../__mocks__/obsidian";
import { READ_MS, COGNITO, demoApp, press, resetRecorders, reviewView, settle, sides, startPlugin, openReview } from "../support/demo-vault";

const NOW = new Date("2025-03-10T09:00:00Z");

describe("reviewing the demo vault", () => {
	beforeEach(() => {
		jest.useFakeTimers({ now: NOW });
		resetRecorders();
	});
	afterEach(() => jest.useRealTimers());

	it("asks the first Cognito question, reveals it, answers Good with 3, shows the next card, and undoes", async () => {
		const app = demoApp();
		await startPlugin(app);
		const root = await openReview(app);
		const view = reviewView(app);

		expect(sides(root).question).toContain("What is Amazon Cognito?");
		expect(sides(root).answer).toBeNull();
		expect(root.querySelector(".flashcard-review-breadcrumb")?.textContent).toContain("AWS Cognito");
		expect(MarkdownRenderer.calls.at(-1)?.sourcePath).toBe(COGNITO);

		press(view, " ");
		await settle(0);
		expect(sides(root).answer).toContain("Implement secure, frictionless customer identity");
		const buttons = [...root.querySelectorAll(".flashcard-review-answer")].map((b) => b.textContent);
		expect(buttons).toHaveLength(4);
		expect(buttons[0]).toMatch(/^1Again\d+m$/);

		press(view, "3");
		await settle(READ_MS);
		expect(sides(root).question).toContain("What are Cognito User Pools?");
		press(view, "Enter");
		await settle(0);
		const render = MarkdownRenderer.calls.at(-1);
		expect(render?.sourcePath).toBe(COGNITO);
		expect(render?.markdown).toContain("![[cognito-user-pools.png]]");
		const embed = root.querySelector(".flashcard-review-answer-side span.internal-embed.image-embed");
		expect(embed?.getAttribute("src")).toBe("cognito-user-pools.png");

		press(view, "z", { ctrlKey: true });
		await settle(0);
		expect(sides(root).question).toContain("What is Amazon Cognito?");
		expect(sides(root).answer).toBeNull();
	});

	it("unloads each card's rendered children before the next card", async () => {
		const app = demoApp();
		await startPlugin(app);
		const root = await openReview(app);
		const view = reviewView(app);
		for (let i = 0; i < 3; i++) {
			press(view, " ");
			await settle(0);
			press(view, "3");
			await settle(READ_MS);
		}
		expect(sides(root).question).toContain("features of Cognito Identity Pools");
		const screen = (view as unknown as { screen: { childCount: number } }).screen;
		// One child: the card on screen (its question render child lives inside it).
		expect(screen.childCount).toBe(1);
	});
});
