/**
 * @jest-environment jsdom
 */
import type { PluginManifest } from "obsidian";
// The fake behind "obsidian" in tests, imported by path for its test helpers.
import { App, Modal, Plugin } from "../../__mocks__/obsidian";
import { computeStatistics, type CardInfo, type ReviewRecord, type Statistics } from "../../../src/core";
import { useLanguage } from "../../../src/obsidian/i18n";
import { openCardInfo } from "../../../src/obsidian/stats/card-info-modal";
import { openStatistics } from "../../../src/obsidian/stats/open-statistics";
import { registerStatistics } from "../../../src/obsidian/stats/register-statistics";
import type { StatisticsHost } from "../../../src/obsidian/stats/statistics-host";
import { VIEW_TYPE_STATS } from "../../../src/obsidian/constants";
import { StatisticsView } from "../../../src/obsidian/stats/statistics-view";
import { aCard, aReview, DAY, localTime, MINUTE, TOKYO, TOKYO_4AM } from "../../core/stats/builders";

const NOW = localTime("2024-05-15T12:00", TOKYO);
const MANIFEST: PluginManifest = {
	id: "flashcard-review",
	name: "Flashcard Review",
	version: "0.1.0",
	minAppVersion: "1.7.2",
	description: "",
	author: "",
};

/** Three cards answered today: a young card passed (now mature), a young card failed, a new card learnt. */
function collection(): { cards: CardInfo[]; records: ReviewRecord[] } {
	const cards = [
		aCard("a").deck("A::B").review(NOW - 2 * MINUTE, 25).memory(24.6, 4.2).build(),
		aCard("b").deck("A::B::C").learning(NOW - MINUTE, NOW + 9 * MINUTE, "relearning").build(),
		aCard("c").deck("Other").review(NOW - MINUTE, 1).build(),
	];
	const records = [
		aReview("a", NOW - 10 * DAY - 2 * MINUTE).from("new").gives(10).elapsed(0).build(),
		aReview("b", NOW - 5 * DAY).from("new").gives(5).elapsed(0).build(),
		{ ...aReview("a", NOW - 2 * MINUTE).gives(25).elapsed(10).took(8000).build(), stability: 24.6, difficulty: 4.2 },
		aReview("b", NOW - MINUTE).rating(1).gives(0).elapsed(5).took(4000).build(),
		aReview("c", NOW - MINUTE).from("new").gives(1).elapsed(0).took(3000).build(),
	];
	return { cards, records };
}

function setUp(): { app: App; host: StatisticsHost; changed: () => void; opened: [string, number][] } {
	const { cards, records } = collection();
	const listeners: (() => void)[] = [];
	const opened: [string, number][] = [];
	const host: StatisticsHost = {
		cards: () => cards,
		card: (cardId) => cards.find((card) => card.id === cardId),
		history: (cardId) => (cardId === undefined ? records : records.filter((r) => r.card === cardId)),
		options: () => TOKYO_4AM,
		now: () => NOW,
		onChange: (listener) => {
			listeners.push(listener);
			return () => listeners.splice(listeners.indexOf(listener), 1);
		},
		openNote: (path, line) => opened.push([path, line]),
	};
	const app = new App();
	const plugin = new Plugin(app as never, MANIFEST);
	registerStatistics(plugin as never, host);
	plugin.load();
	return { app, host, changed: () => listeners.forEach((l) => l()), opened };
}

function theView(app: App): StatisticsView {
	const view = app.workspace.getLeavesOfType(VIEW_TYPE_STATS)[0]?.view;
	if (!(view instanceof StatisticsView)) throw new Error("the statistics view is not open");
	return view;
}

const text = (el: Element | null | undefined): string => el?.textContent ?? "";
const titles = (root: Element, selector: string): string[] =>
	Array.from(root.querySelectorAll(`${selector} > title`)).map((t) => t.textContent ?? "");

describe("the statistics view", () => {
	it("opens from the command and shows today's work, the forecast, the calendar and the retention table", async () => {
		const { app } = setUp();
		expect(app.executeCommand("flashcard-review:open-statistics")).toBe(true);
		await new Promise((resolve) => setTimeout(resolve, 0));
		const root = theView(app).contentEl;

		expect(text(root.querySelector(".flashcard-review-stats-today"))).toContain("Studied 3 cards in 15 s today.");
		expect(text(root.querySelector(".flashcard-review-stats-today"))).toContain("Again: 1 (correct 66.7%)");

		const forecast = titles(root, ".flashcard-review-stats-forecast .flashcard-review-chart-bar");
		expect(forecast[0]).toBe("Today (2024-05-15): 1 card (Learning 1, Young 0, Mature 0)");
		expect(forecast[1]).toBe("Tomorrow (2024-05-16): 1 card (Learning 0, Young 1, Mature 0)");
		expect(forecast[25]).toBe("2024-06-09: 1 card (Learning 0, Young 0, Mature 1)");

		const calendar = titles(root, ".flashcard-review-heatmap-svg rect");
		expect(calendar).toHaveLength(365);
		expect(calendar[364]).toBe("2024-05-15: 3 answers");
		expect(text(root.querySelector(".flashcard-review-stats-calendar figcaption"))).toContain("Today 3 answers. Current streak 1 day");

		const today = root.querySelector('.flashcard-review-stats-retention tr[data-period="today"]');
		expect(Array.from(today?.querySelectorAll("td") ?? []).map(text)).toEqual(["50.0% (2)", "— (0)", "50.0% (2)"]);
	});

	it("shows the card counts, the answer buttons and the memory of the cards", async () => {
		const { app } = setUp();
		await openStatistics(app.workspace as never);
		const root = theView(app).contentEl;
		const counts = Object.fromEntries(
			Array.from(root.querySelectorAll(".flashcard-review-stats-counts tr")).map((tr) => [text(tr.querySelector("th")), text(tr.querySelector("td"))]),
		);
		expect(counts).toMatchObject({ Relearning: "1", Young: "1", Mature: "1", New: "0", Total: "3" });
		const young = root.querySelector('.flashcard-review-stats-buttons tr[data-group="young"]');
		expect(Array.from(young?.querySelectorAll("td") ?? []).map(text)).toEqual(["1", "0", "1", "0", "50.0%"]);
		expect(text(root.querySelector(".flashcard-review-stats-memory"))).toContain("Card retrievability (chance of recall now): 3 cards");
		expect(root.querySelector(".flashcard-review-chart-svg")?.getAttribute("aria-label")).toContain("Due forecast");
	});

	it("limits every figure to the deck picked, subdecks included", async () => {
		const { app } = setUp();
		await openStatistics(app.workspace as never, "A::B");
		const view = theView(app);
		expect(view.getDisplayText()).toBe("Statistics: A::B");
		expect(text(view.contentEl.querySelector(".flashcard-review-stats-today"))).toContain("Studied 2 cards");
		const select = view.contentEl.querySelector("select");
		expect(Array.from(select?.options ?? []).map((o) => o.value)).toEqual(["", "A", "A::B", "A::B::C", "Other"]);
		if (!select) throw new Error("no deck picker");
		select.value = "Other";
		select.dispatchEvent(new Event("change"));
		expect(text(view.contentEl.querySelector(".flashcard-review-stats-today"))).toContain("Studied 1 card in 3 s");
		expect(view.getState()).toEqual({ deck: "Other" });
	});

	it("computes the figures once when it opens for a deck", async () => {
		const { app, host } = setUp();
		const history = jest.spyOn(host, "history");
		await openStatistics(app.workspace as never, "A::B");
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(history).toHaveBeenCalledTimes(1);
	});

	it("keeps the range picked when the collection changes and the view redraws", async () => {
		jest.useFakeTimers();
		try {
			const { app, changed } = setUp();
			await openStatistics(app.workspace as never);
			const root = theView(app).contentEl;
			root.querySelector<HTMLButtonElement>('.flashcard-review-stats-forecast [data-range="year"]')?.click();
			expect(titles(root, ".flashcard-review-stats-forecast .flashcard-review-chart-bar")).toHaveLength(52);
			changed();
			jest.advanceTimersByTime(1000);
			expect(root.querySelector('.flashcard-review-stats-forecast [aria-pressed="true"]')?.getAttribute("data-range")).toBe("year");
			expect(titles(root, ".flashcard-review-stats-forecast .flashcard-review-chart-bar")[3]).toBe("Week of 2024-06-05: 1 card (Learning 0, Young 0, Mature 1)");
		} finally {
			jest.useRealTimers();
		}
	});
});

describe("the statistics view in German", () => {
	afterEach(() => useLanguage("en"));

	it("names its sections, units and periods in German and writes decimals with a comma", async () => {
		useLanguage("de");
		const { app } = setUp();
		await openStatistics(app.workspace as never, "A::B");
		const view = theView(app);
		const root = view.contentEl;
		expect(view.getDisplayText()).toBe("Statistik: A::B");
		expect([...root.querySelectorAll(".flashcard-review-stats-heading")].map(text)).toEqual([
			"Heute",
			"Künftig fällig",
			"Kalender",
			"Tatsächliche Behaltensrate",
			"Kartenzahlen",
			"Wiederholungen",
			"Antworttasten",
			"Gedächtnis",
		]);
		expect(text(root.querySelector(".flashcard-review-stats-today"))).toContain("Heute 2 Karten in 12 s gelernt.");
		expect(text(root.querySelector(".flashcard-review-stats-today"))).toContain("Nochmal: 1 (richtig 50,0\u00a0%)");
		expect(titles(root, ".flashcard-review-stats-forecast .flashcard-review-chart-bar")[0]).toBe("Heute (2024-05-15): 1 Karte (Lernen 1, Jung 0, Ausgereift 0)");
		expect(text(root.querySelector(".flashcard-review-stats-calendar figcaption"))).toContain("Heute 2 Antworten. Aktuelle Serie 1 Tag");
		expect([...root.querySelectorAll(".flashcard-review-stats-forecast .flashcard-review-range-button")].map(text)).toEqual(["1 Monat", "1 Jahr"]);
		expect(text(root.querySelector(".flashcard-review-stats-memory"))).toMatch(/durchschnittliche Stabilität 12,8 Tage/);
	});

	it("shows card info in German, the interval and stability with German units", () => {
		useLanguage("de");
		const { app, host } = setUp();
		openCardInfo(app as never, host, "a");
		const content = Modal.open[Modal.open.length - 1]?.contentEl;
		const rows = Array.from(content?.querySelectorAll(".flashcard-review-card-history tbody tr") ?? []).map((tr) => Array.from(tr.querySelectorAll("td")).map(text));
		expect(rows[0]).toEqual(["2024-05-15 11:58", "Gut", "25\u00a0Tg.", "24,6 T", "4,2"]);
		const facts = text(content?.querySelector(".flashcard-review-card-facts"));
		expect(facts).toContain("Fällig2024-06-09 11:58 (in 25\u00a0Tg.)");
		expect(facts).toContain("Stabilität24,6 Tage");
		expect(facts).toContain("Deck.md, Zeile 1");
	});
});

describe("the statistics view in a background tab", () => {
	it("waits to redraw after a change until it is the active view again", async () => {
		jest.useFakeTimers();
		try {
			const { app, changed } = setUp();
			await openStatistics(app.workspace as never);
			const view = theView(app);
			const before = view.contentEl.firstElementChild;
			const other = app.workspace.getLeaf("tab");
			app.workspace.activeLeaf = other as never;
			changed();
			jest.advanceTimersByTime(1000);
			expect(view.contentEl.firstElementChild).toBe(before);
			app.workspace.activeLeaf = view.leaf as never;
			app.workspace.trigger("active-leaf-change", view.leaf);
			expect(view.contentEl.firstElementChild).not.toBe(before);
			expect(view.contentEl.querySelector(".flashcard-review-stats-today")).not.toBeNull();
		} finally {
			jest.useRealTimers();
		}
	});
});

describe("card info", () => {
	it("lists the card's answers, newest first, with its memory now, its due date and its note", () => {
		const { app, host, opened } = setUp();
		openCardInfo(app as never, host, "a");
		const modal = Modal.open[Modal.open.length - 1];
		if (!modal) throw new Error("no modal");
		const content = modal.contentEl;
		const rows = Array.from(content.querySelectorAll(".flashcard-review-card-history tbody tr")).map((tr) =>
			Array.from(tr.querySelectorAll("td")).map(text),
		);
		expect(rows).toEqual([
			["2024-05-15 11:58", "Good", "25d", "24.6 d", "4.2"],
			["2024-05-05 11:58", "Good", "10d", "1 d", "5"],
		]);
		const facts = text(content.querySelector(".flashcard-review-card-facts"));
		expect(facts).toContain("Due2024-06-09 11:58 (in 25d)");
		expect(facts).toContain("Retrievability100.0%");
		expect(facts).toContain("Deck.md, line 1");
		content.querySelector<HTMLAnchorElement>(".flashcard-review-card-note")?.click();
		expect(opened).toEqual([["Deck.md", 0]]);
		expect(Modal.open).not.toContain(modal);
	});

	it("lists a card's practice answers apart from the answers that scheduled it", () => {
		const { app, host } = setUp();
		const practice = [{ card: "a", time: NOW - MINUTE, rating: 1 as const, device: "d", offset: 540 }];
		openCardInfo(app as never, { ...host, practice: (id) => (id === "a" ? practice : []) }, "a");
		const content = Modal.open[Modal.open.length - 1]!.contentEl;
		expect(text(content.querySelector(".flashcard-review-card-practice"))).toBe("2024-05-15 11:59: Again");
		expect(content.querySelectorAll(".flashcard-review-card-history tbody tr")).toHaveLength(2);
	});
});

describe("the statistics view over a large log", () => {
	it("says how far the reading is, keeps the last figures in view meanwhile, and draws the new ones", async () => {
		const { app, host } = setUp();
		const { cards, records } = collection();
		let progress: (done: number, total: number) => void = () => undefined;
		let finish: (stats: Statistics) => void = () => undefined;
		let slow = false;
		host.statistics = (deck, onProgress) => {
			if (!slow) return computeStatistics(cards, records, NOW, TOKYO_4AM, deck);
			progress = onProgress;
			return new Promise<Statistics>((resolve) => (finish = resolve));
		};
		await openStatistics(app.workspace as never);
		const view = theView(app);
		const root = view.contentEl;
		expect(text(root.querySelector(".flashcard-review-stats-today"))).toContain("Studied 3 cards");

		slow = true;
		view.draw();
		progress(1200, 50_000);
		expect(text(root.querySelector(".flashcard-review-stats-progress"))).toBe("Reading answers: 1,200 / 50,000 cards");
		expect(text(root.querySelector(".flashcard-review-stats-today"))).toContain("Studied 3 cards");

		finish(computeStatistics(cards, records.slice(0, 2), NOW, TOKYO_4AM));
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(root.querySelector(".flashcard-review-stats-progress")).toBeNull();
		expect(text(root.querySelector(".flashcard-review-stats-today"))).not.toContain("Studied 3 cards");
	});

	it("says the cards are being got ready before the reading starts, without asking for every card at once", async () => {
		const { app, host } = setUp();
		const { cards, records } = collection();
		let progress: (done: number, total: number) => void = () => undefined;
		let finish: (stats: Statistics) => void = () => undefined;
		host.statistics = (_deck, onProgress) => {
			progress = onProgress;
			return new Promise<Statistics>((resolve) => (finish = resolve));
		};
		const listed = jest.spyOn(host, "cards");
		await openStatistics(app.workspace as never);
		const root = theView(app).contentEl;
		expect(text(root.querySelector(".flashcard-review-stats-progress"))).toBe("Getting your cards ready…");
		expect(root.querySelector("select")).toBeNull();
		expect(listed).not.toHaveBeenCalled();

		progress(0, 3);
		expect(text(root.querySelector(".flashcard-review-stats-progress"))).toBe("Reading answers: 0 / 3 cards");
		expect([...root.querySelectorAll("option")].map((o) => o.value)).toEqual(["", "A", "A::B", "A::B::C", "Other"]);
		progress(2, 3);
		expect(root.querySelectorAll("select")).toHaveLength(1);

		finish(computeStatistics(cards, records, NOW, TOKYO_4AM));
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(root.querySelector(".flashcard-review-stats-progress")).toBeNull();
		expect(text(root.querySelector(".flashcard-review-stats-today"))).toContain("Studied 3 cards");
	});
});
