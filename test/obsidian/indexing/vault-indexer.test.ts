/**
 * @jest-environment jsdom
 */
import type { App as AppApi } from "obsidian";
import { Collection } from "../../../src/core";
import { LiveCollection } from "../../../src/obsidian/indexing/live-collection";
import { VaultIndexer } from "../../../src/obsidian/indexing/vault-indexer";
import { App } from "../../__mocks__/obsidian";
import { drawStatus } from "../../../src/obsidian/review/session-parts";

const CARD = (q: string): string => `## ${q} #card\nThe answer to ${q}.\n`;

interface Setup {
	app: App;
	live: LiveCollection;
	indexer: VaultIndexer;
	saves: number;
	ignored: string[];
}

/** An app over `files`, an empty store, and a loaded indexer whose first scan has run. */
async function setup(files: Record<string, string>, ignored: string[] = [], store?: Collection): Promise<Setup> {
	const app = new App();
	for (const [path, text] of Object.entries(files)) app.vault.addFile(path, text, 1000);
	app.metadataCache.indexAll();
	const live = new LiveCollection(store ?? new Collection({ deviceId: "test" }));
	const state = { app, live, saves: 0, ignored } as Setup;
	state.indexer = new VaultIndexer({
		app: app as unknown as AppApi,
		live,
		now: () => new Date(),
		save: () => state.saves++,
		ignoredFolders: () => state.ignored,
		noteKeys: () => ({ cardTag: "card", deckKey: "cards-deck" }),
		debounceMs: 500,
	});
	state.indexer.load();
	await state.indexer.start();
	return state;
}

const fronts = (live: LiveCollection): string[] => live.cards().map((c) => c.front);

describe("VaultIndexer", () => {
	beforeEach(() => jest.useFakeTimers({ now: new Date("2025-03-10T09:00:00Z") }));
	afterEach(() => jest.useRealTimers());

	it("reads only the notes whose tags or deck property say they hold cards, outside ignored folders", async () => {
		const { app, live } = await setup(
			{
				"Tagged.md": CARD("Tagged"),
				"Inline.md": "---\ncards-deck: Words\n---\nHund::dog\n",
				"Plain.md": "Nothing here.\n",
				"Other tag.md": "Q #cards\nA\n",
				"Templates/Card.md": CARD("Template"),
			},
			["Templates"],
		);
		expect(app.vault.reads.sort()).toEqual(["Inline.md", "Tagged.md"]);
		expect(fronts(live).sort()).toEqual(["Hund", "Tagged"]);
		expect(live.indexing).toBe(false);
	});

	it("also reads notes with explicit cards and no tag (fenced, callout, atomic), once: unchanged they are not read again", async () => {
		const files = {
			"Fenced.md": "```flashcard\nfront: Fenced?\nback: Yes.\n```\n",
			"Callout.md": "> [!card] Callout?\n> Yes.\n",
			"Atomic.md": "---\ntest: [title]\n---\nThe note is the card.\n",
			"Code only.md": "```js\nx()\n```\n",
			"Dataview.md": "rating:: 5\nSome ==highlight==.\n",
		};
		const store = new Collection({ deviceId: "test" });
		const first = await setup(files, [], store);
		expect(first.app.vault.reads.sort()).toEqual(["Atomic.md", "Callout.md", "Code only.md", "Fenced.md"]);
		expect(fronts(first.live).sort()).toEqual(["Atomic", "Callout?", "Fenced?"]);
		first.indexer.unload();
		const second = await setup(files, [], store);
		expect(second.app.vault.reads).toEqual([]);
	});

	it("re-indexes an edited note once it is quiet, from the text the metadata cache passes", async () => {
		const { app, live } = await setup({ "Note.md": CARD("Old") });
		const file = app.vault.getFileByPath("Note.md")!;
		await app.vault.modify(file, CARD("Typing"));
		await jest.advanceTimersByTimeAsync(200);
		await app.vault.modify(file, CARD("New"));
		await jest.advanceTimersByTimeAsync(200);
		expect(fronts(live)).toEqual(["Old"]);
		await jest.advanceTimersByTimeAsync(500);
		expect(fronts(live)).toEqual(["New"]);
		expect(app.vault.reads).toEqual(["Note.md"]);
	});

	it("starts indexing a note when it gains the card tag, and keeps its reviewed card as an orphan when it loses it", async () => {
		const { app, live } = await setup({ "Note.md": "Just text.\n" });
		const file = app.vault.getFileByPath("Note.md")!;
		await app.vault.modify(file, CARD("Now a card"));
		await jest.advanceTimersByTimeAsync(600);
		expect(fronts(live)).toEqual(["Now a card"]);
		live.collection.answer(live.cards()[0]!.id, 3, new Date());
		await app.vault.modify(file, "Just text again.\n");
		await jest.advanceTimersByTimeAsync(600);
		expect(fronts(live)).toEqual([]);
		expect(live.collection.orphans()).toHaveLength(1);
	});

	it("indexes a note created after start-up", async () => {
		const { app, live } = await setup({});
		await app.vault.create("New.md", CARD("Fresh"));
		await jest.advanceTimersByTimeAsync(600);
		expect(fronts(live)).toEqual(["Fresh"]);
	});

	it("keeps cards across a folder rename and moves them to the folder's deck", async () => {
		const { app, live } = await setup({ "Biology/Cells.md": CARD("Cell") });
		const id = live.cards()[0]!.id;
		expect(live.cards()[0]?.deck).toBe("Biology");
		await app.vault.rename(app.vault.getFolderByPath("Biology")!, "Science/Biology");
		await jest.advanceTimersByTimeAsync(600);
		expect(live.cards().map((c) => [c.id, c.path, c.deck])).toEqual([[id, "Science/Biology/Cells.md", "Science::Biology"]]);
	});

	it("keeps the reviewed cards of a deleted note, and of a note moved into an ignored folder, as orphans", async () => {
		const { app, live } = await setup({ "A.md": CARD("A"), "B.md": CARD("B") }, ["Archive"]);
		for (const card of live.cards()) live.collection.answer(card.id, 3, new Date());
		await app.vault.delete(app.vault.getFileByPath("A.md")!);
		await app.vault.rename(app.vault.getFileByPath("B.md")!, "Archive/B.md");
		await jest.advanceTimersByTimeAsync(600);
		expect(fronts(live)).toEqual([]);
		expect(live.collection.orphans()).toHaveLength(2);
	});

	it("drops notes that vanished while Obsidian was closed", async () => {
		const first = await setup({ "Kept.md": CARD("Kept"), "Gone.md": CARD("Gone") });
		const store = Collection.fromJSON(first.live.collection.toJSON(), { deviceId: "test" });
		const second = await setup({ "Kept.md": CARD("Kept") }, [], store);
		expect(fronts(second.live)).toEqual(["Kept"]);
		expect(second.app.vault.reads).toEqual([]);
	});

	it("stops listening when unloaded", async () => {
		const { app, indexer } = await setup({ "A.md": CARD("A") });
		expect(app.vault.listenerCount()).toBe(3);
		expect(app.metadataCache.listenerCount()).toBe(1);
		indexer.unload();
		expect(app.vault.listenerCount() + app.metadataCache.listenerCount()).toBe(0);
	});

	it.each([
		{ description: "a frontmatter tag with #", frontmatter: 'tags: "#card"' },
		{ description: "a frontmatter tag list", frontmatter: "tags:\n  - notes\n  - card" },
		{ description: "a nested frontmatter tag", frontmatter: "tags: [card/reverse]" },
		{ description: "the tag property in another case", frontmatter: "Tags: card" },
	])("indexes the inline cards of a note whose card tag is only in its properties: $description", async ({ frontmatter }) => {
		const { live } = await setup({ "Words.md": `---\n${frontmatter}\n---\nHund::dog\n` });
		expect(fronts(live)).toEqual(["Hund"]);
	});

	it("reads each note of a renamed folder once", async () => {
		const { app } = await setup({ "Biology/Cells.md": CARD("Cell"), "Biology/Genes.md": CARD("Gene") });
		app.vault.reads.length = 0;
		await app.vault.rename(app.vault.getFolderByPath("Biology")!, "Science");
		await jest.advanceTimersByTimeAsync(600);
		expect(app.vault.reads.sort()).toEqual(["Science/Cells.md", "Science/Genes.md"]);
	});

	it("keeps the reviewed cards of a note renamed to another file type as orphans", async () => {
		const { app, live } = await setup({ "Note.md": CARD("Q") });
		live.collection.answer(live.cards()[0]!.id, 3, new Date());
		await app.vault.rename(app.vault.getFileByPath("Note.md")!, "Note.txt");
		await jest.advanceTimersByTimeAsync(600);
		expect(fronts(live)).toEqual([]);
		expect(live.collection.orphans()).toHaveLength(1);
	});

	it("indexes a note renamed while its edit waits, with the edit, under the new name", async () => {
		const { app, live } = await setup({ "Old.md": CARD("Before") });
		await app.vault.modify(app.vault.getFileByPath("Old.md")!, CARD("After"));
		await jest.advanceTimersByTimeAsync(100);
		await app.vault.rename(app.vault.getFileByPath("Old.md")!, "New.md");
		await jest.advanceTimersByTimeAsync(600);
		expect(live.cards().map((c) => [c.path, c.front])).toEqual([["New.md", "After"]]);
	});

	it("does nothing more once unloaded, even for a read that was under way", async () => {
		const { app, live, indexer } = await setup({ "Bio/A.md": CARD("A") });
		// Moving the note to another folder moves its cards at once, then reads it for its new deck.
		void app.vault.rename(app.vault.getFileByPath("Bio/A.md")!, "Chem/A.md");
		indexer.unload();
		await jest.advanceTimersByTimeAsync(600);
		expect(live.cards().map((c) => [c.path, c.deck])).toEqual([["Chem/A.md", "Bio"]]);
	});

	it("does not start when layout ready comes after it was unloaded", async () => {
		const app = new App();
		const indexer = new VaultIndexer({
			app: app as unknown as AppApi,
			live: new LiveCollection(new Collection({ deviceId: "test" })),
			now: () => new Date(),
			save: () => undefined,
			ignoredFolders: () => [],
			noteKeys: () => ({ cardTag: "card", deckKey: "cards-deck" }),
		});
		indexer.load();
		indexer.unload();
		await indexer.start();
		expect(app.vault.listenerCount()).toBe(0);
	});

	it("looks again, once all files are resolved, at notes the metadata cache had not read at the first scan", async () => {
		const app = new App();
		app.vault.addFile("Late.md", CARD("Late"), 1000);
		const live = new LiveCollection(new Collection({ deviceId: "test" }));
		const indexer = new VaultIndexer({
			app: app as unknown as AppApi,
			live,
			now: () => new Date(),
			save: () => undefined,
			ignoredFolders: () => [],
			noteKeys: () => ({ cardTag: "card", deckKey: "cards-deck" }),
		});
		indexer.load();
		await indexer.start();
		expect(fronts(live)).toEqual([]);
		app.metadataCache.indexAll();
		app.metadataCache.finishResolving();
		await indexer.idle();
		expect(fronts(live)).toEqual(["Late"]);
	});
});

describe("VaultIndexer on a first start", () => {
	beforeEach(() => jest.useFakeTimers({ now: new Date("2025-03-10T09:00:00Z") }));
	afterEach(() => jest.useRealTimers());

	it("makes cards reviewable batch by batch and counts the notes read, of how many", async () => {
		const app = new App();
		for (let i = 0; i < 120; i++) app.vault.addFile(`Notes/${i}.md`, CARD(`Question ${i}`), 1000);
		app.vault.addFile("Plain.md", "No cards.\n", 1000);
		app.metadataCache.indexAll();
		const live = new LiveCollection(new Collection({ deviceId: "test" }));
		const seen: { progress: string; cards: number; status: string }[] = [];
		live.changed.on((change) => {
			if (change.reason !== "index") return;
			const el = document.createElement("div");
			drawStatus(el, live);
			seen.push({ progress: JSON.stringify(live.progress), cards: live.collection.queue(new Date()).cards.length, status: el.textContent ?? "" });
		});
		const indexer = new VaultIndexer({ app: app as unknown as AppApi, live, now: () => new Date(), save: () => undefined, ignoredFolders: () => [], noteKeys: () => ({ cardTag: "card", deckKey: "cards-deck" }) });
		indexer.load();
		const scan = indexer.start();
		await jest.runAllTimersAsync();
		await scan;
		expect(seen.slice(0, 2)).toEqual([
			{ progress: JSON.stringify({ done: 50, total: 120 }), cards: 20, status: "Indexing 50 / 120 notes…" },
			{ progress: JSON.stringify({ done: 100, total: 120 }), cards: 20, status: "Indexing 100 / 120 notes…" },
		]);
		expect(live.cards()).toHaveLength(120);
		expect(live.progress).toBeNull();
		expect(app.vault.reads).toHaveLength(120);
	});

	it("ends a batch early once it has taken its time, so that long notes never hold the app", async () => {
		const app = new App();
		for (let i = 0; i < 4; i++) app.vault.addFile(`Notes/${i}.md`, CARD(`Question ${i}`), 1000);
		app.metadataCache.indexAll();
		const live = new LiveCollection(new Collection({ deviceId: "test" }));
		const seen: string[] = [];
		live.changed.on((change) => {
			if (change.reason === "index") seen.push(`${JSON.stringify(change.paths)} ${JSON.stringify(live.progress)}`);
		});
		let saves = 0;
		// No time at all: every note is a batch of its own, shown before the next is read.
		const indexer = new VaultIndexer({ app: app as unknown as AppApi, live, now: () => new Date(), save: () => saves++, ignoredFolders: () => [], noteKeys: () => ({ cardTag: "card", deckKey: "cards-deck" }), sliceMs: 0 });
		indexer.load();
		const scan = indexer.start();
		await jest.runAllTimersAsync();
		await scan;
		expect(seen).toEqual([0, 1, 2, 3].map((i) => `["Notes/${i}.md"] ${JSON.stringify({ done: i + 1, total: 4 })}`));
		expect(live.cards()).toHaveLength(4);
		// Each batch asks for a save (the store debounces them), the last one too although it ends the scan.
		expect(saves).toBe(4);
	});

	it("decides which notes to read without building the card list of the store it loaded", async () => {
		const indexed = new Collection({ deviceId: "test" });
		indexed.indexNote("Tagged.md", CARD("Tagged"), new Date());
		const store = Collection.fromFiles(indexed.toFiles(), { deviceId: "test", files: indexed.toLocalFiles() });
		const listed = jest.spyOn(store, "cards");
		const app = new App();
		app.vault.addFile("Tagged.md", CARD("Tagged"), 1000);
		for (let i = 0; i < 5; i++) app.vault.addFile(`Plain ${i}.md`, "No cards here.\n", 1000);
		app.metadataCache.indexAll();
		const live = new LiveCollection(store);
		const indexer = new VaultIndexer({ app: app as unknown as AppApi, live, now: () => new Date(), save: () => undefined, ignoredFolders: () => [], noteKeys: () => ({ cardTag: "card", deckKey: "cards-deck" }) });
		indexer.load();
		const scan = indexer.start();
		await jest.runAllTimersAsync();
		await scan;
		expect(app.vault.reads).toEqual(["Tagged.md"]);
		expect(listed).not.toHaveBeenCalled();
		expect(live.cards().map((card) => card.front)).toEqual(["Tagged"]);
	});
});
