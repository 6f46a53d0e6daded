/**
 * @jest-environment jsdom
 */
import { Menu } from "../../__mocks__/obsidian";
import { drawAnswerButtons, drawBreadcrumb, drawCardActions, drawCounts, drawStatus, drawStudyBanner, isReverseSide } from "../../../src/obsidian/review/session-parts";
import { useLanguage } from "../../../src/obsidian/i18n";
import { presetTarget } from "../../../src/obsidian/study/study-title";
import { LiveCollection } from "../../../src/obsidian/indexing/live-collection";
import { Collection } from "../../../src/core";
import { cardInfo } from "../../core/scheduler/card-info-builder";

const texts = (root: ParentNode, selector: string): string[] => [...root.querySelectorAll(selector)].map((el) => el.textContent ?? "");

describe("drawCounts", () => {
	it("names each count and marks the bucket of the card on screen", () => {
		const el = drawCounts(createDiv(), { new: 10, learn: 1, due: 0 }, "learn");
		expect(el.getAttribute("role")).toBe("group");
		expect(texts(el, ".flashcard-review-count")).toEqual(["10 new", "1 learn", "0 due"]);
		expect(texts(el, '[aria-current="true"]')).toEqual(["1 learn"]);
	});

	it("marks no bucket when no card is on screen", () => {
		expect(drawCounts(createDiv(), { new: 0, learn: 0, due: 0 }, null).querySelector("[aria-current]")).toBeNull();
	});
});

describe("drawBreadcrumb", () => {
	const crumbs = (el: HTMLElement): string[] => texts(el, ".flashcard-review-crumb");

	it("shows deck, note and headings, and does not repeat a deck named after its note", () => {
		const el = createDiv();
		drawBreadcrumb(el, cardInfo(1, { deck: "AWS::Cognito", path: "Exams/Cognito.md", context: ["Pools"] }), () => {});
		expect(crumbs(el)).toEqual(["AWS", "Cognito", "Pools"]);
		expect(el.querySelectorAll("a.flashcard-review-crumb")).toHaveLength(2);
	});

	it("shows the note alone when its one-level deck has its name", () => {
		const el = createDiv();
		drawBreadcrumb(el, cardInfo(1, { deck: "Cells", path: "Bio/Cells.md" }), () => {});
		expect(crumbs(el)).toEqual(["Cells"]);
		expect(el.querySelector(".flashcard-review-crumb-separator")).toBeNull();
	});

	it("marks every deck but the nearest as foldable behind a lead for narrow panes", () => {
		const el = createDiv();
		drawBreadcrumb(el, cardInfo(1, { deck: "A::B::C", path: "n.md" }), () => {});
		expect(texts(el, ".flashcard-review-crumb-part.is-outer .flashcard-review-crumb")).toEqual(["A", "B"]);
		expect(el.querySelector(".flashcard-review-crumb-lead")?.getAttribute("title")).toBe("A › B › C");
	});

	it("makes the parts that open the note links with an href, so Tab reaches them; deck parts are plain text", () => {
		const el = createDiv();
		drawBreadcrumb(el, cardInfo(1, { deck: "A::B", path: "n.md", context: ["H"] }), () => {});
		expect([...el.querySelectorAll("a.flashcard-review-crumb")].map((a) => [a.textContent, a.getAttribute("href")])).toEqual([
			["n", "#"],
			["H", "#"],
		]);
		expect(texts(el, "span.flashcard-review-crumb")).toEqual(["A", "B"]);
	});

	it("opens the note from the note and heading parts", () => {
		const el = createDiv();
		const opened: string[] = [];
		drawBreadcrumb(el, cardInfo(1, { deck: "D", path: "n.md", context: ["H"] }), (evt) => opened.push((evt.target as HTMLElement).textContent ?? ""));
		for (const a of el.querySelectorAll<HTMLElement>(".flashcard-review-crumb")) a.click();
		expect(opened).toEqual(["n", "H"]);
	});

	it.each([
		{ description: "the back→front side of a reversed card", card: cardInfo(1, { kind: "reversed", id: "x-r", noteCardId: "x" }), badges: ["Reversed"] },
		{ description: "the front→back side of a reversed card", card: cardInfo(1, { kind: "reversed", id: "x", noteCardId: "x" }), badges: [] },
		{ description: "a leech", card: cardInfo(1, { leech: true }), badges: ["Leech"] },
	])("badges $description", ({ card, badges }) => {
		const el = createDiv();
		drawBreadcrumb(el, card, () => {});
		expect(texts(el, ".flashcard-review-badge")).toEqual(badges);
		expect(isReverseSide(card)).toBe(badges.includes("Reversed"));
	});
});

describe("drawAnswerButtons", () => {
	it("shows each button's key, label and interval, named by the words it shows", () => {
		const el = createDiv();
		const now = Date.UTC(2025, 2, 10);
		drawAnswerButtons(el, { 1: now + 60_000, 2: now + 6 * 60_000, 3: now + 10 * 60_000, 4: now + 8 * 86_400_000 }, now, () => {});
		expect(texts(el, ".flashcard-review-key")).toEqual(["1", "2", "3", "4"]);
		expect(texts(el, ".flashcard-review-answer-label")).toEqual(["Again", "Hard", "Good", "Easy"]);
		// Named by its visible words, label first (WCAG 2.5.3); the tooltip spells out the interval.
		const easy = el.querySelector('[data-rating="4"]');
		expect(easy?.getAttribute("aria-label")).toBeNull();
		expect(easy?.textContent).toBe("4Easy8d");
		expect(easy?.querySelector(".flashcard-review-key")?.getAttribute("aria-hidden")).toBe("true");
		expect(easy?.getAttribute("title")).toBe("Next review in 8d (key 4)");
		expect(el.querySelector('[data-rating="4"]')?.getAttribute("aria-keyshortcuts")).toBe("4");
	});
});

describe("drawCardActions", () => {
	afterEach(() => (Menu.shown.length = 0));

	it("offers every action with its key in a More menu, and runs the one picked", () => {
		const el = createDiv();
		const ran: string[] = [];
		drawCardActions(el, [
			{ id: "Undo", icon: "undo-2", label: "Undo", key: "Ctrl+Z", pinned: true, run: () => ran.push("undo") },
			{ id: "Bury card", icon: "eye-off", label: "Bury card", key: "-", run: () => ran.push("bury") },
		]);
		expect(el.querySelector('[data-action="Undo"]')?.classList.contains("is-pinned")).toBe(true);
		expect(el.querySelector('[data-action="Bury card"]')?.classList.contains("is-foldable")).toBe(true);
		el.querySelector<HTMLElement>('[data-action="More"]')?.click();
		const menu = Menu.shown.at(-1);
		expect(menu?.items.map((i) => i.title)).toEqual(["Undo (Ctrl+Z)", "Bury card (-)"]);
		menu?.pick("Bury card");
		expect(ran).toEqual(["bury"]);
	});

	it("has no More menu for a single action", () => {
		const el = createDiv();
		drawCardActions(el, [{ id: "Undo", icon: "undo-2", label: "Undo", key: "Ctrl+Z", run: () => {} }]);
		expect(el.querySelector('[data-action="More"]')).toBeNull();
	});
});

describe("drawStatus", () => {
	it("says, when the data file cannot be read, where it is, that a copy was kept, and what to do", () => {
		const live = new LiveCollection(new Collection());
		live.setStatus(false, "Unexpected token");
		const el = createDiv();
		drawStatus(el, live);
		const text = el.querySelector(".flashcard-review-warning")?.textContent ?? "";
		expect(text).toContain("Read-only: answers are not saved.");
		expect(text).toContain("data.json, in this plugin's folder");
		expect(text).toContain("Unexpected token");
		expect(text).toContain("a copy named data.corrupt-(date).json");
		expect(text).toContain("restore data.json from a backup");
		expect(text).toContain("reload the plugin");
	});
});

describe("drawStudyBanner", () => {
	afterEach(() => useLanguage("en"));

	it("names the custom study and says whether answers reschedule, in the app's language", () => {
		const target = presetTarget({ kind: "tag", tag: "verbs", reschedule: false });
		const parent = createDiv();
		drawStudyBanner(parent, { target, reschedules: false });
		expect(parent.textContent).toBe("Custom study: Cards tagged verbsPractice: answers are kept in history, schedules stay as they are");
		useLanguage("de");
		const german = presetTarget({ kind: "more-new", deck: "Spanisch", n: 5 });
		const inGerman = createDiv();
		drawStudyBanner(inGerman, { target: german, reschedules: true });
		expect(inGerman.textContent).toBe("Eigenes Lernen: 5 weitere neue Karten in SpanischAntworten planen die Karten neu");
	});
});
