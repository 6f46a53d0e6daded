import { parseSearch, SEARCH_ERROR_TEXT, type SearchErrorCode } from "../../../src/core";
import { useLanguage } from "../../../src/obsidian/i18n";
import { en } from "../../../src/obsidian/i18n/en";
import { errorText } from "../../../src/obsidian/i18n/error-text";

const thrown = (query: string): unknown => {
	try {
		parseSearch(query);
	} catch (error) {
		return error;
	}
	throw new Error(`"${query}" parsed`);
};

describe("errorText", () => {
	afterEach(() => useLanguage("en"));

	it("says a malformed search in English as the core's message", () => {
		useLanguage("en");
		const error = thrown('deck:"Lang');
		expect(errorText(error)).toBe((error as Error).message);
		expect(errorText(error)).toBe("Search error at position 6: this quote is never closed.");
	});

	it("has the core's English wording for every kind of malformed search", () => {
		for (const code of Object.keys(SEARCH_ERROR_TEXT) as SearchErrorCode[]) {
			expect([code, en[`searchError.${code}`]]).toEqual([code, SEARCH_ERROR_TEXT[code]]);
		}
	});

	it("says a malformed search in German, with the position and the quoted text", () => {
		useLanguage("de");
		expect(errorText(thrown("kind:note"))).toBe("Suchfehler an Stelle 6: unbekannte Kartenart „note“: möglich sind basic, reversed, cloze, reminder.");
		expect(errorText(thrown("a (b"))).toBe("Suchfehler an Stelle 3: diese „(“ wird nie geschlossen.");
	});

	it("keeps the message of any other error", () => {
		useLanguage("de");
		expect(errorText(new Error("disk full"))).toBe("disk full");
		expect(errorText("odd")).toBe("odd");
	});
});
