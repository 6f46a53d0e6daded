/**
 * The README's "Card syntax" examples are the parser's documentation: each Markdown example is parsed
 * here and must give exactly the cards its `→` lines name, so the docs cannot drift from the code.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { parseNote } from "../src/core";

interface Example {
	markdown: string;
	expected: { kind: string; clozes?: number[]; front: string; back: string }[];
}

const CARD_LINE = /^→ (basic|reversed|cloze|reminder)(?: \[([\d, ]+)\])? `(.*?)` \/ `(.*)`$/;

/** An example's opening line: three or more backticks (four when it holds a fence) and `markdown`. */
const OPENING = /^(`{3,})markdown$/;

function readmeExamples(): Example[] {
	const lines = readFileSync(join(__dirname, "..", "README.md"), "utf8").split("\n");
	const examples: Example[] = [];
	for (let i = 0; i < lines.length; i++) {
		const fence = OPENING.exec(lines[i] ?? "")?.[1];
		if (fence === undefined) continue;
		const end = lines.indexOf(fence, i + 1);
		const example: Example = { markdown: lines.slice(i + 1, end).join("\n"), expected: [] };
		for (let j = end + 1; lines[j]?.startsWith("→ "); j++) {
			const match = CARD_LINE.exec(lines[j] ?? "");
			if (!match) throw new Error(`README line ${j + 1} is not a card line: ${lines[j]}`);
			const [, kind = "", clozes, front = "", back = ""] = match;
			example.expected.push({
				kind,
				...(clozes === undefined ? {} : { clozes: clozes.split(",").map(Number) }),
				front: front.replace(/\\n/g, "\n"),
				back: back.replace(/\\n/g, "\n"),
			});
		}
		examples.push(example);
		i = end;
	}
	return examples;
}

describe("the README's card syntax section", () => {
	const examples = readmeExamples();

	it("has examples, each with the cards it yields", () => {
		expect(examples.length).toBeGreaterThanOrEqual(7);
		for (const example of examples) expect(example.expected.length).toBeGreaterThan(0);
	});

	it.each(examples.map((example) => [example.markdown.split("\n")[0] ?? "", example] as const))(
		"example starting %j parses as documented",
		(_first, example) => {
			const parsed = parseNote(example.markdown, "Examples/Note.md");
			expect(parsed.warnings).toEqual([]);
			expect(parsed.cards.map(({ kind, clozes, front, back }) => ({ kind, ...(clozes ? { clozes } : {}), front, back }))).toEqual(
				example.expected,
			);
		},
	);
});
