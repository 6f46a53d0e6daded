import { readFileSync } from "fs";
import { join } from "path";
import { parseNote } from "../../../src/core";

const NOTE_PATH = "AWS Exams/AWS Cognito.md";
const markdown = readFileSync(join(__dirname, "..", "..", "..", "demo-vault", NOTE_PATH), "utf8");
const fileLines = markdown.split("\n");

/** The file's text on 0-based lines [from, to), as a back is written. */
function linesOf(from: number, to: number): string {
	return fileLines.slice(from, to).join("\n").trim();
}

const TOP = ["What is Amazon Cognito?"];

describe("parseNote on the sample note (demo-vault/AWS Exams/AWS Cognito.md)", () => {
	const note = parseNote(markdown, NOTE_PATH);

	it("puts the note in the deck named by cards-deck", () => {
		expect(note.deck).toBe("AWS Exams::Solutions Architect::Associate::AWS Cognito");
	});

	it("reads exactly five basic cards and no warnings", () => {
		expect(note.cards.map((card) => card.kind)).toEqual(["basic", "basic", "basic", "basic", "basic"]);
		expect(note.warnings).toEqual([]);
	});

	it.each([
		{ front: "What is Amazon Cognito?", line: 3, backFrom: 5, endLine: 17, context: [] },
		{ front: "What are Cognito User Pools?", line: 18, backFrom: 20, endLine: 31, context: TOP },
		{ front: "What are Cognito Identity Pools", line: 31, backFrom: 33, endLine: 42, context: TOP },
		{ front: "What are the features of Cognito Identity Pools", line: 43, backFrom: 45, endLine: 68, context: TOP },
		{ front: "How do User Pools and Identity Pools work together?", line: 69, backFrom: 71, endLine: 76, context: TOP },
	])("reads the card $front from line $line", ({ front, line, backFrom, endLine, context }) => {
		const card = note.cards.find((c) => c.front === front);
		expect(card).toEqual({ kind: "basic", front, back: linesOf(backFrom, endLine), line, endLine, tags: [], context });
		expect(fileLines[line]).toContain(`${front} #card`);
	});

	it("ends the first card where the ### card starts, and gives each image to the card above it", () => {
		const [first, second, third, , fifth] = note.cards;
		expect(first?.back.startsWith("Implement secure, frictionless")).toBe(true);
		expect(first?.back.endsWith("https://aws.amazon.com/pm/cognito")).toBe(true);
		expect(first?.back).not.toContain("User Pools**: Goal");
		expect(second?.back.endsWith("![[cognito-user-pools.png]]")).toBe(true);
		expect(third?.back).toContain("![[cognito-identity-pools.png]]");
		expect(fifth?.back.endsWith("![[cognito-user-pool-identity-pool-together.png]]")).toBe(true);
	});

	it("gives identical results for the note saved with CRLF line endings", () => {
		expect(parseNote(markdown.replace(/\n/g, "\r\n"), NOTE_PATH)).toEqual(note);
	});

	it("gives identical results for the note saved with CR line endings", () => {
		expect(parseNote(markdown.replace(/\n/g, "\r"), NOTE_PATH)).toEqual(note);
	});
});
