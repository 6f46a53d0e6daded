import { frontText, matchCards, sameCardElsewhere, type MatchableCard } from "../../../../src/core/collection/identity/card-matching";

function c(front: string, back: string, line = 0, anchor?: string): MatchableCard {
	return anchor === undefined ? { front, back, line } : { front, back, line, anchor };
}

const cognito = c("What is Amazon Cognito?", "A user directory and identity broker for apps.", 2);
const pools = c("What are Cognito User Pools?", "Managed sign-up and sign-in directories.", 6);

describe("matchCards", () => {
	it.each([
		{ description: "the same card", next: c(cognito.front, cognito.back, 9), expected: 0 },
		{ description: "a typo fixed in the front", next: c("What is Amazon Cognto?", cognito.back), expected: 0 },
		{ description: "a rewritten back", next: c(cognito.front, "Sign-in for apps, with social logins."), expected: 0 },
		{ description: "a typo fixed in the front and a touched-up back", next: c("What is Amazon Cognito ?", "A user directory and an identity broker for apps."), expected: 0 },
		{ description: "a front nearly the same with a new back", next: c("What is Amazon Cognto?", "Something else entirely now."), expected: 0 },
		{ description: "the same anchor with new texts", next: c("Totally new?", "Totally new answer.", 0, "q-1"), old: c("Old?", "Old answer here.", 0, "q-1"), expected: 0 },
		{ description: "an unrelated card", next: c("What is Amazon S3?", "Object storage with eleven nines."), expected: undefined },
		{ description: "a sibling question with another answer", next: c("What are Cognito Identity Pools?", "Temporary AWS credentials."), old: pools, expected: undefined },
		{ description: "a short back alone", next: c("Is the sky green?", "No"), old: c("Is water dry?", "No"), expected: undefined },
		{
			description: "a reworded front with a touched-up back",
			next: c("What is Amazon Cognito mostly for?", "A user directory, plus an identity broker for web apps."),
			old: c("What is Amazon Cognito used for?", "A user directory and identity broker for apps."),
			expected: 0,
		},
		{ description: "the same template about another thing", next: c("What is the capital of Spain?", "Madrid is the capital of Spain."), old: c("What is the capital of France?", "Paris is the capital of France."), expected: undefined },
		{ description: "a fixed front with the same short back", next: c("Capital of Frnace?", "Paris"), old: c("Capital of France?", "Paris"), expected: 0 },
	])("matches $description: $expected", ({ next, old, expected }) => {
		expect(matchCards([old ?? cognito], [next])[0]).toBe(expected);
	});

	it("pairs cards with the same front in document order, each with its own back first", () => {
		const old = [c("Define it", "First meaning.", 1), c("Define it", "Second meaning.", 5)];
		expect(matchCards(old, [c("Define it", "Second meaning.", 1), c("Define it", "First meaning.", 5)])).toEqual([1, 0]);
		expect(matchCards(old, [c("Define it", "A new first.", 1), c("Define it", "Second meaning.", 5)])).toEqual([0, 1]);
	});

	it("uses position only to break ties", () => {
		const old = [c("Same?", "Same answer text.", 0), c("Same?", "Same answer text.", 20)];
		expect(matchCards(old, [c("Same?", "Same answer text.", 19)])).toEqual([1]);
	});

	it("never gives one old card to two new cards", () => {
		const result = matchCards([cognito], [c(cognito.front, cognito.back), c(cognito.front, cognito.back)]);
		expect(result).toEqual([0, undefined]);
	});
});

describe("sameCardElsewhere", () => {
	it.each([
		["the same texts", c("Q here?", "The answer here."), true],
		["the same anchor", c("Other?", "Other answer.", 0, "a1"), true],
		["another anchor", c("Q here?", "The answer here.", 0, "a2"), false],
		["the same front, another answer", c("Q here?", "Something unrelated."), false],
		["the same short back only", c("Other?", "Yes"), false],
	])("recognises a card moved to another note with %s", (_, other, expected) => {
		const moved = other.anchor === undefined ? c("Q here?", "The answer here.") : c("Q here?", "The answer here.", 0, "a1");
		expect(sameCardElsewhere(moved, other)).toBe(expected);
	});
});

describe("frontText", () => {
	it.each([
		{ front: "The ==nucleus== holds the ==DNA==.", expected: "The nucleus holds the DNA." },
		{ front: "{{c2::Canberra}} is the capital of {{c1::Australia::country}}.", expected: "Canberra is the capital of Australia." },
		{ front: "  What is\n==ATP==? ", expected: "What is ATP?" },
	])("reads $front as the sentence without cloze markup", ({ front, expected }) => {
		expect(frontText(front)).toBe(expected);
	});

	it("lets a cloze sentence that gained a cloze match its old self exactly", () => {
		expect(matchCards([c("{{c1::Paris}} is the capital of France.", "")], [c("{{c1::Paris}} is the capital of {{c2::France}}.", "")])).toEqual([0]);
	});
});
