import { debounce, type Debouncer } from "obsidian";
import { Collection } from "../../core";
import { t } from "../i18n";
import { Backups, loadedBackup, localDay, timestamp } from "./backups";
import { folderFiles, mergeFiles, mergePending, messageOf, readFolder, type FolderRead, type Slices } from "./data-read";
import { copyAside, type RecoveryDeps } from "./data-recovery";
import type { DataFileIo } from "./data-io";
import { DataWriter } from "./data-writer";
import { DATA_FILE, PluginFolder, type FolderFiles } from "./plugin-folder";
import { readAtStart } from "./read-at-start";
import { DEFAULT_SHELL_SETTINGS, type ShellSettings } from "../settings/shell-settings";
import { runInSlices, SLICE_MS } from "../slices";
import { lateProgress, type DataNotices } from "./data-notices";

/** The collection and shell settings read from the plugin folder. */
export interface LoadedData {
	collection: Collection;
	shell: ShellSettings;
}

/** What to write: the current collection and shell settings. */
export type Snapshot = () => { collection: Collection; shell: ShellSettings };

/** A read that failed while another program may be writing is tried once more after this long. */
const REREAD_MS = 1000;

/**
 * The store's files in the plugin folder, handled so that an answer is never lost: read and validated
 * on load (an unreadable data.json is copied aside and the newest readable copy restored); only files
 * whose text changed are written, each whole or not at all; backup generations; debounced saves;
 * changes brought by sync merged into memory before the next save, and written back only when memory
 * adds to them; nothing written once the plugin is closed.
 */
export class PluginDataFile {
	private readOnlyReason: string | null = null;
	private snapshot: Snapshot | null = null;
	private dirty = false;
	private closed = false;
	private reloading = 0;
	private writing: Promise<void> = Promise.resolve();
	private readonly debounced: Debouncer<[], void>;
	private readonly folder: PluginFolder;
	private readonly backups: Backups;
	private readonly writer: DataWriter;
	private frozenNotified = "";
	private folderSignature = "";
	private syncTurn: Promise<void> = Promise.resolve();

	constructor(
		private readonly io: DataFileIo,
		private readonly deviceId: string,
		private readonly now: () => Date,
		private readonly notices: DataNotices,
		delayMs = 2000,
	) {
		this.debounced = debounce(() => void this.flush(), delayMs, false);
		this.folder = new PluginFolder(io.adapter, io.dir);
		this.backups = new Backups(this.folder);
		this.writer = new DataWriter(this.folder, (data) => io.saveData(data), io.cache);
	}

	/** Why nothing is saved this session, or null when saving works. */
	get readOnly(): string | null {
		return this.readOnlyReason;
	}

	/** Reads the store (in slices that let the app run); see `readAtStart`. A file it could not read is never written over unless restored. */
	async open(): Promise<LoadedData> {
		// Taken before reading: a change while reading shows at the next check of the folder.
		this.folderSignature = await this.signature();
		// A store read without a usable local cache replays every card: seconds at 50,000 cards.
		const progress = lateProgress(this.notices, this.now);
		const slices = this.slices(() => progress.show(t("data.loading")));
		const start = await readAtStart(this.io, this.recoveryDeps(slices)).finally(() => progress.end());
		if (start.kind === "first-start") return { collection: new Collection({ deviceId: this.deviceId }), shell: { ...DEFAULT_SHELL_SETTINGS } };
		if (start.kind === "unreadable") return this.readOnlySession(start.reason, start.copy);
		const { built, read } = start;
		if (start.kind === "restored") {
			// data.json is written again from the restored store; the other parts only where it adds to them.
			this.writer.remember(read.scan.parts, "");
			this.dirty = true;
			this.debounced();
		} else {
			this.writer.remember(built.files, built.shellText);
			if (mergePending(built.collection, built.files, read.scan.pending) > 0) this.requestSave();
		}
		this.writer.leftOver(Object.keys(read.scan.pending));
		this.noticeFrozen(built.collection);
		// Saves queue behind the backup, so it is made from what loaded, before anything is written.
		this.writing = this.backup(built.collection, built.shell, { ...read.scan.parts, ...built.files });
		return { collection: built.collection, shell: built.shell };
	}

	/** Tells the file what to write on each save. */
	attach(snapshot: Snapshot): void {
		this.snapshot = snapshot;
	}

	/** Marks the data changed; it is written a little later (at most one write per delay). */
	requestSave(): void {
		if (this.readOnlyReason !== null || this.closed) return;
		this.dirty = true;
		this.debounced();
	}

	/** Writes pending changes now (on unload, when a review closes). A closed file writes nothing. */
	async flush(): Promise<void> {
		this.debounced.cancel();
		if (this.closed || !this.dirty || this.readOnlyReason !== null || this.reloading > 0 || !this.snapshot) return this.writing;
		this.dirty = false;
		const { collection, shell } = this.snapshot();
		const files = collection.toFiles();
		const frozen = new Set(collection.readOnlyParts());
		// The device's cache holds megabytes of note texts in a large vault: built in slices, its first
		// step now, so that it stands for the files written here whatever is answered meanwhile.
		const local = runInSlices(collection.toLocalFilesInSteps(), () => true, undefined, SLICE_MS, this.slices().pause);
		this.writing = this.writing.then(async () => {
			try {
				await this.writer.write(files, shell, frozen, local);
				this.folderSignature = await this.signature();
			} catch (error) {
				this.dirty = true;
				this.notices.notify(t("data.saveFailed", { reason: messageOf(error) }));
			}
		});
		return this.writing;
	}

	/**
	 * The plugin unloads: pending changes are written now, and nothing is written afterwards (a late
	 * event of an unloaded plugin must not overwrite what its next instance saves). While a sync merge
	 * is reading, the changes go to temporary files instead, which the next load takes in.
	 */
	close(): Promise<void> {
		if (this.reloading > 0 && this.dirty && this.readOnlyReason === null && this.snapshot) {
			const { collection, shell } = this.snapshot();
			const files = collection.toFiles();
			const frozen = new Set(collection.readOnlyParts());
			this.writing = this.writing.then(() => this.writer.writePending(files, shell, frozen).catch((error: unknown) => console.error("Flashcard review: could not keep the last answers on unload", error)));
			this.dirty = false;
		}
		const written = this.flush();
		this.closed = true;
		// A merge stopped by the close never ends: its progress goes now.
		this.notices.progress(null);
		return written;
	}

	/**
	 * The folder changed on disk (sync): merges it into `current`, hands the result to `apply` and saves
	 * what memory adds to it, so a stale memory never overwrites newer synced answers and two devices do
	 * not keep writing the same data back to each other. Saves wait meanwhile; the plugin's own save in
	 * progress finishes before anything is read, so its half-written file is never taken for a damaged one.
	 */
	async reload(current: Collection, apply: (data: LoadedData) => void): Promise<void> {
		if (this.closed) return;
		// Saves wait from now on, also while an earlier sync event is merged: merges run one after the
		// other (each in slices; two in one collection must not interleave).
		this.reloading++;
		const turn = this.syncTurn.then(() => this.readAndTakeIn(current, apply)).finally(() => this.reloading--);
		this.syncTurn = turn.catch(() => undefined);
		await turn;
		await this.flush();
	}

	private async readAndTakeIn(current: Collection, apply: (data: LoadedData) => void): Promise<void> {
		if (this.closed) return;
		await this.writing;
		const signature = await this.signature();
		let read = await readFolder(() => this.io.loadData(), this.folder);
		if (read.error !== null && !this.closed) {
			// Another program may be writing it right now: one more look before calling it damaged.
			await this.io.wait(REREAD_MS);
			read = await readFolder(() => this.io.loadData(), this.folder);
		}
		if (!this.closed) await this.takeIn(read, current, apply);
		// Looked at whatever came of it: an unreadable file is not set aside again until it changes.
		this.folderSignature = signature;
	}

	/** Whether the parts changed on disk since this file last read or wrote them (sync tools report nothing). */
	async changedOnDisk(): Promise<boolean> {
		if (this.closed) return false;
		await this.writing;
		return (await this.signature()) !== this.folderSignature;
	}

	private async signature(): Promise<string> {
		try {
			return await this.folder.signature();
		} catch {
			return this.folderSignature;
		}
	}

	private async takeIn(read: FolderRead, current: Collection, apply: (data: LoadedData) => void): Promise<void> {
		if (read.error !== null) return this.setAsideExternal(read.error);
		if (read.raw === null || read.raw === undefined) {
			// Deleted (a sync tool does this): written again from memory. Gave nothing although there: wait.
			if (!read.dataExists) {
				this.writer.forget(DATA_FILE);
				this.dirty = this.readOnlyReason === null;
			}
			return;
		}
		const found = folderFiles(read);
		if (!found.ok) return this.setAsideExternal(found.reason);
		try {
			// Merged into memory, which keeps what the synced files do not hold (the notes read on this
			// device); a readable folder that arrives while read-only is taken in the same way. Not read
			// into a collection of its own first: the merge reads only the parts that changed. In slices
			// (a first sync of a large history replays every card): answers given meanwhile are kept.
			await mergeFiles(current, found.files, this.slices(), lateProgress(this.notices, this.now));
		} catch (error) {
			if (this.readOnlyReason !== null) return;
			return this.setAsideExternal(error);
		}
		const built = { ...found, collection: current, shellText: JSON.stringify(found.shell) };
		if (this.readOnlyReason !== null) {
			this.readOnlyReason = null;
			this.notices.notify(t("data.readableAgain"));
		}
		mergePending(built.collection, built.files, read.scan.pending);
		this.writer.leftOver(Object.keys(read.scan.pending));
		apply({ collection: built.collection, shell: built.shell });
		this.writer.remember(built.files, built.shellText);
		this.noticeFrozen(built.collection);
		if (this.writer.differs(built.collection.toFiles(), new Set(built.collection.readOnlyParts()))) this.dirty = true;
	}

	/** Long work runs in slices while the file is open, the app's timer letting it draw between them (`onPause` hears each). */
	private slices(onPause?: () => void): Slices {
		const pause = (): Promise<void> => this.io.wait(0);
		return { alive: () => !this.closed, pause: onPause ? () => pause().finally(onPause) : pause };
	}

	/** Parts written by a newer version: kept as they are, never written, and the user is told once. */
	private noticeFrozen(collection: Collection): void {
		const parts = collection.readOnlyParts();
		const key = parts.join("\n");
		if (key === this.frozenNotified) return;
		this.frozenNotified = key;
		if (parts.length === 0) return;
		this.notices.notify(t("data.newerVersion", { count: parts.length, parts: parts.join(", ") }));
	}

	/** An unreadable data.json arrived by sync while memory holds good data: it is kept aside and memory saved over it. */
	private async setAsideExternal(error: unknown): Promise<void> {
		const copy = await copyAside(this.recoveryDeps());
		this.writer.forget(DATA_FILE);
		this.dirty = this.readOnlyReason === null;
		const kept = copy ? [t("data.syncedKeptAs", { copy })] : [];
		this.notices.notify([t("data.syncedUnreadable", { reason: messageOf(error) }), ...kept, t("data.reviewsKept")].join(" "));
	}

	private readOnlySession(reason: string, copy: string | null): LoadedData {
		this.readOnlyReason = reason;
		this.debounced.cancel();
		this.dirty = false;
		const kept = copy ? [t("data.copySaved", { copy })] : [];
		this.notices.notify([t("data.unreadable", { reason }), ...kept, t("data.noBackup")].join(" "));
		return { collection: new Collection({ deviceId: this.deviceId }), shell: { ...DEFAULT_SHELL_SETTINGS } };
	}

	private recoveryDeps(slices = this.slices()): RecoveryDeps {
		return { folder: this.folder, backups: this.backups, deviceId: this.deviceId, slices, stamp: () => timestamp(this.now()), notify: (message) => this.notices.notify(message) };
	}

	/** Today's backup generation, from the store as it loaded (at most one a day; see `loadedBackup`). */
	private async backup(collection: Collection, shell: ShellSettings, loaded: FolderFiles): Promise<void> {
		try {
			const richer = await this.backups.daily(localDay(this.now()), () => loadedBackup(collection, shell, loaded));
			if (richer) this.notices.notify(t("data.fewerAnswers", { date: richer.date, answers: richer.answers, path: this.folder.path(richer.name) }));
		} catch (error) {
			console.warn("Flashcard review: could not make today's backup", error);
		}
	}
}
