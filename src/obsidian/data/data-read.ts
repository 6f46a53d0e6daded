import { Collection } from "../../core";
import { formatNumber, t } from "../i18n";
import type { LateProgress } from "./data-notices";
import type { LocalFiles } from "./local-cache";
import { splitPluginData, storeText } from "./plugin-data";
import { DATA_FILE, type FolderFiles, type FolderScan, type PluginFolder } from "./plugin-folder";
import type { ShellSettings } from "../settings/shell-settings";
import { runInSlices, SLICE_MS } from "../slices";

/** What one look at the plugin folder found. */
export interface FolderRead {
	/** What loadData() gave for data.json (null or undefined: nothing). */
	raw: unknown;
	/** Why loadData() failed, when it threw. */
	error: unknown;
	/** Whether data.json is there (true when that cannot be told). */
	dataExists: boolean;
	scan: FolderScan;
}

/** A store read from the folder, with the files as the collection sees them (data.json without the shell key). */
export type Built = { ok: true; collection: Collection; shell: ShellSettings; files: FolderFiles; shellText: string } | { ok: false; reason: string };

/** Reads data.json through loadData (so Obsidian knows the file's time) and every other part through the adapter. */
export async function readFolder(loadData: () => Promise<unknown>, folder: PluginFolder): Promise<FolderRead> {
	let raw: unknown = null;
	let error: unknown = null;
	try {
		raw = await loadData();
	} catch (thrown) {
		error = thrown ?? new Error("the file could not be read");
	}
	let scan: FolderScan = { parts: {}, pending: {} };
	try {
		scan = await folder.scan();
	} catch (thrown) {
		console.warn("Flashcard review: the plugin folder could not be listed", thrown);
	}
	let dataExists = true;
	if (raw === null || raw === undefined) {
		try {
			dataExists = await folder.exists(DATA_FILE);
		} catch {
			dataExists = true;
		}
	}
	return { raw, error, dataExists, scan };
}

/** The files as the collection reads them (data.json without the shell key) and the shell settings, or why there are none. */
export function folderFiles(read: FolderRead): { ok: true; files: FolderFiles; shell: ShellSettings } | { ok: false; reason: string } {
	if (read.error !== null) return { ok: false, reason: messageOf(read.error) };
	if (read.raw === null || read.raw === undefined) {
		// Nothing read although the file is there (a read that raced a write, an empty file): it may hold
		// every answer, so it is never taken for a first start.
		return { ok: false, reason: read.dataExists ? t("data.noData") : t("data.fileMissing") };
	}
	const { store, shell } = splitPluginData(read.raw);
	return { ok: true, files: { ...read.scan.parts, [DATA_FILE]: JSON.stringify(store) }, shell };
}

/** How long work runs: in slices while `alive()` holds (never settling once it does not), `pause` letting the app run between them. */
export interface Slices {
	alive: () => boolean;
	pause: () => Promise<void>;
}

/** The collection the folder holds, or why it cannot be read. */
export async function buildFrom(read: FolderRead, deviceId: string, local: LocalFiles | null, slices: Slices): Promise<Built> {
	const found = folderFiles(read);
	return found.ok ? fromFiles(found.files, found.shell, deviceId, local, slices) : found;
}

/**
 * The collection of a set of files (data.json without the shell key), or why not: read in slices that
 * let the app draw between them (a large store is a second or more of reading on a phone).
 */
export async function fromFiles(files: FolderFiles, shell: ShellSettings, deviceId: string, local: LocalFiles | null, slices: Slices): Promise<Built> {
	try {
		const steps = Collection.fromFilesInSteps(files, { deviceId, ...(local ? { files: local } : {}) });
		const collection = await runInSlices(steps, slices.alive, undefined, SLICE_MS, slices.pause);
		return { ok: true, collection, shell, files, shellText: JSON.stringify(shell) };
	} catch (error) {
		return { ok: false, reason: messageOf(error) };
	}
}

/**
 * Merges a set of files into `current` in slices that let the app run (a first sync of a large history
 * replays every card), saying how many cards it has merged through `progress`, taken down at the end.
 * Once `slices.alive()` fails the merge stops and never settles.
 */
export async function mergeFiles(current: Collection, files: FolderFiles, slices: Slices, progress: LateProgress): Promise<void> {
	const count = (n: number): string => formatNumber(n, { grouping: true });
	try {
		await runInSlices(current.mergeInSteps(files), slices.alive, (at) => progress.show(t("data.merging", { done: count(at.done), total: count(at.total) })), SLICE_MS, slices.pause);
	} finally {
		progress.end();
	}
}

/** Files as stored on disk (data.json with the shell key) → as the collection reads them, with the shell settings. */
export function splitDiskFiles(disk: FolderFiles, fallback: ShellSettings): { files: FolderFiles; shell: ShellSettings } {
	const text = disk[DATA_FILE];
	if (text === undefined) return { files: { ...disk }, shell: fallback };
	const { store, shell } = storeText(text);
	return { files: { ...disk, [DATA_FILE]: store }, shell };
}

/**
 * Takes in writes that were cut short (a save that stopped between its temporary file and the rename,
 * or the pending copy of data.json): a union cannot lose anything, and a copy that cannot be read is
 * left out. Returns how many were taken in.
 */
export function mergePending(collection: Collection, files: FolderFiles, pending: FolderFiles): number {
	let merged = 0;
	for (const [name, text] of Object.entries(pending)) {
		try {
			const store = name === DATA_FILE ? storeText(text).store : text;
			collection.merge({ ...files, [name]: store });
			merged++;
		} catch {
			// A temporary file cut short: what it was to replace is still whole.
		}
	}
	return merged;
}

export function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
