import { normalizePath, type DataAdapter } from "obsidian";
import { DATA_FILE } from "../../core";

/** The adapter calls the plugin folder needs (all documented DataAdapter methods). */
export type FolderAdapter = Pick<DataAdapter, "exists" | "stat" | "list" | "read" | "write" | "remove" | "rename" | "copy" | "mkdir">;

/** The entry point, read and written through loadData/saveData so Obsidian knows its own writes. */
export { DATA_FILE };
/** A write in progress: `<name>.tmp` holds the whole new text until it takes the name's place. */
export const TEMP_SUFFIX = ".tmp";
/** Sub-folder of this device's backups (not a synced part). */
export const BACKUP_FOLDER = "backups";

/** What Obsidian installs in the folder, and this layer's own files: none is a part of the store. */
const NOT_PARTS = new Set(["main.js", "manifest.json", "styles.css", DATA_FILE, "data.backup.json"]);

/** Files of the plugin folder by path relative to it, as text. */
export type FolderFiles = Record<string, string>;

/** The parts of the store found in the folder, and writes that were cut short (by the name they were for). */
export interface FolderScan {
	parts: FolderFiles;
	pending: FolderFiles;
}

/**
 * The plugin folder (manifest.dir) through the vault adapter, which works there on every platform
 * (config-folder files are not vault files). Writes go through a temporary file and a rename, so a
 * write cut short leaves the previous text whole and the new text in `<name>.tmp`.
 */
export class PluginFolder {
	/** Text of each part as last read or written, with the size and time it had: unchanged parts are not read again. */
	private readonly seen = new Map<string, { mtime: number; size: number; text: string }>();

	constructor(
		private readonly adapter: FolderAdapter,
		private readonly dir: string,
	) {}

	/** A path in the folder, normalized as the adapter wants it. */
	path(name: string): string {
		return normalizePath(`${this.dir}/${name}`);
	}

	async exists(name: string): Promise<boolean> {
		return this.adapter.exists(this.path(name));
	}

	async read(name: string): Promise<string> {
		return this.adapter.read(this.path(name));
	}

	/** Every part of the store other than data.json, and any write cut short, read as text. */
	async scan(): Promise<FolderScan> {
		const scan: FolderScan = { parts: {}, pending: {} };
		for (const name of await this.names("")) {
			if (name.endsWith(TEMP_SUFFIX)) scan.pending[name.slice(0, -TEMP_SUFFIX.length)] = await this.read(name);
			else if (isPart(name)) scan.parts[name] = await this.readPart(name);
		}
		return scan;
	}

	/** A part's text, read again only when its size or time changed since it was last read or written. */
	private async readPart(name: string): Promise<string> {
		const stat = await this.adapter.stat(this.path(name));
		const known = this.seen.get(name);
		if (stat && known && known.mtime === stat.mtime && known.size === stat.size) return known.text;
		const text = await this.read(name);
		// The time taken before the read: a change during it makes the next look read again.
		if (stat) this.seen.set(name, { mtime: stat.mtime, size: stat.size, text });
		return text;
	}

	/**
	 * Names, sizes and modification times of data.json, the parts and writes cut short: changes when sync
	 * brings another version (also of data.json, whose change Obsidian may miss when a sync tool renames a
	 * file over it), or when an instance unloading during a merge leaves its last answers in `.tmp` files.
	 */
	async signature(): Promise<string> {
		const entries: string[] = [];
		for (const name of await this.names("")) {
			if (name !== DATA_FILE && !isPart(name) && !name.endsWith(TEMP_SUFFIX)) continue;
			const stat = await this.adapter.stat(this.path(name));
			entries.push(`${name}:${stat?.mtime ?? 0}:${stat?.size ?? 0}`);
		}
		return entries.sort().join("\n");
	}

	/** Writes `text` whole or not at all: a temporary file first, then a rename over the old one. */
	async writeWhole(name: string, text: string): Promise<void> {
		const target = this.path(name);
		const temp = this.path(name + TEMP_SUFFIX);
		const slash = name.lastIndexOf("/");
		if (slash > 0 && !(await this.adapter.exists(this.path(name.slice(0, slash))))) await this.adapter.mkdir(this.path(name.slice(0, slash)));
		await this.adapter.write(temp, text);
		try {
			await this.adapter.rename(temp, target);
		} catch (error) {
			// Adapters that refuse to rename over a file: the old one goes first; until the rename, the
			// whole new text is in the temporary file, which the next load takes in.
			if (!(await this.adapter.exists(target))) throw error;
			await this.adapter.remove(target);
			await this.adapter.rename(temp, target);
		}
		const stat = await this.adapter.stat(target);
		if (stat) this.seen.set(name, { mtime: stat.mtime, size: stat.size, text });
		else this.seen.delete(name);
	}

	/** Writes through the adapter without a temporary file (for a pending copy of data.json). */
	async write(name: string, text: string): Promise<void> {
		await this.adapter.write(this.path(name), text);
	}

	async remove(name: string): Promise<void> {
		if (await this.adapter.exists(this.path(name))) await this.adapter.remove(this.path(name));
	}

	/** Copies a file aside under `<stem>-<stamp>[-n].json`, never over another file; the copy's path. */
	async copyAside(name: string, stem: string, stamp: string): Promise<string | null> {
		if (!(await this.exists(name))) return null;
		let target = this.path(`${stem}-${stamp}.json`);
		for (let n = 2; await this.adapter.exists(target); n++) target = this.path(`${stem}-${stamp}-${n}.json`);
		await this.adapter.copy(this.path(name), target);
		return target;
	}

	/** File names under a sub-folder (relative to the plugin folder), sub-folders included, backups left out. */
	async names(under: string): Promise<string[]> {
		const folder = under === "" ? this.path("") : this.path(under);
		if (!(await this.adapter.exists(folder))) return [];
		const listed = await this.adapter.list(folder);
		const prefix = this.path("").length + 1;
		const names = listed.files.map((file) => file.slice(prefix));
		for (const sub of listed.folders) {
			const name = sub.slice(prefix);
			if (under !== "" || name !== BACKUP_FOLDER) names.push(...(await this.names(name)));
		}
		return names;
	}
}

/** Whether a file of the folder is a part of the store (as opposed to the plugin's code or this layer's files). */
export function isPart(name: string): boolean {
	if (NOT_PARTS.has(name) || name.endsWith(TEMP_SUFFIX)) return false;
	const base = name.slice(name.lastIndexOf("/") + 1);
	return !base.startsWith(".") && !base.startsWith("data.corrupt-") && !name.startsWith(`${BACKUP_FOLDER}/`);
}
