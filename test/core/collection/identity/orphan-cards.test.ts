import { answerFront, at, card, cardByFront, indexCards, newCollection, reload } from "../builders";

const kept = card("What stays?", "This card stays in the note.");
const gone = card("What goes?", "This card is cut from the note.");

function withOrphan() {
	const collection = newCollection();
	indexCards(collection, "n.md", [kept, gone]);
	const keptId = answerFront(collection, kept.front, 3, at(0, 1));
	const goneId = answerFront(collection, gone.front, 3, at(0, 2));
	indexCards(collection, "n.md", [kept], at(1));
	return { collection, keptId, goneId };
}

describe("orphans", () => {
	it("lists a card that left its note with its text, note and history", () => {
		const { collection, goneId } = withOrphan();
		expect(collection.orphans()).toEqual([
			expect.objectContaining({ id: goneId, front: gone.front, back: gone.back, path: "n.md", since: at(1).getTime() }),
		]);
		expect(reload(collection).orphans()).toEqual(collection.orphans());
	});

	it("deletes history only when purged, and never a live card's", () => {
		const { collection, keptId, goneId } = withOrphan();
		collection.purgeOrphans([goneId, keptId], at(2));
		expect(collection.orphans()).toEqual([]);
		expect(collection.history(goneId)).toEqual([]);
		expect(collection.history(keptId)).toHaveLength(1);
		expect(reload(collection).history()).toHaveLength(1);
	});

	it("starts a purged card afresh when its text comes back", () => {
		const { collection, goneId } = withOrphan();
		collection.purgeOrphans([goneId], at(2));
		indexCards(collection, "n.md", [kept, gone], at(3));
		expect(cardByFront(collection, gone.front)).toMatchObject({ reps: 0, state: "new" });
	});

	it("keeps the orphan of a card whose only answer was undone out of the list", () => {
		const collection = newCollection();
		indexCards(collection, "n.md", [kept, gone]);
		answerFront(collection, gone.front, 3, at(0, 1));
		indexCards(collection, "n.md", [kept], at(1));
		expect(collection.orphans()).toHaveLength(1);
		collection.undo();
		expect(collection.orphans()).toEqual([]);
	});
});
