// Acceptance checks of card identity and history (DESIGN.md §4): re-index matching, rename, delete, orphans.
import type { CardInfo, Collection } from "../../src/core";
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

	it("keeps a card whose front and back were both lightly edited at once", () => {
		const collection = reviewed();
		const original = byFront(collection.cards(), "What does the ribosome do?");
		collection.indexNote(
			PATH,
			CELLS.replace("What does the ribosome do?", "What do ribosomes do?").replace("It builds proteins from amino acids.", "They build proteins from amino acids."),
			TUESDAY,
		);
		expect(byFront(collection.cards(), "What do ribosomes do?")).toMatchObject({ id: original.id, reps: 1 });
	});

	it("keeps a card whose front was rewritten but whose back is unchanged", () => {
		const collection = reviewed();
		const original = byFront(collection.cards(), "What does the ribosome do?");
		collection.indexNote(PATH, CELLS.replace("What does the ribosome do?", "Which organelle translates mRNA?"), TUESDAY);
		expect(byFront(collection.cards(), "Which organelle translates mRNA?")).toMatchObject({ id: original.id, reps: 1 });
	});

	it("follows content, not position, when two cards swap places and both get a typo fix", () => {
		const collection = store();
		const note = (a: string, b: string): string => lines(a, "", b);
		const tcp = lines("What does TCP guarantee? #card", "Ordered, reliable delivery.");
		const udp = lines("What does UDP trade away? #card", "Reliability, for lower latency.");
		collection.indexNote(PATH, note(tcp, udp), MONDAY);
		const ids = { tcp: idOf(collection, "What does TCP guarantee?"), udp: idOf(collection, "What does UDP trade away?") };
		collection.answer(ids.tcp, 3, MONDAY);
		collection.answer(ids.udp, 1, MONDAY);
		collection.indexNote(PATH, note(udp.replace("trade away", "trade off"), tcp.replace("guarantee", "guarantees")), TUESDAY);
		expect(idOf(collection, "What does TCP guarantees?")).toBe(ids.tcp);
		expect(idOf(collection, "What does UDP trade off?")).toBe(ids.udp);
	});

	it("keeps both sides of a reversed card when its back is edited", () => {
		const collection = store();
		collection.indexNote(PATH, lines("Mitochondrion #card-reverse", "Makes ATP."), MONDAY);
		const before = collection.cards().map((card) => card.id);
		for (const id of before) collection.answer(id, 3, MONDAY);
		collection.indexNote(PATH, lines("Mitochondrion #card-reverse", "Makes most of the cell's ATP."), TUESDAY);
		expect(collection.cards().map((card) => [card.id, card.reps, card.front])).toEqual([
			[before[0], 1, "Mitochondrion"],
			[before[1], 1, "Makes most of the cell's ATP."],
		]);
	});

	it.each([
		{ name: "a highlight", before: "The ==nucleus== holds the DNA. #card", after: "The ==nucleus== holds the ==DNA==. #card" },
		{ name: "an Anki cloze", before: "{{c1::Paris}} is the capital of France. #card", after: "{{c1::Paris}} is the capital of {{c2::France}}. #card" },
		{
			name: "a highlight and a typo fix",
			before: "The ==mitochondrion== is the powerhouse of the cel. #card",
			after: "The ==mitochondrion== is the ==powerhouse== of the cell. #card",
		},
	])("keeps a cloze's history when another word of its sentence becomes $name", ({ before, after }) => {
		const collection = store();
		collection.indexNote(PATH, before, MONDAY);
		const first = collection.cards()[0] as CardInfo;
		collection.answer(first.id, 3, MONDAY);
		collection.indexNote(PATH, after, TUESDAY);
		expect(collection.cards().map((card) => [card.id === first.id, card.cloze, card.reps])).toEqual([
			[true, 1, 1],
			[false, 2, 0],
		]);
		expect(new Set(collection.cards().map((card) => card.noteCardId))).toEqual(new Set([first.noteCardId]));
		expect(collection.orphans()).toEqual([]);
	});

	it("orphans only the cloze whose markup was removed", () => {
		const collection = store();
		collection.indexNote(PATH, "The ==nucleus== holds the ==DNA==. #card", MONDAY);
		const [c1, c2] = collection.cards() as [CardInfo, CardInfo];
		collection.answer(c1.id, 3, MONDAY);
		collection.answer(c2.id, 3, MONDAY);
		collection.indexNote(PATH, "The ==nucleus== holds the DNA. #card", TUESDAY);
		expect(collection.cards().map((card) => [card.id, card.reps])).toEqual([[c1.id, 1]]);
		expect(collection.orphans().map((orphan) => orphan.id)).toEqual([c2.id]);
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

	it("keeps history when a note renamed outside Obsidian shows up under its new path before the old one is found missing", () => {
		const collection = reviewed();
		const before = collection.cards();
		collection.indexNote("Archive/Cells.md", CELLS, TUESDAY);
		collection.deleteNote(PATH, TUESDAY);
		expect(collection.cards().map((card) => [card.id, card.reps, card.path])).toEqual(
			before.map((card) => [card.id, 1, "Archive/Cells.md"]),
		);
		expect(collection.orphans()).toEqual([]);
	});

	it("lists as orphans only the cards that have history to keep", () => {
		const collection = store();
		collection.indexNote(PATH, CELLS, MONDAY);
		const answered = idOf(collection, "What does the ribosome do?");
		collection.answer(answered, 3, MONDAY);
		collection.deleteNote(PATH, TUESDAY);
		expect(collection.orphans().map((orphan) => orphan.id)).toEqual([answered]);
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
