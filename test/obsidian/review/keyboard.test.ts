/**
 * @jest-environment jsdom
 */
import { Menu, Platform, type App } from "../../__mocks__/obsidian";
import { VIEW_TYPE_STATS } from "../../../src/obsidian/constants";
import type { ViewServices } from "../../../src/obsidian/review/review-view-base";
import { demoApp, press, pressOn, READ_MS, resetRecorders, reviewView, settle, sides, startPlugin } from "../support/demo-vault";

const NOW = new Date("2025-03-10T09:00:00Z");

async function reviewing(): Promise<{ app: App; root: HTMLElement; view: ReturnType<typeof reviewView> }> {
	const app = demoApp();
	await startPlugin(app);
	expect(app.executeCommand("flashcard-review:review-due")).toBe(true);
	await settle(READ_MS);
	const view = reviewView(app);
	return { app, root: view.contentEl, view };
}

/** How many answers with `rating` the store holds. */
function answered(view: ReturnType<typeof reviewView>, rating: number): number {
	const { live } = (view as unknown as { services: ViewServices }).services;
	return live.collection.history().filter((record) => record.rating === rating).length;
}

const button = (root: HTMLElement, selector: string): HTMLElement => {
	const el = root.querySelector<HTMLElement>(selector);
	if (!el) throw new Error(`no ${selector}`);
	return el;
};

describe("review keys", () => {
	beforeEach(() => {
		jest.useFakeTimers({ now: NOW });
		resetRecorders();
	});
	afterEach(() => jest.useRealTimers());

	it("presses the focused Again button on Enter instead of answering Good", async () => {
		const { root, view } = await reviewing();
		press(view, " ");
		await settle(READ_MS);
		const again = button(root, '[data-rating="1"]');
		again.focus();
		const evt = pressOn(view, again, "Enter");
		await settle(0);
		expect(evt.defaultPrevented).toBe(false);
		expect(answered(view, 1)).toBe(1);
		expect(answered(view, 3)).toBe(0);
	});

	it("presses the focused Decks button on Enter and Space, and Escape goes back to the deck list", async () => {
		const { root, view } = await reviewing();
		pressOn(view, button(root, ".flashcard-review-back"), "Enter");
		await settle(0);
		expect(root.querySelector(".flashcard-review-decks")).not.toBeNull();
		expect(sides(root).question).toBe("");

		button(root, ".flashcard-review-start").click();
		await settle(READ_MS);
		expect(root.querySelector(".flashcard-review-question")).not.toBeNull();
		const escape = press(view, "Escape");
		await settle(0);
		expect(escape.defaultPrevented).toBe(true);
		expect(root.querySelector(".flashcard-review-decks")).not.toBeNull();
		// On the deck list Escape is not the view's: it is left to the app.
		expect(press(view, "Escape").defaultPrevented).toBe(false);
	});

	it("reveals and answers with Space on the card itself, and leaves a key it does not take to the app", async () => {
		const { root, view } = await reviewing();
		const card = button(root, ".flashcard-review-card");
		expect(card.tabIndex).toBe(0);
		expect(pressOn(view, card, " ").defaultPrevented).toBe(true);
		await settle(READ_MS);
		expect(sides(root).answer).not.toBeNull();
		pressOn(view, button(root, ".flashcard-review-card"), "Enter");
		await settle(0);
		expect(answered(view, 3)).toBe(1);
		// The handler returns nothing for a key typed into a field: not prevented, and the app's hotkeys still run.
		const input = root.createEl("input");
		expect(pressOn(view, input, "3").defaultPrevented).toBe(false);
	});

	it("returns nothing (not true) from a handler whose key it does not take, so the app's hotkeys still run", async () => {
		const { root, view } = await reviewing();
		const scope = view.scope as unknown as { handlers: { key: string | null; func(evt: KeyboardEvent, ctx: unknown): unknown }[] };
		const enter = scope.handlers.find((h) => h.key === "Enter");
		const onButton = new KeyboardEvent("keydown", { key: "Enter" });
		button(root, ".flashcard-review-back").dispatchEvent(onButton);
		expect(enter?.func(onButton, {})).toBeUndefined();
		const three = scope.handlers.find((h) => h.key === "3");
		const typed = new KeyboardEvent("keydown", { key: "3" });
		root.createEl("input").dispatchEvent(typed);
		expect(three?.func(typed, {})).toBeUndefined();
	});

	it("presses the finished screen's Back to decks with Enter", async () => {
		const { root, view } = await reviewing();
		for (let i = 0; i < 20 && root.querySelector(".flashcard-review-question"); i++) {
			press(view, " ");
			await settle(READ_MS);
			press(view, "4");
			await settle(READ_MS);
		}
		const back = button(root, ".flashcard-review-finished-buttons .mod-cta");
		expect(back.textContent).toBe("Back to decks");
		expect(pressOn(view, back, "Enter").defaultPrevented).toBe(false);
		await settle(0);
		expect(root.querySelector(".flashcard-review-decks")).not.toBeNull();
	});

	it("presses the session's More button and the finished screen's Statistics with Enter", async () => {
		const { app, root, view } = await reviewing();
		const shown = Menu.shown.length;
		expect(pressOn(view, button(root, '[data-action="More"]'), "Enter").defaultPrevented).toBe(false);
		expect(Menu.shown.length).toBe(shown + 1);
		for (let i = 0; i < 20 && root.querySelector(".flashcard-review-question"); i++) {
			press(view, " ");
			await settle(READ_MS);
			press(view, "4");
			await settle(READ_MS);
		}
		const statistics = [...root.querySelectorAll<HTMLElement>(".flashcard-review-finished-buttons button")].find((b) => b.textContent === "Statistics");
		if (!statistics) throw new Error("no Statistics button");
		expect(pressOn(view, statistics, "Enter").defaultPrevented).toBe(false);
		await settle(0);
		expect(app.workspace.getLeavesOfType(VIEW_TYPE_STATS)).toHaveLength(1);
	});

	it("takes letters whatever the Caps Lock state, as registered uppercase", async () => {
		const { view } = await reviewing();
		const scope = view.scope as unknown as { handlers: { key: string | null }[] };
		const letters = scope.handlers.map((h) => h.key).filter((key): key is string => key !== null && /^[a-z]$/i.test(key));
		expect(letters.sort()).toEqual(["E", "I", "O", "Z"]);
	});

	it("labels undo with Cmd on macOS and Ctrl elsewhere", async () => {
		const { root } = await reviewing();
		expect(button(root, '[data-action="Undo"]').getAttribute("aria-label")).toBe("Undo (Ctrl+Z)");
		Platform.isMacOS = true;
		try {
			const mac = await reviewing();
			expect(button(mac.root, '[data-action="Undo"]').getAttribute("aria-label")).toBe("Undo (Cmd+Z)");
		} finally {
			Platform.isMacOS = false;
		}
	});

	it("announces the question, the revealed answer and the session's end in a polite live region", async () => {
		const { view } = await reviewing();
		const region = view.containerEl.querySelector(".flashcard-review-announcer");
		expect(region?.getAttribute("aria-live")).toBe("polite");
		expect(region?.textContent).toMatch(/^Question: What is Amazon Cognito\?/);
		press(view, " ");
		await settle(READ_MS);
		expect(region?.textContent).toBe("Answer shown");
		for (let i = 0; i < 20 && view.contentEl.querySelector(".flashcard-review-question"); i++) {
			press(view, " ");
			await settle(READ_MS);
			press(view, "4");
			await settle(READ_MS);
		}
		expect(region?.textContent).toMatch(/^Congratulations! You have finished all your decks for now\./);
	});
});
