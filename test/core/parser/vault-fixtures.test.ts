import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { parseNote, type ParsedNote } from "../../../src/core";
import { basic, reversed, type CardSummary } from "./note-builder";

const VAULT = join(__dirname, "..", "..", "fixtures", "vault");

function parseFixture(name: string): ParsedNote {
	return parseNote(readFileSync(join(VAULT, name), "utf8"), `Fixtures/${name}`);
}

function summaries(note: ParsedNote): CardSummary[] {
	return note.cards.map(({ kind, front, back }) => ({ kind, front, back }));
}

describe("fixture notes (test/fixtures/vault)", () => {
	it("reads the fourteen Flashcards v1 styles as fourteen Question/Answer cards", () => {
		const note = parseFixture("v1-fourteen-card-styles.md");
		expect(summaries(note)).toEqual(Array.from({ length: 14 }, () => basic("Question", "Answer")));
		expect(note.warnings).toEqual([]);
	});

	it("reads every Flashcards 2.x form of a note written for that plugin, in order, with no warning", () => {
		const note = parseFixture("flashcards-v2-every-form.md");
		// The heading card's back ends at its anchor; what follows is still under its heading.
		const UNDER = ["Cells", "What is a cell?"];
		expect(note.deck).toBe("Biology::Cells");
		expect(note.tags).toEqual(["bio", "cells"]);
		expect(note.warnings).toEqual([]);
		expect(note.cards.map(({ kind, front, back, clozes, anchor, context }) => ({ kind, front, back, clozes, anchor, context }))).toEqual([
			{ kind: "basic", front: "What is a cell?", back: "The smallest unit of life.", clozes: undefined, anchor: "q-ab2c", context: ["Cells"] },
			{ kind: "cloze", front: "The {1:powerhouse} of the cell is the {1:mitochondria}, which makes {2:ATP}.", back: "", clozes: [1, 2], anchor: undefined, context: UNDER },
			{ kind: "basic", front: "What does a membrane do?", back: "It controls what enters the cell.\n\nIt is a lipid bilayer.", clozes: undefined, anchor: undefined, context: UNDER },
			{ kind: "basic", front: "What is osmosis?", back: "Water moving across a membrane.", clozes: undefined, anchor: undefined, context: UNDER },
			{ kind: "reversed", front: "What is ATP?", back: "Adenosine triphosphate.\n\nThe cell's fuel.", clozes: undefined, anchor: undefined, context: UNDER },
			{ kind: "basic", front: "What holds the DNA?", back: "The nucleus.", clozes: undefined, anchor: "q-k7m2", context: UNDER },
			{ kind: "reminder", front: "Cells divide to grow.", back: "", clozes: undefined, anchor: undefined, context: UNDER },
			{ kind: "reminder", front: "Mitosis makes two cells.", back: "", clozes: undefined, anchor: undefined, context: UNDER },
			{ kind: "reminder", front: "Draw the cell cycle from memory.", back: "", clozes: undefined, anchor: undefined, context: UNDER },
		]);
		expect(note.cards.every((card) => card.tags.join() === "bio,cells")).toBe(true);
	});

	it("reads the five inline cards and none of the four protected ones", () => {
		const note = parseFixture("inline-five-valid-four-invalid.md");
		expect(note.deck).toBe("Inline");
		expect(summaries(note)).toEqual([
			basic("This is a valid", "Inline card"),
			basic("This is a valid", "inline card"),
			basic("This is a valid", "inline card"),
			basic("This is a valid", "inline card"),
			reversed("This is a valid", "inline reversed card"),
		]);
	});

	it("reads four cards from the cloze note: three clozes and one basic card", () => {
		const note = parseFixture("cloze-highlights-and-anki.md");
		expect(note.cards.map((card) => [card.kind, card.clozes])).toEqual([
			["cloze", [1, 2]],
			["cloze", [1, 2]],
			["cloze", [1, 3]],
			["basic", undefined],
		]);
		expect(note.cards[1]?.back).toBe("Anki-style clozes keep their number; this line is the extra.");
		expect(note.cards[3]?.back).toBe("So this card is a basic card.");
	});

	it("gives each card of the car note its breadcrumb, tags and kind", () => {
		const note = parseFixture("demo-car-context.md");
		expect(note.deck).toBe("My Knowledge::Demo");
		expect(note.tags).toEqual(["demo", "car"]);
		expect(note.cards.map((card) => [card.front, card.context.join(" > "), card.kind])).toEqual([
			["Car", "", "basic"],
			["Controls", "Car", "basic"],
			["Braking", "Car > Controls", "basic"],
			["Transmission", "Car > Controls", "basic"],
			["Manual", "Car > Controls > Transmission", "basic"],
			["Automatic", "Car > Controls > Transmission", "basic"],
			["Autonomous car", "Car > Emerging technologies", "basic"],
			["Open source development", "Car > Emerging technologies", "basic"],
			["Examples", "Car > Emerging technologies > Open source development", "reversed"],
		]);
		expect(note.cards[0]?.back).toBe("A car is a wheeled motor vehicle used for transportation.\n\n![[car example.png]]");
		expect(note.cards[1]?.back).toContain("- pedals");
		expect(note.cards[7]?.tags).toEqual(["demo", "car", "open-source"]);
	});

	it("reads only the one card that is outside every protected region", () => {
		const note = parseFixture("protected-regions-no-cards.md");
		expect(summaries(note)).toEqual([basic("The only card", "Its answer")]);
		expect(note.warnings).toEqual([]);
	});

	it("keeps the cards of a note with broken YAML, in the folder deck, with a warning", () => {
		const note = parseFixture("invalid-yaml-keeps-cards.md");
		expect(note.deck).toBe("Fixtures");
		expect(summaries(note)).toEqual([basic("Still a card", "The cards survive a YAML error."), basic("Also a card", "With its answer.")]);
		expect(note.warnings).toHaveLength(1);
		expect(note.warnings[0]?.line).toBeLessThanOrEqual(4);
	});

	it("never runs a ---js block", () => {
		const note = parseFixture("js-frontmatter-never-runs.md");
		expect((globalThis as Record<string, unknown>).flashcardReviewFixtureRan).toBeUndefined();
		expect(note.deck).toBe("Fixtures");
		expect(summaries(note)).toEqual([basic("A card after JavaScript frontmatter", "The block above is never run and is not frontmatter.")]);
	});

	it("does not read an unclosed --- as frontmatter", () => {
		const note = parseFixture("unclosed-frontmatter.md");
		expect(note.deck).toBe("Fixtures");
		expect(note.cards.map((card) => [card.front, card.line])).toEqual([["What is an unclosed frontmatter?", 3]]);
		expect(note.warnings).toEqual([]);
	});

	it("takes v1 ids, v2 anchors and block ids as anchors", () => {
		const note = parseFixture("anchors-v1-v2-and-block-ids.md");
		expect(note.cards.map((card) => [card.front, card.back, card.anchor, card.line, card.endLine])).toEqual([
			["Written by Flashcards v1", "The first paragraph was the back in v1.", "1666123456789", 3, 6],
			["Written by Flashcards v2", "- first\n- second", "q-ab2c", 9, 13],
			["Own block id", "Answer on its last line", "my-own-id", 14, 16],
			["Inline", "with its id on the next line", "1666123456790", 17, 19],
		]);
	});

	it("leaves out cards with empty backs and names their lines", () => {
		const note = parseFixture("empty-backs-warn.md");
		expect(summaries(note)).toEqual([basic("A good card", "Answer.")]);
		expect(note.warnings.map((warning) => warning.line)).toEqual([0, 5, 10]);
	});

	it("reads each reversed form as one reversed card", () => {
		const note = parseFixture("reversed-markers.md");
		expect(summaries(note)).toEqual([reversed("la maison", "the house"), reversed("le chat", "the cat"), reversed("le chien", "the dog")]);
		expect(note.deck).toBe("French");
	});

	it("gives list item cards their nested lines only", () => {
		expect(summaries(parseFixture("list-item-cards.md"))).toEqual([
			basic("What is a noun?", "- A word naming a thing.\n- Or a person."),
			basic("What is a verb?", "A word for an action."),
		]);
	});

	it("reads a CRLF file as its LF twin", () => {
		const raw = readFileSync(join(VAULT, "crlf-line-endings.md"), "utf8");
		expect(raw).toContain("\r\n");
		const note = parseFixture("crlf-line-endings.md");
		expect(note).toEqual(parseNote(raw.replace(/\r\n/g, "\n"), "Fixtures/crlf-line-endings.md"));
		expect(note.deck).toBe("Windows::Notes");
		expect(note.cards.map((card) => [card.front, card.back, card.line])).toEqual([
			["Saved with CRLF", "The answer.", 3],
			["Paragraph card", "Its answer.", 6],
		]);
	});

	it("has a README line for every fixture note", () => {
		const readme = readFileSync(join(VAULT, "README.md"), "utf8");
		const notes = readdirSync(VAULT).filter((name) => name.endsWith(".md") && name !== "README.md");
		expect(notes.length).toBeGreaterThan(10);
		for (const name of notes) expect(readme).toContain(`\`${name}\``);
	});
});
