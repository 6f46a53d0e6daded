// Acceptance checks of card identity and history (DESIGN.md §4): re-index matching, rename, delete, orphans.
import type { Collection } from "../../src/core";
import { at, byFront, lines, store, withYaml } from "./support";

const MONDAY = at("2025-03-10T09:00:00Z");
const TUESDAY = at("2025-03-11T09:00:00Z");
const WEDNESDAY = at("2025-03-12T09:00:00Z");

const PATH = "Biology/Cells.md";

const CELLS = lines(
	"# Cells",
	"",
	"## What is the powerhouse of the cell? #card",
	"The mitochondrion, which makes ATP.",
	"",
	"## What does the ribosome do? #card",
	"It builds proteins from amino acids.",
	"",
	"What surrounds an animal cell? #card",
	"The plasma membrane.",
);

/** A store holding CELLS where every card has been answered once (so every card has history). */
function reviewed(): Collection {
	const collection = store();
	collection.indexNote(PATH, CELLS, MONDAY);
	for (const card of collection.cards()) collection.answer(card.id, 3, MONDAY);
	return collection;
}

function idOf(collection: Collection, front: string): string {
	return byFront(collection.cards(), front).id;
}

describe("re-indexing an edited note keeps each card's identity (§4)", () => {
	it.each([
		{
			edit: "a typo fixed in the front",
			text: CELLS.replace("powerhouse of the cell", "powerhouse of a cell"),
			front: "What is the powerhouse of a cell?",
		},
		{
			edit: "the back rewritten",
			text: CELLS.replace("The mitochondrion, which makes ATP.", "Mitochondria: they produce most of the cell's energy."),
			front: "What is the powerhouse of the cell?",
		},
		{
			edit: "the heading level changed",
			text: CELLS.replace("## What is the powerhouse", "### What is the powerhouse"),
			front: "What is the powerhouse of the cell?",
		},
		{
			edit: "the heading card turned into a paragraph card",
			text: CELLS.replace("## What is the powerhouse of the cell? #card", "What is the powerhouse of the cell? #card"),
			front: "What is the powerhouse of the cell?",
		},
		{
			edit: "the card moved to the end of the note",
			text: lines(
				"# Cells",
				"",
				"## What does the ribosome do? #card",
				"It builds proteins from amino acids.",
				"",
				"What surrounds an animal cell? #card",
				"The plasma membrane.",
				"",
				"## What is the powerhouse of the cell? #card",
				"The mitochondrion, which makes ATP.",
			),
			front: "What is the powerhouse of the cell?",
		},
		{
			edit: "text added above it",
			text: lines("---", "cards-deck: Bio", "---", "New intro paragraph.", "", CELLS),
			front: "What is the powerhouse of the cell?",
		},
	])("after $edit", ({ text, front }) => {
		const collection = reviewed();
		const before = collection.cards();
		const original = byFront(before, "What is the powerhouse of the cell?");
		collection.indexNote(PATH, text, TUESDAY);
		const after = byFront(collection.cards(), front);
		expect(after).toMatchObject({ id: original.id, reps: 1, state: original.state, due: original.due });
		expect(collection.cards().map((card) => card.id).sort()).toEqual(before.map((card) => card.id).sort());
		expect(collection.orphans()).toEqual([]);
	});

	it("keeps a card by its anchor even when front and back are both rewritten", () => {
		const collection = store();
		collection.indexNote(PATH, lines("What is ATP? #card", "Energy currency.", "^1666123456789"), MONDAY);
		const id = idOf(collection, "What is ATP?");
		collection.answer(id, 3, MONDAY);
		collection.indexNote(PATH, lines("Define adenosine triphosphate #card", "The molecule cells spend for energy.", "^1666123456789"), TUESDAY);
		expect(byFront(collection.cards(), "Define adenosine triphosphate")).toMatchObject({ id, reps: 1 });
	});

	it("gives an unrelated card written where a deleted one stood a new id, and orphans the old one", () => {
		const collection = reviewed();
		const old = byFront(collection.cards(), "What does the ribosome do?");
		collection.indexNote(
			PATH,
			CELLS.replace("## What does the ribosome do? #card", "## Which organelle holds the DNA? #card").replace(
				"It builds proteins from amino acids.",
				"The nucleus.",
			),
			TUESDAY,
		);
		const fresh = byFront(collection.cards(), "Which organelle holds the DNA?");
		expect(fresh.id).not.toBe(old.id);
		expect(fresh).toMatchObject({ reps: 0, state: "new" });
		expect(collection.orphans().map((orphan) => orphan.id)).toEqual([old.id]);
	});

	it("keeps a card whose reversed marker is added as the forward side (the reverse side is new)", () => {
		const collection = reviewed();
		const original = byFront(collection.cards(), "What surrounds an animal cell?");
		collection.indexNote(PATH, CELLS.replace("What surrounds an animal cell? #card", "What surrounds an animal cell? #card-reverse"), TUESDAY);
		const forward = byFront(collection.cards(), "What surrounds an animal cell?");
		expect(forward).toMatchObject({ kind: "reversed", reps: 1 });
		expect(forward.id).toBe(original.id);
		expect(byFront(collection.cards(), "The plasma membrane.")).toMatchObject({ kind: "reversed", reps: 0 });
	});

	it("tells two cards with the same front apart by occurrence", () => {
		const collection = store();
		collection.indexNote(PATH, lines("Define it #card", "first", "", "Define it #card", "second"), MONDAY);
		const ids = collection.cards().map((card) => card.id);
		expect(new Set(ids).size).toBe(2);
		collection.answer(ids[1] as string, 3, MONDAY);
		collection.indexNote(PATH, lines("Define it #card", "first", "", "Define it #card", "second, edited"), TUESDAY);
		expect(collection.cards().map((card) => [card.id, card.reps])).toEqual([
			[ids[0], 0],
			[ids[1], 1],
		]);
	});
});

describe("renaming, moving and deleting notes (§3, §4)", () => {
	it("keeps ids and history when a note is renamed, and takes the new folder deck on re-index", () => {
		const collection = reviewed();
		const before = collection.cards();
		collection.renameNote(PATH, "Science/Biology/Cells.md");
		collection.indexNote("Science/Biology/Cells.md", CELLS, TUESDAY);
		const after = collection.cards();
		expect(after.map((card) => [card.id, card.reps, card.path, card.deck])).toEqual(
			before.map((card) => [card.id, card.reps, "Science/Biology/Cells.md", "Science::Biology"]),
		);
		expect(collection.orphans()).toEqual([]);
	});

	it("re-attaches a card cut from one note and pasted into another, with its history", () => {
		const collection = reviewed();
		const moved = byFront(collection.cards(), "What surrounds an animal cell?");
		const withoutIt = CELLS.replace(lines("", "What surrounds an animal cell? #card", "The plasma membrane."), "");
		collection.indexNote(PATH, withoutIt, TUESDAY);
		expect(collection.orphans().map((orphan) => orphan.id)).toEqual([moved.id]);
		collection.indexNote("Biology/Membranes.md", lines("What surrounds an animal cell? #card", "The plasma membrane."), TUESDAY);
		expect(byFront(collection.cards(), "What surrounds an animal cell?")).toMatchObject({
			id: moved.id,
			reps: 1,
			path: "Biology/Membranes.md",
		});
		expect(collection.orphans()).toEqual([]);
	});

	it("makes the cards of a deleted note orphans with their history, and brings them back when it returns", () => {
		const collection = reviewed();
		const before = collection.cards();
		collection.deleteNote(PATH, TUESDAY);
		expect(collection.cards()).toEqual([]);
		expect(collection.queue(TUESDAY).cards).toEqual([]);
		const orphans = collection.orphans();
		expect(orphans.map((orphan) => orphan.id).sort()).toEqual(before.map((card) => card.id).sort());
		for (const orphan of orphans) {
			expect(orphan.reviews).toHaveLength(1);
			expect(orphan.reviews[0]).toMatchObject({ card: orphan.id, time: MONDAY.getTime(), rating: 3 });
		}
		const powerhouse = orphans.find((orphan) => orphan.id === byFront(before, "What is the powerhouse of the cell?").id);
		expect(powerhouse).toMatchObject({ front: "What is the powerhouse of the cell?", path: PATH });
		collection.indexNote(PATH, CELLS, WEDNESDAY);
		expect(collection.cards().map((card) => [card.id, card.reps])).toEqual(before.map((card) => [card.id, card.reps]));
		expect(collection.orphans()).toEqual([]);
	});

	it("purges only the orphans asked for; a purged card that comes back starts fresh", () => {
		const collection = reviewed();
		collection.deleteNote(PATH, TUESDAY);
		const [first, ...rest] = collection.orphans();
		collection.purgeOrphans([first?.id ?? ""], TUESDAY);
		expect(collection.orphans().map((orphan) => orphan.id)).toEqual(rest.map((orphan) => orphan.id));
		collection.indexNote(PATH, CELLS, WEDNESDAY);
		const byId = new Map(collection.cards().map((card) => [card.id, card.reps]));
		for (const orphan of rest) expect(byId.get(orphan.id)).toBe(1);
		expect([...byId.values()].sort()).toEqual([0, 1, 1]);
	});

	it("ignores live cards given to purgeOrphans", () => {
		const collection = reviewed();
		const before = collection.cards();
		collection.purgeOrphans(before.map((card) => card.id), TUESDAY);
		expect(collection.cards()).toEqual(before);
	});

	it("keeps a card's history when a folder deck changes through a note move", () => {
		const collection = reviewed();
		collection.renameNote(PATH, "Cells.md");
		collection.indexNote("Cells.md", withYaml(["tags: [bio]"], CELLS), TUESDAY);
		expect(collection.cards().every((card) => card.reps === 1 && card.deck === "Default")).toBe(true);
	});
});
