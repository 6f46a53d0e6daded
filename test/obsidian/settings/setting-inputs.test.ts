import { formatSteps, parseFraction, parseSteps, parseWhole, parseWord } from "../../../src/obsidian/settings/setting-inputs";

describe("setting inputs", () => {
	it.each([
		{ text: "1m 10m", expected: [1, 10] },
		{ text: "10", expected: [10] },
		{ text: "1h, 1d", expected: [60, 1440] },
		{ text: "30s", expected: [0.5] },
		{ text: "", expected: [] },
	])("reads learning steps $text", ({ text, expected }) => {
		expect(parseSteps(text)).toEqual({ ok: true, value: expected });
	});

	it.each(["1x", "ten", "0m", "-5m"])("refuses the step list %s with a message", (text) => {
		const result = parseSteps(text);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.error).toMatch(/step/i);
	});

	it("writes steps back in Anki's notation", () => {
		expect(formatSteps([1, 10, 60, 1440, 90])).toBe("1m 10m 1h 1d 90m");
	});

	it.each([
		{ text: "20", ok: true },
		{ text: "2.5", ok: false },
		{ text: "-1", ok: false },
		{ text: "", ok: false },
		{ text: "10000", ok: false },
	])("accepts only whole numbers in range: $text", ({ text, ok }) => {
		expect(parseWhole(0, 9999)(text).ok).toBe(ok);
	});

	it("reads a retention as a fraction or a percentage", () => {
		expect(parseFraction(0.7, 0.99)("0.9")).toEqual({ ok: true, value: 0.9 });
		expect(parseFraction(0.7, 0.99)("85%")).toEqual({ ok: true, value: 0.85 });
		expect(parseFraction(0.7, 0.99)("0,85")).toEqual({ ok: true, value: 0.85 });
		expect(parseFraction(0.7, 0.99)("1.5").ok).toBe(false);
	});

	it("drops a leading # from a tag word and refuses spaces", () => {
		expect(parseWord()("#flash")).toEqual({ ok: true, value: "flash" });
		expect(parseWord()("two words").ok).toBe(false);
		expect(parseWord()("  ").ok).toBe(false);
	});
});
