import type { LocalCache, LocalFiles } from "./local-cache";
import { joinPluginData } from "./plugin-data";
import { DATA_FILE, TEMP_SUFFIX, type FolderFiles, type PluginFolder } from "./plugin-folder";
import type { ShellSettings } from "../settings/shell-settings";
import type { Sliced } from "../slices";

/**
 * Writes the store's files, only those whose text differs from what is on disk: the parts first, each
 * through a temporary file and a rename, data.json last (so it never names a part not written yet).
 */
export class DataWriter {
	/** Text of each synced file as last read or written (data.json without the shell key). */
	private onDisk = new Map<string, string>();
	private shellOnDisk = "";
	/** Writes cut short found on load: their temporary files go once the store is saved. */
	private readonly leftovers = new Set<string>();

	constructor(
		private readonly folder: PluginFolder,
		private readonly saveData: (data: unknown) => Promise<void>,
		private readonly cache: LocalCache,
	) {}

	/** What the folder holds now, as read. */
	remember(files: FolderFiles, shellText: string): void {
		this.onDisk = new Map(Object.entries(files));
		this.shellOnDisk = shellText;
	}

	/** A file gone or unreadable on disk: the next save writes it whatever memory holds. */
	forget(name: string): void {
		this.onDisk.delete(name);
	}

	/** Temporary files of writes cut short, removed after the next save. */
	leftOver(names: string[]): void {
		for (const name of names) this.leftovers.add(name);
	}

	/** Whether memory's files add anything to what is on disk. */
	differs(files: FolderFiles, frozen: ReadonlySet<string>): boolean {
		return Object.entries(files).some(([name, text]) => !frozen.has(name) && this.onDisk.get(name) !== text);
	}

	/** Writes what changed; parts a newer version wrote (`frozen`) never; the local cache last, once built. Throws when a write fails. */
	async write(files: FolderFiles, shell: ShellSettings, frozen: ReadonlySet<string>, local: Sliced<LocalFiles>): Promise<void> {
		for (const [name, text] of Object.entries(files)) {
			if (name === DATA_FILE || frozen.has(name) || this.onDisk.get(name) === text) continue;
			await this.folder.writeWhole(name, text);
			this.onDisk.set(name, text);
		}
		await this.writeData(files[DATA_FILE], shell, frozen);
		for (const name of this.leftovers) await this.folder.remove(name + TEMP_SUFFIX);
		this.leftovers.clear();
		await this.cache.write(await local);
	}

	/** Unload during a sync merge: changed files go to their temporary names only, never over the files. */
	async writePending(files: FolderFiles, shell: ShellSettings, frozen: ReadonlySet<string>): Promise<void> {
		for (const [name, text] of Object.entries(files)) {
			if (frozen.has(name) || this.onDisk.get(name) === text) continue;
			await this.folder.write(name + TEMP_SUFFIX, name === DATA_FILE ? diskText(text, shell) : text);
		}
	}

	/**
	 * data.json goes through saveData, so Obsidian does not report the plugin's own write as a change.
	 * saveData is not promised to be atomic: the whole new text is first kept in data.json.tmp, which
	 * the next load takes in if the write was cut short. A data.json deleted meanwhile is written again.
	 */
	private async writeData(text: string | undefined, shell: ShellSettings, frozen: ReadonlySet<string>): Promise<void> {
		if (text === undefined || frozen.has(DATA_FILE)) return;
		const shellText = JSON.stringify(shell);
		const same = text === this.onDisk.get(DATA_FILE) && shellText === this.shellOnDisk;
		if (same && (await this.folder.exists(DATA_FILE))) return;
		const joined = joinPluginData(JSON.parse(text) as object, shell);
		await this.folder.write(DATA_FILE + TEMP_SUFFIX, JSON.stringify(joined));
		await this.saveData(joined);
		await this.folder.remove(DATA_FILE + TEMP_SUFFIX);
		this.onDisk.set(DATA_FILE, text);
		this.shellOnDisk = shellText;
	}
}

/** data.json's text as stored: the collection's JSON with the shell settings beside it. */
export function diskText(storeText: string, shell: ShellSettings): string {
	return JSON.stringify(joinPluginData(JSON.parse(storeText) as object, shell));
}
