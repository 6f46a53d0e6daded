import { normalizePath } from "obsidian";
import { t } from "../i18n";

/** Where the review opens: a main-area tab or the right sidebar. */
export type ReviewLocation = "tab" | "sidebar";

/** Settings of the Obsidian layer only (the card and scheduling options live in the collection). */
export interface ShellSettings {
	/** Vault folders whose notes are never indexed (templates, archives). */
	ignoredFolders: string[];
	reviewLocation: ReviewLocation;
}

export const DEFAULT_SHELL_SETTINGS: ShellSettings = { ignoredFolders: [], reviewLocation: "tab" };

/** Reads stored shell settings leniently: a missing or malformed field takes its default. */
export function readShellSettings(raw: unknown): ShellSettings {
	const value = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>) : {};
	const folders = value.ignoredFolders;
	return {
		ignoredFolders: Array.isArray(folders) ? folders.filter((f): f is string => typeof f === "string") : [],
		reviewLocation: value.reviewLocation === "sidebar" ? "sidebar" : "tab",
	};
}

/** Parses the ignored-folders field: one folder per line or comma-separated; rejects unusable names. */
export function parseFolderList(text: string): { ok: true; value: string[] } | { ok: false; error: string } {
	const folders: string[] = [];
	for (const part of text.split(/[\n,]/)) {
		const trimmed = part.trim();
		if (trimmed === "") continue;
		if (trimmed.split(/[\\/]/).includes("..")) return { ok: false, error: t("input.notFolder", { folder: trimmed }) };
		const folder = normalizePath(trimmed);
		if (folder === "/") return { ok: false, error: t("input.wholeVault") };
		if (!folders.includes(folder)) folders.push(folder);
	}
	return { ok: true, value: folders };
}

/** Whether a note lies in one of the ignored folders (a folder ignores its whole subtree). */
export function isIgnored(path: string, ignoredFolders: readonly string[]): boolean {
	return ignoredFolders.some((folder) => path === folder || path.startsWith(`${folder}/`));
}
