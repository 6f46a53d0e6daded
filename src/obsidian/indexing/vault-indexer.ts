import { Component, TFile, TFolder, debounce, type App, type CachedMetadata, type Debouncer, type TAbstractFile } from "obsidian";
import type { LiveCollection } from "./live-collection";
import { mayHoldExplicitCards, takesPart } from "./note-filter";
import { isIgnored } from "../settings/shell-settings";
import { SLICE_MS } from "../slices";

/** What the indexer needs: the vault, the collection and the few settings that select notes. */
export interface IndexerDeps {
	app: App;
	live: LiveCollection;
	ignoredFolders(): readonly string[];
	/** The card tag word and the deck key (they decide which notes take part). */
	noteKeys(): { cardTag: string; deckKey: string };
	now(): Date;
	save(): void;
	/** Notes read at most between two pauses that let the UI breathe. */
	batchSize?: number;
	/** Time a batch may take before the pause comes early, in ms (a batch of long notes). */
	sliceMs?: number;
	/** Quiet time after the last change of a note before it is re-indexed. */
	debounceMs?: number;
}

/**
 * Keeps the collection in step with the vault. One scan after layout ready (only notes the metadata
 * cache says take part, and only those the store does not already hold unchanged), then metadata
 * `changed` (using the text it passes), vault `rename`, `delete`, and `create` after layout ready.
 */
export class VaultIndexer extends Component {
	private readonly pending = new Map<string, Debouncer<[TFile, string | null], void>>();
	private generation = 0;
	private scanning: Promise<void> = Promise.resolve();
	/** Loaded and not yet unloaded: work that finishes later (a read under way) is dropped otherwise. */
	private alive = false;
	private readonly refreshLater = debounce(() => void this.scan(false), 1000, true);
	/** Whether a scan found notes not in the metadata cache yet, and looks again once it is resolved. */
	private awaitingResolved = false;

	constructor(private readonly deps: IndexerDeps) {
		super();
	}

	override onload(): void {
		this.alive = true;
		const { vault, metadataCache } = this.deps.app;
		this.registerEvent(metadataCache.on("changed", (file, data, cache) => this.onChanged(file, data, cache)));
		this.registerEvent(vault.on("rename", (file, oldPath) => this.onRename(file, oldPath)));
		this.registerEvent(vault.on("delete", (file) => this.onDelete(file)));
	}

	override onunload(): void {
		this.alive = false;
		this.refreshLater.cancel();
		this.generation++;
		for (const pending of this.pending.values()) pending.cancel();
		this.pending.clear();
	}

	/** Layout is ready: listen for new files (the start-up burst of `create` is over) and scan. */
	start(): Promise<void> {
		// Layout ready may come after the plugin was disabled during start-up.
		if (!this.alive) return Promise.resolve();
		this.registerEvent(this.deps.app.vault.on("create", (file) => this.onCreate(file)));
		return this.scan(false);
	}

	/** Re-reads every taking-part note (the rebuild command). */
	rebuild(): Promise<void> {
		return this.scan(true);
	}

	/**
	 * Settings that select or read notes changed (here or through sync): a scan a moment after the last
	 * change re-reads the notes they affect (a note is up to date only for the parse settings it was read with).
	 */
	refreshSoon(): void {
		this.refreshLater();
	}

	/** Resolves when the running scan is over. */
	idle(): Promise<void> {
		return this.scanning;
	}

	scan(force: boolean): Promise<void> {
		const run = ++this.generation;
		this.scanning = this.runScan(run, force);
		return this.scanning;
	}

	/**
	 * Two passes: which notes need reading (cheap checks, no read), then the reads, a batch at a time,
	 * each batch indexed and shown (its cards can be reviewed at once) with the progress so far, before
	 * the UI gets a turn. A batch ends at `batchSize` notes or once it has taken `sliceMs`, whichever
	 * comes first. Deciding first keeps the card list built once: each batch changes it.
	 */
	private async runScan(run: number, force: boolean): Promise<void> {
		const { app, live } = this.deps;
		live.setStatus(true, live.readOnly);
		const batchSize = this.deps.batchSize ?? 50;
		const seen = new Set<string>();
		const toRead: TFile[] = [];
		let changed: string[] = [];
		let uncached = 0;
		const sliceMs = this.deps.sliceMs ?? SLICE_MS;
		try {
			let examined = 0;
			let sliceStart = performance.now();
			for (const file of app.vault.getMarkdownFiles()) {
				// A large vault's notes without cards cost no read, but their checks add up.
				if (++examined % (batchSize * 20) === 0 || performance.now() - sliceStart >= sliceMs) {
					await yieldToUi();
					sliceStart = performance.now();
				}
				if (run !== this.generation) return;
				if (isIgnored(file.path, this.deps.ignoredFolders())) continue;
				seen.add(file.path);
				const { mtime, size } = file.stat;
				if (!force && live.collection.isNoteUpToDate(file.path, mtime, size)) continue;
				const cache = app.metadataCache.getFileCache(file);
				// Not in the metadata cache yet: its `changed` event will bring it (and a look once resolved).
				if (!cache) {
					uncached++;
					continue;
				}
				if (this.selects(cache) || live.hasCards(file.path)) toRead.push(file);
			}
			live.setProgress(0, toRead.length);
			let batchStart = performance.now();
			let inBatch = 0;
			for (const [done, file] of toRead.entries()) {
				// Deleted since it was counted: its `delete` event has done the rest.
				const text = app.vault.getFileByPath(file.path) === file ? await app.vault.cachedRead(file) : null;
				if (run !== this.generation) return;
				if (text !== null) {
					live.collection.indexNote(file.path, text, this.deps.now(), { mtime: file.stat.mtime, size: file.stat.size });
					changed.push(file.path);
				}
				if (++inBatch >= batchSize || performance.now() - batchStart >= sliceMs) {
					live.setProgress(done + 1, toRead.length);
					live.touch({ paths: changed, reason: "index" });
					// Saved (a debounced request) batch by batch: a scan cut short by closing keeps what it read.
					if (changed.length > 0) this.deps.save();
					changed = [];
					await yieldToUi();
					if (run !== this.generation) return;
					batchStart = performance.now();
					inBatch = 0;
				}
			}
			// Notes deleted, moved into an ignored folder or renamed while Obsidian was closed.
			for (const path of live.collection.notePaths()) {
				if (!seen.has(path)) {
					live.collection.deleteNote(path, this.deps.now());
					changed.push(path);
				}
			}
		} finally {
			if (run === this.generation) {
				if (uncached > 0) this.scanWhenResolved();
				live.setStatus(false, live.readOnly);
				if (changed.length > 0) {
					live.touch({ paths: changed, reason: "index" });
					this.deps.save();
				}
			}
		}
	}

	/** One more (cheap) scan once the metadata cache has resolved every file, in case an event was missed. */
	private scanWhenResolved(): void {
		if (this.awaitingResolved) return;
		this.awaitingResolved = true;
		const { metadataCache } = this.deps.app;
		const ref = metadataCache.on("resolved", () => {
			metadataCache.offref(ref);
			void this.scan(false);
		});
		this.registerEvent(ref);
	}

	private selects(cache: CachedMetadata | null): boolean {
		const { cardTag, deckKey } = this.deps.noteKeys();
		return takesPart(cache, cardTag, deckKey) || mayHoldExplicitCards(cache);
	}

	private onChanged(file: TFile, data: string, cache: CachedMetadata): void {
		if (file.extension !== "md" || isIgnored(file.path, this.deps.ignoredFolders())) return;
		if (!this.selects(cache) && !this.deps.live.hasCards(file.path)) return;
		this.schedule(file, data);
	}

	private onCreate(file: TAbstractFile): void {
		if (!(file instanceof TFile) || file.extension !== "md" || isIgnored(file.path, this.deps.ignoredFolders())) return;
		if (this.selects(this.deps.app.metadataCache.getFileCache(file))) this.schedule(file, null);
	}

	/** Re-indexes a note once it has been quiet for a moment (typing fires `changed` often). */
	private schedule(file: TFile, data: string | null): void {
		let pending = this.pending.get(file.path);
		if (!pending) {
			const key = file.path;
			pending = debounce(
				(f: TFile, text: string | null) => {
					this.pending.delete(key);
					void this.indexNow(f, text);
				},
				this.deps.debounceMs ?? 500,
				true,
			);
			this.pending.set(file.path, pending);
		}
		pending(file, data);
	}

	private async indexNow(file: TFile, data: string | null): Promise<void> {
		const { app, live } = this.deps;
		if (app.vault.getFileByPath(file.path) !== file) return;
		const text = data ?? (await app.vault.cachedRead(file));
		if (!this.alive || app.vault.getFileByPath(file.path) !== file) return;
		live.collection.indexNote(file.path, text, this.deps.now(), { mtime: file.stat.mtime, size: file.stat.size });
		live.touch({ paths: [file.path], reason: "index" });
		this.deps.save();
	}

	/**
	 * A folder's notes all move at once, before any is read again, so that the per-file `rename`
	 * events Obsidian also sends find them moved already (one read per note, whatever the order).
	 */
	private onRename(file: TAbstractFile, oldPath: string): void {
		const { live } = this.deps;
		if (file instanceof TFolder) {
			const prefix = `${oldPath}/`;
			for (const path of live.paths().filter((p) => p.startsWith(prefix))) {
				const moved = this.deps.app.vault.getFileByPath(file.path + path.slice(oldPath.length));
				if (moved) void this.moveNote(moved, path);
			}
			return;
		}
		if (!(file instanceof TFile)) return;
		if (file.extension !== "md") {
			// No longer a note (renamed to .txt, say): its cards keep their history as orphans.
			this.dropNotes(live.hasCards(oldPath) ? [oldPath] : []);
			return;
		}
		// Already handled through its folder's rename.
		if (!live.hasCards(oldPath) && live.hasCards(file.path)) return;
		void this.moveNote(file, oldPath);
	}

	private async moveNote(file: TFile, oldPath: string): Promise<void> {
		const { app, live } = this.deps;
		this.pending.get(oldPath)?.cancel();
		this.pending.delete(oldPath);
		const known = live.hasCards(oldPath);
		if (known) {
			live.collection.renameNote(oldPath, file.path);
			live.touch({ paths: [oldPath, file.path], reason: "index" });
			this.deps.save();
		}
		if (isIgnored(file.path, this.deps.ignoredFolders())) {
			this.dropNotes(known ? [file.path] : []);
			return;
		}
		if (!known && !this.selects(app.metadataCache.getFileCache(file))) return;
		// The folder may be the deck: the text is indexed again under its new path.
		const text = await app.vault.cachedRead(file);
		if (!this.alive || app.vault.getFileByPath(file.path) !== file) return;
		live.collection.indexNote(file.path, text, this.deps.now(), { mtime: file.stat.mtime, size: file.stat.size });
		live.touch({ paths: [oldPath, file.path], reason: "index" });
		this.deps.save();
	}

	private onDelete(file: TAbstractFile): void {
		const { live } = this.deps;
		this.dropNotes(file instanceof TFolder ? live.paths().filter((p) => p.startsWith(`${file.path}/`)) : live.hasCards(file.path) ? [file.path] : []);
	}

	/** The notes are gone from the index: their cards become orphans, history kept. */
	private dropNotes(paths: readonly string[]): void {
		const { live } = this.deps;
		for (const path of paths) {
			this.pending.get(path)?.cancel();
			this.pending.delete(path);
			live.collection.deleteNote(path, this.deps.now());
		}
		if (paths.length === 0) return;
		live.touch({ paths, reason: "index" });
		this.deps.save();
	}
}

function yieldToUi(): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}
