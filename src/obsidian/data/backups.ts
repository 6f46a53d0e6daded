import type { Collection } from "../../core";
import type { ShellSettings } from "../settings/shell-settings";
import { diskText } from "./data-writer";
import { BACKUP_FOLDER, DATA_FILE, type FolderFiles, type PluginFolder } from "./plugin-folder";

/** What a backup file holds: every synced file of the plugin folder as it was on that day. */
const BACKUP_FORMAT = "flashcard-review/backup";
/** The single backup earlier versions wrote beside data.json; read as the oldest generation. */
const LEGACY_BACKUP = "data.backup.json";
/** `backups/2025-03-10 (1234 answers).json`: the day and the answer count are read from the name alone. */
const NAME = /^(\d{4}-\d{2}-\d{2}) \((\d+) answers?\)\.json$/;

/** One backup generation. */
export interface BackupInfo {
	/** Path relative to the plugin folder. */
	name: string;
	/** Local day it was made, YYYY-MM-DD. */
	date: string;
	answers: number;
}

/**
 * What a backup of the store as it loaded holds: every part it was read from (`loaded`, other
 * devices' among them: this device writes only its own), with this device's files as it writes them
 * now, and its answer count.
 */
export function loadedBackup(collection: Collection, shell: ShellSettings, loaded: FolderFiles): { files: FolderFiles; answers: number } {
	const files = { ...loaded, ...collection.toFiles() };
	const text = files[DATA_FILE];
	if (text !== undefined) files[DATA_FILE] = diskText(text, shell);
	// From the log's counts: building every card's info for a number held the day's first start 0.7 s at 50,000 cards.
	return { files, answers: collection.answerCount() };
}

/** A store to try when the files cannot be read: newest first. */
export interface BackupCandidate {
	/** Where it is, as the user can find it. */
	path: string;
	/** When it was made, for the notice. */
	date: string;
	files: FolderFiles;
}

/**
 * Backup generations in the plugin folder's `backups/` sub-folder, one a day at most: every one of the
 * last week, one a week for a month before that, the newest and the one with the most answers always.
 */
export class Backups {
	constructor(private readonly folder: PluginFolder) {}

	/** Every generation, newest first. */
	async list(): Promise<BackupInfo[]> {
		const found: BackupInfo[] = [];
		for (const name of await this.folder.names(BACKUP_FOLDER)) {
			const match = NAME.exec(name.slice(BACKUP_FOLDER.length + 1));
			if (match) found.push({ name, date: match[1]!, answers: Number(match[2]) });
		}
		return found.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : b.answers - a.answers));
	}

	/**
	 * Makes today's generation unless there is one (`take` gives the files and their answer count, only
	 * when needed), and drops the generations no longer kept. Returns the previous generation when it
	 * holds more answers than today's (the caller says so).
	 */
	async daily(today: string, take: () => { files: FolderFiles; answers: number }): Promise<BackupInfo | null> {
		const existing = await this.list();
		if (existing.some((backup) => backup.date === today)) return null;
		const { files, answers } = take();
		const made: BackupInfo = { name: `${BACKUP_FOLDER}/${today} (${answers} ${answers === 1 ? "answer" : "answers"}).json`, date: today, answers };
		await this.folder.writeWhole(made.name, JSON.stringify({ format: BACKUP_FORMAT, date: today, answers, files }));
		const all = [made, ...existing];
		const keep = generationsToKeep(all, today);
		for (const backup of all) if (!keep.has(backup.name)) await this.folder.remove(backup.name);
		const previous = existing[0];
		return previous && previous.answers > answers ? previous : null;
	}

	/** Every backup that may restore the store, newest first; earlier versions' data.backup.json last. */
	async candidates(): Promise<BackupCandidate[]> {
		const found: BackupCandidate[] = [];
		for (const backup of await this.list()) {
			const files = await this.readBackup(backup.name);
			if (files) found.push({ path: this.folder.path(backup.name), date: backup.date, files });
		}
		if (await this.folder.exists(LEGACY_BACKUP)) {
			found.push({ path: this.folder.path(LEGACY_BACKUP), date: "an earlier day", files: { [DATA_FILE]: await this.folder.read(LEGACY_BACKUP) } });
		}
		return found;
	}

	private async readBackup(name: string): Promise<FolderFiles | null> {
		try {
			const parsed = JSON.parse(await this.folder.read(name)) as { format?: unknown; files?: unknown };
			if (parsed.format !== BACKUP_FORMAT || typeof parsed.files !== "object" || parsed.files === null) return null;
			const files = parsed.files as Record<string, unknown>;
			return Object.values(files).every((text) => typeof text === "string") ? (files as FolderFiles) : null;
		} catch {
			return null;
		}
	}
}

/**
 * The generations to keep on `today`: all of the last 7 days, the newest of each week for the 4 weeks
 * before, and always the newest and the one with the most answers (a store that lost answers must not
 * push the last good copy out).
 */
export function generationsToKeep(backups: readonly BackupInfo[], today: string): Set<string> {
	const keep = new Set<string>();
	const weeks = new Map<number, BackupInfo>();
	let newest: BackupInfo | undefined;
	let richest: BackupInfo | undefined;
	for (const backup of backups) {
		const age = dayNumber(today) - dayNumber(backup.date);
		if (age < 7) keep.add(backup.name);
		else if (age < 35) {
			const week = Math.floor(age / 7);
			const held = weeks.get(week);
			if (!held || held.date < backup.date) weeks.set(week, backup);
		}
		if (!newest || backup.date > newest.date) newest = backup;
		if (!richest || backup.answers > richest.answers || (backup.answers === richest.answers && backup.date > richest.date)) richest = backup;
	}
	for (const backup of [...weeks.values(), newest, richest]) if (backup) keep.add(backup.name);
	return keep;
}

/** Days since the epoch of a YYYY-MM-DD day (calendar arithmetic only: no time zone involved). */
function dayNumber(day: string): number {
	const [y, m, d] = day.split("-").map(Number);
	return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 86_400_000;
}

/** A local day as YYYY-MM-DD. */
export function localDay(date: Date): string {
	const two = (n: number): string => String(n).padStart(2, "0");
	return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** Local time as YYYY-MM-DD-HHmmss, for file names. */
export function timestamp(date: Date): string {
	const two = (n: number): string => String(n).padStart(2, "0");
	return `${localDay(date)}-${two(date.getHours())}${two(date.getMinutes())}${two(date.getSeconds())}`;
}

