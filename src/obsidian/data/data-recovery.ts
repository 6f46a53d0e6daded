import { t } from "../i18n";
import type { Backups } from "./backups";
import { fromFiles, mergePending, splitDiskFiles, type Built, type FolderRead, type Slices } from "./data-read";
import type { LocalFiles } from "./local-cache";
import { DATA_FILE, TEMP_SUFFIX, type FolderFiles, type PluginFolder } from "./plugin-folder";
import { DEFAULT_SHELL_SETTINGS } from "../settings/shell-settings";

/** What restoring needs. */
export interface RecoveryDeps {
	folder: PluginFolder;
	backups: Backups;
	deviceId: string;
	/** How a candidate store is read (in slices). */
	slices: Slices;
	/** Local time stamp for the name of the copy set aside. */
	stamp: () => string;
	notify: (message: string) => void;
}

/** How the store was brought back, if it was. */
export type Recovery = { kind: "restored"; built: Built & { ok: true } } | { kind: "first-start" } | { kind: "unreadable"; copy: string | null };

interface Candidate {
	/** What the user is told it was restored from. */
	label: string;
	disk: FolderFiles;
	/** A backup: the parts on disk (newer, other devices' among them) are merged in, never replaced by it. */
	backup?: true;
}

/**
 * data.json could not be read (`reason`), or is missing: the unreadable file is copied aside and the
 * newest readable copy restored: the save that had not finished, the other parts of the store, then
 * the backups newest first (earlier versions' data.backup.json last). A notice says what happened and
 * where the copy is. Nothing at all in the folder is a first start; nothing readable, a read-only session.
 */
export async function recoverStore(read: FolderRead, reason: string, deps: RecoveryDeps, local: LocalFiles | null): Promise<Recovery> {
	const missing = read.error === null && (read.raw === null || read.raw === undefined) && !read.dataExists;
	const { parts, pending } = read.scan;
	const candidates: Candidate[] = [];
	const unfinished = pending[DATA_FILE];
	if (unfinished !== undefined) candidates.push({ label: t("data.fromUnfinished", { path: deps.folder.path(DATA_FILE + TEMP_SUFFIX) }), disk: { ...parts, [DATA_FILE]: unfinished } });
	if (missing && Object.keys(parts).length > 0) candidates.push({ label: t("data.fromParts"), disk: parts });
	for (const backup of await safeCandidates(deps.backups)) candidates.push({ label: t("data.fromBackup", { date: backup.date, path: backup.path }), disk: backup.files, backup: true });
	if (missing && candidates.length === 0) return { kind: "first-start" };

	const copy = missing ? null : await copyAside(deps);
	for (const candidate of candidates) {
		let built: Built;
		try {
			const { files, shell } = splitDiskFiles(candidate.disk, DEFAULT_SHELL_SETTINGS);
			built = await fromFiles(files, shell, deps.deviceId, local, deps.slices);
		} catch {
			continue;
		}
		if (!built.ok) continue;
		const { [DATA_FILE]: _data, ...otherPending } = pending;
		if (candidate.backup) mergePending(built.collection, built.files, parts);
		mergePending(built.collection, built.files, otherPending);
		const what = missing ? t("data.missing") : t("data.unreadable", { reason });
		const kept = copy ? [t("data.keptAs", { copy })] : [];
		deps.notify([what, ...kept, t("data.restored", { from: candidate.label })].join(" "));
		return { kind: "restored", built };
	}
	return { kind: "unreadable", copy };
}

async function safeCandidates(backups: Backups): ReturnType<Backups["candidates"]> {
	try {
		return await backups.candidates();
	} catch (error) {
		console.warn("Flashcard review: the backups could not be listed", error);
		return [];
	}
}

/** Copies data.json aside as `data.corrupt-<local time>.json` (never over another copy). */
export async function copyAside(deps: Pick<RecoveryDeps, "folder" | "stamp">): Promise<string | null> {
	try {
		return await deps.folder.copyAside(DATA_FILE, "data.corrupt", deps.stamp());
	} catch (error) {
		console.error("Flashcard review: could not copy the unreadable data file aside", error);
		return null;
	}
}
