/**
 * The plugin folder of a fake vault as files: what a sync tool copies between devices, and the store
 * those files hold (layout 4 keeps it in several files beside data.json, see
 * docs/decisions/store-schema.md), read the way the plugin reads it at start-up.
 */
import { Collection } from "../../../src/core";
import { diskText } from "../../../src/obsidian/data/data-writer";
import { storeText } from "../../../src/obsidian/data/plugin-data";
import { DEFAULT_SHELL_SETTINGS, type ShellSettings } from "../../../src/obsidian/settings/shell-settings";
import type { FakeAdapter } from "../../__mocks__/obsidian";

/** The plugin's folder in every fake vault (manifest.dir). */
export const PLUGIN_DIR = ".obsidian/plugins/flashcard-review";

/** Files of the plugin folder by name relative to it, as text. */
export type FolderFiles = Record<string, string>;

/** Every file at the top of the plugin folder, as stored: what a sync tool copies (the backups sub-folder stays on the device). */
export function folderFiles(adapter: FakeAdapter, dir = PLUGIN_DIR): FolderFiles {
	const files: FolderFiles = {};
	for (const [path, entry] of adapter.files) {
		const name = path.slice(dir.length + 1);
		if (path.startsWith(`${dir}/`) && !name.includes("/") && typeof entry.content === "string") files[name] = entry.content;
	}
	return files;
}

/** Files as stored (data.json with the shell's settings beside the store) as the collection reads them: JSON files, data.json without the shell's key. */
export function storeFiles(disk: FolderFiles): FolderFiles {
	const files: FolderFiles = {};
	for (const [name, text] of Object.entries(disk)) {
		if (name.endsWith(".json")) files[name] = name === "data.json" ? storeText(text).store : text;
	}
	return files;
}

/**
 * The store that files as stored hold, read as device `deviceId` at its next start: the union of every
 * part, with that device's local cache (note texts, states) when given. Without it the store has the
 * synced data only (answers, bury and suspend, orphans, options): a device's notes are read from its vault.
 */
export function readStore(disk: FolderFiles, deviceId = "reader", local?: FolderFiles): Collection {
	return Collection.fromFiles(storeFiles(disk), { deviceId, ...(local ? { files: local } : {}) });
}

/** The store the plugin folder holds (see `readStore`). */
export function storeOnDisk(adapter: FakeAdapter, deviceId = "reader", local?: FolderFiles, dir = PLUGIN_DIR): Collection {
	return readStore(folderFiles(adapter, dir), deviceId, local);
}

/** Writes files into the plugin folder as a sync tool brings them (each with the time given). */
export function putFiles(adapter: FakeAdapter, files: FolderFiles, mtime = Date.now(), dir = PLUGIN_DIR): void {
	for (const [name, text] of Object.entries(files)) adapter.writeSync(`${dir}/${name}`, text, mtime);
}

/** Copies every file of one plugin folder into another, as a sync tool that saw only `from` change does. */
export function copyFolder(from: FakeAdapter, to: FakeAdapter, mtime = Date.now(), dir = PLUGIN_DIR): void {
	putFiles(to, folderFiles(from, dir), mtime, dir);
}

/** The files a device with `collection` in memory writes, as stored: its parts, and data.json with `shell` beside the store. */
export function diskFilesOf(collection: Collection, shell: ShellSettings = DEFAULT_SHELL_SETTINGS): FolderFiles {
	const files = collection.toFiles();
	const data = files["data.json"];
	if (data !== undefined) files["data.json"] = diskText(data, shell);
	return files;
}

/**
 * Writes what `collection` (another device's store) writes into the folder, as sync brings that
 * device's files: its parts, and data.json with the shell's settings that were there (when readable).
 */
export function putStore(adapter: FakeAdapter, collection: Collection, mtime = Date.now(), dir = PLUGIN_DIR): void {
	putFiles(adapter, diskFilesOf(collection, shellOnDisk(adapter, dir)), mtime, dir);
}

function shellOnDisk(adapter: FakeAdapter, dir: string): ShellSettings {
	try {
		return storeText(adapter.readSync(`${dir}/data.json`)).shell;
	} catch {
		return DEFAULT_SHELL_SETTINGS;
	}
}
