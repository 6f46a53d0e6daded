/**
 * @jest-environment jsdom
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { setAppLanguage } from "../../__mocks__/obsidian";
import { t, useLanguage } from "../../../src/obsidian/i18n";
import { de } from "../../../src/obsidian/i18n/de";
import type { Plural } from "../../../src/obsidian/i18n/plural";
import { en } from "../../../src/obsidian/i18n/en";
import { demoApp, press, READ_MS, resetRecorders, reviewView, settle, startPlugin } from "../support/demo-vault";

const placeholders = (entry: string | Plural): string[] =>
	[...new Set((typeof entry === "string" ? [entry] : Object.values(entry)).flatMap((text) => (text ?? "").match(/\{\w+\}/g) ?? []))].sort();

describe("the interface's language", () => {
	afterEach(() => {
		setAppLanguage("en");
		useLanguage("en");
	});

	it("joins each language's parts into one table, every key from exactly one part", () => {
		for (const [code, table] of [["en", en], ["de", de]] as const) {
			const folder = join(__dirname, "../../../src/obsidian/i18n", code);
			const parts = readdirSync(folder)
				.filter((file) => file.endsWith(".ts"))
				.map((file) => Object.values(require(join(folder, file)) as Record<string, Record<string, unknown>>)[0] ?? {});
			const keys = parts.flatMap((part) => Object.keys(part));
			expect([code, keys.length]).toEqual([code, new Set(keys).size]);
			expect([code, [...keys].sort()]).toEqual([code, Object.keys(table).sort()]);
		}
	});

	it("has every English string in German, with the same placeholders and plural forms", () => {
		expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
		for (const key of Object.keys(en) as (keyof typeof en)[]) {
			expect([key, placeholders(de[key])]).toEqual([key, placeholders(en[key])]);
			expect([key, typeof de[key]]).toEqual([key, typeof en[key]]);
		}
		// Entries of placeholders and punctuation alone ("{date}: {rating}") have nothing to translate.
		const words = (key: keyof typeof en): boolean => /\p{L}/u.test(JSON.stringify(en[key]).replace(/\{\w+\}/g, "").replace(/\b(one|other)\b/g, ""));
		const same = (Object.keys(en) as (keyof typeof en)[]).filter((key) => words(key) && JSON.stringify(de[key]) === JSON.stringify(en[key]));
		// Only what German writes as English does.
		expect(same).toEqual(["reminder.normal", "when.in", "study.tag", "studyTitle.inDeck", "stats.reviewsCaption"]);
	});

	it("follows the app's language from getLanguage, with plural rules", () => {
		setAppLanguage("de");
		useLanguage();
		expect(t("home.reviewCards", { count: 1 })).toBe("1 Karte lernen");
		expect(t("home.reviewCards", { count: 3 })).toBe("3 Karten lernen");
		useLanguage("en");
		expect(t("home.reviewCards", { count: 1 })).toBe("Review 1 card");
		expect(t("home.reviewCards", { count: 0 })).toBe("Review 0 cards");
	});

	it("falls back from a regional code to its language, and to English for a language it lacks", () => {
		useLanguage("de-AT");
		expect(t("session.showAnswer")).toBe("Antwort zeigen");
		useLanguage("zh-TW");
		expect(t("session.showAnswer")).toBe("Show answer");
	});

	it("draws the review and names the commands in German when Obsidian is in German", async () => {
		jest.useFakeTimers({ now: new Date("2025-03-10T09:00:00Z") });
		resetRecorders();
		setAppLanguage("de");
		useLanguage();
		try {
			const app = demoApp();
			await startPlugin(app);
			expect(app.commands.get("flashcard-review:review-due")?.name).toBe("Fällige Karten lernen");
			expect(app.executeCommand("flashcard-review:review-due")).toBe(true);
			await settle(READ_MS);
			const root = reviewView(app).contentEl;
			expect(root.querySelector(".flashcard-review-reveal")?.textContent).toBe("Antwort zeigenLeertaste");
			press(reviewView(app), " ");
			await settle(0);
			expect([...root.querySelectorAll(".flashcard-review-answer-label")].map((el) => el.textContent)).toEqual(["Nochmal", "Schwer", "Gut", "Einfach"]);
		} finally {
			jest.useRealTimers();
		}
	});
});
