import { CollectionDataError } from "../../../../../src/core";
import { decodeNotes } from "../../../../../src/core/collection/store/json/store-decode-notes";
import { notesFromColumns } from "../../../../../src/core/collection/store/v4/local-notes";
import { LOCAL_FILE } from "../../../../../src/core/collection/store/v4/layout";
import { at, newCollection } from "../../builders";

const NOTES: Record<string, string> = {
	"Languages/French.md": "---\ntags: [lang, fr]\n---\n# Words\n## Chat #card\nCat\n^q-chat\n\nWhat is {{c1::Paris}} the capital of {{c2::France}}? #card\n",
	"Inline.md": "#card\nSun::Soleil\nMoon:::Lune\n",
	"Reverse.md": "## Hund #card-reverse #animal\nDog\n",
};

/** A collection with cards of every kind and extra (tags, heading context, anchors, cloze numbers), and a deleted note. */
function varied() {
	const collection = newCollection({}, "laptop");
	for (const [path, text] of Object.entries(NOTES)) collection.indexNote(path, text, at());
	collection.indexNote("Gone.md", "## Q #card\nA\n", at());
	collection.deleteNote("Gone.md", at(1));
	return collection;
}

function notesFiles(local: Record<string, string>): unknown[] {
	const { noteFiles } = JSON.parse(local[LOCAL_FILE] as string) as { noteFiles: string[] };
	return noteFiles.map((name) => (JSON.parse(local[name] as string) as { notes: unknown }).notes);
}

describe("the local cache's notes in columns", () => {
	it("reads back every note as layout 3's reader reads the same notes", () => {
		const collection = varied();
		const [columns] = notesFiles(collection.toLocalFiles());
		expect(notesFromColumns(columns)).toEqual(decodeNotes(collection.toJSON().notes));
		expect([...notesFromColumns(columns).keys()].sort()).toEqual(["Gone.md", "Inline.md", "Languages/French.md", "Reverse.md"]);
	});

	it.each([
		["columns of different lengths", (note: Record<string, unknown>) => ({ ...note, f: (note.f as string[]).slice(1) })],
		["a kind letter missing", (note: Record<string, unknown>) => ({ ...note, k: (note.k as string).slice(1) })],
		["a card id of the wrong shape", (note: Record<string, unknown>) => ({ ...note, i: `x-y ${(note.i as string).split(" ").slice(1).join(" ")}` })],
		["a line that is not a number", (note: Record<string, unknown>) => ({ ...note, l: ["3", ...(note.l as unknown[]).slice(1)] })],
		["a back that is not a text", (note: Record<string, unknown>) => ({ ...note, b: [7, ...(note.b as unknown[]).slice(1)] })],
		["an extra that is not an object", (note: Record<string, unknown>) => ({ ...note, y: ["t", ...(note.y as unknown[]).slice(1)] })],
		["a cloze card without its numbers", (note: Record<string, unknown>) => ({ ...note, y: (note.y as unknown[]).map(() => 0) })],
	])("refuses %s", (_, damage) => {
		const [columns] = notesFiles(varied().toLocalFiles()) as Record<string, Record<string, unknown>>[];
		const damaged = { ...columns, "Languages/French.md": damage(columns?.["Languages/French.md"] as Record<string, unknown>) };
		expect(() => notesFromColumns(damaged)).toThrow(CollectionDataError);
	});
});
