import {
	answerFront,
	at,
	card,
	cardByFront,
	indexCards,
	newCollection,
	noteText,
	reload,
	reviewTimes,
} from "../builders";

const cognito = card("What is Amazon Cognito?", "A user directory and identity broker for apps.");
const pools = card("What are Cognito User Pools?", "Managed sign-up and sign-in directories.");
const identity = card("What are Cognito Identity Pools?", "They exchange tokens for temporary AWS credentials.");

/** A collection with the three Cognito cards indexed, the first two answered once. */
function reviewedNote(path = "AWS/Cognito.md") {
	const collection = newCollection();
	indexCards(collection, path, [cognito, pools, identity]);
	const first = answerFront(collection, cognito.front, 3, at(0, 5));
	const second = answerFront(collection, pools.front, 3, at(0, 6));
	return { collection, first, second };
}

describe("re-indexing a note keeps each card's history", () => {
	it("keeps the card when a typo in the question is fixed", () => {
		const { collection, first } = reviewedNote();
		indexCards(collection, "AWS/Cognito.md", [card("What is Amazon Cognto?", cognito.back), pools, identity], at(1));
		expect(cardByFront(collection, "What is Amazon Cognto?").id).toBe(first);
		expect(reviewTimes(collection, first)).toEqual([at(0, 5).getTime()]);
	});

	it("keeps the card when its answer is rewritten", () => {
		const { collection, first } = reviewedNote();
		const rewritten = card(cognito.front, "Sign-in for web and mobile apps, with social identity providers.");
		indexCards(collection, "AWS/Cognito.md", [rewritten, pools, identity], at(1));
		expect(cardByFront(collection, cognito.front)).toMatchObject({ id: first, back: rewritten.back, reps: 1 });
	});

	it("keeps both when the question has a typo fixed and the answer is touched up", () => {
		const { collection, first } = reviewedNote();
		const edited = card("What is Amazon Cognito ?", "A user directory and an identity broker for apps.");
		indexCards(collection, "AWS/Cognito.md", [edited, pools, identity], at(1));
		expect(cardByFront(collection, edited.front).id).toBe(first);
	});

	it("keeps the cards when one is moved within the note", () => {
		const { collection, first, second } = reviewedNote();
		indexCards(collection, "AWS/Cognito.md", [pools, identity, cognito], at(1));
		expect(cardByFront(collection, cognito.front)).toMatchObject({ id: first, line: 8 });
		expect(cardByFront(collection, pools.front).id).toBe(second);
	});

	it("keeps the cards when two are swapped", () => {
		const { collection, first, second } = reviewedNote();
		indexCards(collection, "AWS/Cognito.md", [pools, cognito, identity], at(1));
		expect(cardByFront(collection, cognito.front).id).toBe(first);
		expect(cardByFront(collection, pools.front).id).toBe(second);
		expect(collection.cards().map((c) => c.front)).toEqual([pools.front, cognito.front, identity.front]);
	});

	it("keeps the card when its heading level changes", () => {
		const { collection, second } = reviewedNote();
		indexCards(collection, "AWS/Cognito.md", [cognito, { ...pools, level: 3 }, identity], at(1));
		expect(cardByFront(collection, pools.front)).toMatchObject({ id: second, context: [cognito.front] });
		expect(reviewTimes(collection, second)).toHaveLength(1);
	});

	it("keeps ids and history when the note is renamed", () => {
		const { collection, first } = reviewedNote();
		collection.renameNote("AWS/Cognito.md", "AWS/Amazon Cognito.md");
		indexCards(collection, "AWS/Amazon Cognito.md", [cognito, pools, identity], at(1));
		expect(cardByFront(collection, cognito.front)).toMatchObject({ id: first, path: "AWS/Amazon Cognito.md", reps: 1 });
		expect(collection.notePaths()).toEqual(["AWS/Amazon Cognito.md"]);
		expect(collection.orphans()).toEqual([]);
	});

	it("changes the deck but keeps the history when the note moves to another folder", () => {
		const { collection, first } = reviewedNote();
		expect(cardByFront(collection, cognito.front).deck).toBe("AWS");
		collection.renameNote("AWS/Cognito.md", "Archive/2025/Cognito.md");
		indexCards(collection, "Archive/2025/Cognito.md", [cognito, pools, identity], at(1));
		expect(cardByFront(collection, cognito.front)).toMatchObject({ id: first, deck: "Archive::2025", reps: 1 });
	});

	it.each([
		["the source note first", ["AWS/Cognito.md", "AWS/Identity.md"]],
		["the target note first", ["AWS/Identity.md", "AWS/Cognito.md"]],
	])("re-attaches a card cut from one note and pasted into another, indexing %s", (_, order) => {
		const { collection, first } = reviewedNote();
		const texts: Record<string, typeof cognito[]> = {
			"AWS/Cognito.md": [pools, identity],
			"AWS/Identity.md": [card("What is IAM?", "Users, groups, roles and policies."), cognito],
		};
		for (const path of order) indexCards(collection, path, texts[path] ?? [], at(1));
		expect(cardByFront(collection, cognito.front)).toMatchObject({ id: first, path: "AWS/Identity.md", reps: 1 });
		expect(collection.orphans()).toEqual([]);
		expect(reload(collection).cards()).toEqual(collection.cards());
	});

	it("keeps a deleted note's cards as orphans and re-attaches them when it is restored", () => {
		const { collection, first, second } = reviewedNote();
		collection.deleteNote("AWS/Cognito.md", at(1));
		expect(collection.cards()).toEqual([]);
		expect(collection.orphans().map((o) => [o.id, o.front, o.reviews.length])).toEqual(
			[
				[first, cognito.front, 1],
				[second, pools.front, 1],
			].sort(),
		);
		indexCards(collection, "AWS/Cognito.md", [cognito, pools, identity], at(2));
		expect(cardByFront(collection, cognito.front)).toMatchObject({ id: first, reps: 1 });
		expect(cardByFront(collection, pools.front)).toMatchObject({ id: second, reps: 1 });
		expect(collection.orphans()).toEqual([]);
	});

	it("tells apart two cards with the same question in one note", () => {
		const collection = newCollection();
		const a = card("Define it", "The first meaning of the word.");
		const b = card("Define it", "The second meaning of the word.");
		indexCards(collection, "Words.md", [a, b]);
		const [idA, idB] = collection.cards().map((c) => c.id);
		expect(idA).not.toBe(idB);
		collection.answer(idB as string, 3, at(0, 5));
		indexCards(collection, "Words.md", [card("Define it", "The first sense, rewritten."), b], at(1));
		expect(collection.cards().map((c) => [c.id, c.reps])).toEqual([
			[idA, 0],
			[idB, 1],
		]);
	});

	it("does not give a deleted card's history to an unrelated card written in its place", () => {
		const { collection, first } = reviewedNote();
		const unrelated = card("What is Amazon S3?", "Object storage with eleven nines of durability.");
		indexCards(collection, "AWS/Cognito.md", [unrelated, pools, identity], at(1));
		expect(cardByFront(collection, unrelated.front)).toMatchObject({ reps: 0 });
		expect(cardByFront(collection, unrelated.front).id).not.toBe(first);
		expect(collection.orphans().map((o) => o.id)).toEqual([first]);
	});

	it("mints the same ids on two devices that index the same note", () => {
		const a = newCollection({}, "dev-a");
		const b = newCollection({}, "dev-b");
		const text = noteText([cognito, pools, identity]);
		a.indexNote("n.md", text, at(0));
		b.indexNote("n.md", text, at(3));
		expect(b.cards().map((c) => c.id)).toEqual(a.cards().map((c) => c.id));
	});

	it("reports what indexing changed", () => {
		const { collection, first } = reviewedNote();
		const changes = indexCards(collection, "AWS/Cognito.md", [pools, card("New question?", "A new answer here.")], at(1));
		expect(changes.orphaned).toEqual([first]);
		expect(changes.removed).toHaveLength(1);
		expect(changes.added).toHaveLength(1);
		expect(changes.kept).toEqual([cardByFront(collection, pools.front).id]);
		expect(changes.warnings).toEqual([]);
	});
});

describe("isNoteUpToDate", () => {
	it("is true only for the mtime and size last indexed, under the same parse options", () => {
		const collection = newCollection();
		collection.indexNote("n.md", noteText([cognito]), at(), { mtime: 1000, size: 99 });
		expect(collection.isNoteUpToDate("n.md", 1000, 99)).toBe(true);
		expect(collection.isNoteUpToDate("n.md", 1001, 99)).toBe(false);
		expect(collection.isNoteUpToDate("n.md", 1000, 98)).toBe(false);
		expect(collection.isNoteUpToDate("other.md", 1000, 99)).toBe(false);
		expect(reload(collection).isNoteUpToDate("n.md", 1000, 99)).toBe(true);
		expect(collection.setOptions({ cardTag: "flashcard" }).ok).toBe(true);
		expect(collection.isNoteUpToDate("n.md", 1000, 99)).toBe(false);
	});

	it("is false after a rename, so the moved note is read again", () => {
		const collection = newCollection();
		collection.indexNote("a/n.md", noteText([cognito]), at(), { mtime: 1000, size: 99 });
		collection.renameNote("a/n.md", "b/n.md");
		expect(collection.isNoteUpToDate("b/n.md", 1000, 99)).toBe(false);
	});
});
