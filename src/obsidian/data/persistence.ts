import { debounce, normalizePath, type DataAdapter, type Debouncer, type Plugin } from "obsidian";
import { Collection } from "../../core";
import { joinPluginData, splitPluginData } from "./plugin-data";
import { DEFAULT_SHELL_SETTINGS, type ShellSettings } from "../settings/shell-settings";

/** What the data file needs from Obsidian: the plugin's loadData/saveData and its folder. */
export interface DataFileIo {
	loadData(): Promise<unknown>;
	saveData(data: unknown): Promise<void>;
	adapter: Pick<DataAdapter, "exists" | "copy" | "stat" | "read" | "write">;
	/** The plugin's folder in the config directory (manifest.dir). */
	dir: string;
}

/** The data file's access to Obsidian, from the plugin: its data.json and its folder (manifest.dir). */
export function pluginDataIo(plugin: Pick<Plugin, "app" | "manifest" | "loadData" | "saveData">): DataFileIo {
	const { app, manifest } = plugin;
	return {
		loadData: () => plugin.loadData() as Promise<unknown>,
		saveData: (data) => plugin.saveData(data),
		adapter: app.vault.adapter,
		dir: manifest.dir ?? normalizePath(`${app.vault.configDir}/plugins/${manifest.id}`),
	};
}

/** The collection and shell settings read from data.json. */
export interface LoadedData {
	collection: Collection;
	shell: ShellSettings;
}

/** What to write: the current collection and shell settings. */
export type Snapshot = () => { collection: Collection; shell: ShellSettings };

/**
 * data.json, handled so that a review is never lost: validated on load; a file that cannot be read
 * is copied aside and never written over (the session runs read-only); a last-good backup at most
 * once a day; debounced saves; external changes (sync) merged into memory before the next save, and
 * written back only when memory adds to them; nothing written once the plugin is closed.
 */
export class PluginDataFile {
	private readOnlyReason: string | null = null;
	private snapshot: Snapshot | null = null;
	private dirty = false;
	private closed = false;
	private reloading = 0;
	private writing: Promise<void> = Promise.resolve();
	private readonly debounced: Debouncer<[], void>;

	constructor(
		private readonly io: DataFileIo,
		private readonly deviceId: string,
		private readonly now: () => Date,
		private readonly notify: (message: string) => void,
		delayMs = 2000,
	) {
		this.debounced = debounce(() => void this.flush(), delayMs, false);
	}

	/** Why nothing is saved this session, or null when saving works. */
	get readOnly(): string | null {
		return this.readOnlyReason;
	}

	async open(): Promise<LoadedData> {
		let raw: unknown;
		try {
			raw = await this.io.loadData();
		} catch (error) {
			return this.quarantine(error);
		}
		if (raw === null || raw === undefined) {
			// Nothing read although a file is there (a read that raced a write, an empty file): it may
			// hold every review, so it is treated as unreadable, never as a first start.
			if (await this.dataFileMayExist()) return this.quarantine(new Error("the file is there but gave no data"));
			return { collection: new Collection({ deviceId: this.deviceId }), shell: { ...DEFAULT_SHELL_SETTINGS } };
		}
		const { store, shell } = splitPluginData(raw);
		let collection: Collection;
		try {
			collection = Collection.fromJSON(store, { deviceId: this.deviceId });
		} catch (error) {
			return this.quarantine(error);
		}
		// Saves queue behind the backup, so it never copies a half-written file.
		this.writing = this.backup();
		return { collection, shell };
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

	/** Writes pending changes now (on unload, when a review closes). */
	async flush(): Promise<void> {
		this.debounced.cancel();
		if (!this.dirty || this.readOnlyReason !== null || this.reloading > 0 || !this.snapshot) return this.writing;
		this.dirty = false;
		const { collection, shell } = this.snapshot();
		const data = joinPluginData(collection.toJSON(), shell);
		this.writing = this.writing.then(async () => {
			try {
				await this.io.saveData(data);
			} catch (error) {
				this.dirty = true;
				this.notify(`Your flashcard reviews could not be saved: ${messageOf(error)}`);
			}
		});
		return this.writing;
	}

	/**
	 * The plugin unloads: pending changes are written now, and nothing is written afterwards (a late
	 * event of an unloaded plugin must not overwrite what its next instance saves).
	 */
	close(): Promise<void> {
		const written = this.flush();
		this.closed = true;
		return written;
	}

	/**
	 * data.json changed on disk (sync): merges it into `current`, hands the result to `apply` and
	 * saves the union when memory added to the file, so a stale memory never overwrites newer synced
	 * reviews and two devices do not keep writing the same data back to each other. Saves wait meanwhile.
	 */
	async reload(current: Collection, apply: (data: LoadedData) => void): Promise<void> {
		if (this.closed) return;
		this.reloading++;
		try {
			const read = await this.readExternal(current);
			if (read) {
				apply(read.data);
				const union = JSON.stringify(joinPluginData(read.data.collection.toJSON(), read.data.shell));
				// Changes made meanwhile are still marked; the union is written only if the file lacks some of it.
				if (this.readOnlyReason === null && union !== JSON.stringify(read.raw)) this.dirty = true;
			}
		} finally {
			this.reloading--;
		}
		await this.flush();
	}

	private async readExternal(current: Collection): Promise<{ data: LoadedData; raw: unknown } | null> {
		let raw: unknown;
		try {
			raw = await this.io.loadData();
		} catch (error) {
			await this.setAsideExternal(error);
			return null;
		}
		if (raw === null || raw === undefined) return null;
		const { store, shell } = splitPluginData(raw);
		if (this.readOnlyReason !== null) {
			const recovered = this.recover(store, shell, current);
			return recovered && { data: recovered, raw };
		}
		try {
			current.merge(store);
		} catch (error) {
			await this.setAsideExternal(error);
			return null;
		}
		return { data: { collection: current, shell }, raw };
	}

	/** A readable file arrived while read-only: it becomes the store, with this session merged in. */
	private recover(store: unknown, shell: ShellSettings, session: Collection): LoadedData | null {
		let collection: Collection;
		try {
			collection = Collection.fromJSON(store, { deviceId: this.deviceId });
			collection.merge(session.toJSON());
		} catch {
			return null;
		}
		this.readOnlyReason = null;
		this.notify("Your flashcard data is readable again; saving works again.");
		return { collection, shell };
	}

	/**
	 * An unreadable file arrived from outside (a half-synced or damaged copy) while memory holds good
	 * data: the file is kept aside and memory is saved over it, so neither is lost.
	 */
	private async setAsideExternal(error: unknown): Promise<void> {
		const copy = await this.copyAside();
		this.dirty = this.readOnlyReason === null;
		const where = copy ? ` It was kept as ${copy}.` : "";
		this.notify(`A synced copy of your flashcard data could not be read (${messageOf(error)}).${where} Your reviews on this device are kept.`);
	}

	private async quarantine(error: unknown): Promise<LoadedData> {
		const reason = messageOf(error);
		const copy = await this.copyAside();
		this.readOnlyReason = reason;
		this.debounced.cancel();
		this.dirty = false;
		const where = copy ? ` A copy of the file was saved as ${copy}.` : "";
		this.notify(`Your flashcard data could not be read (${reason}).${where} Nothing will be saved until the file is fixed, so reviews made now are not kept.`);
		return { collection: new Collection({ deviceId: this.deviceId }), shell: { ...DEFAULT_SHELL_SETTINGS } };
	}

	/** A file in the plugin folder (manifest.dir), as the adapter wants it: normalized. */
	private path(name: string): string {
		return normalizePath(`${this.io.dir}/${name}`);
	}

	/** Whether data.json is there; when that cannot be told, it may be. */
	private async dataFileMayExist(): Promise<boolean> {
		try {
			return await this.io.adapter.exists(this.path("data.json"));
		} catch {
			return true;
		}
	}

	private async copyAside(): Promise<string | null> {
		const source = this.path("data.json");
		try {
			if (!(await this.io.adapter.exists(source))) return null;
			const stamp = timestamp(this.now());
			let target = this.path(`data.corrupt-${stamp}.json`);
			for (let n = 2; await this.io.adapter.exists(target); n++) target = this.path(`data.corrupt-${stamp}-${n}.json`);
			await this.io.adapter.copy(source, target);
			return target;
		} catch (error) {
			console.error("Flashcard review: could not copy the unreadable data file aside", error);
			return null;
		}
	}

	/**
	 * Keeps data.backup.json as the last file that loaded cleanly, refreshed at most once a day. It is
	 * written, not copied, so its time is the day of the backup (a copy may keep the source's time) and
	 * the old backup stays whole until the new one replaces it.
	 */
	private async backup(): Promise<void> {
		const source = this.path("data.json");
		const target = this.path("data.backup.json");
		try {
			const stat = await this.io.adapter.stat(target);
			if (stat && new Date(stat.mtime).toDateString() === this.now().toDateString()) return;
			if (await this.io.adapter.exists(source)) await this.io.adapter.write(target, await this.io.adapter.read(source));
		} catch (error) {
			console.warn("Flashcard review: could not refresh the backup", error);
		}
	}
}

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

/** Local time as YYYY-MM-DD-HHmmss, for file names. */
export function timestamp(date: Date): string {
	const two = (n: number): string => String(n).padStart(2, "0");
	return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}-${two(date.getHours())}${two(date.getMinutes())}${two(date.getSeconds())}`;
}
