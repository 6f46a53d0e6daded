import { readShellSettings, type ShellSettings } from "../settings/shell-settings";

/** data.json is the collection's own JSON plus one key holding the Obsidian layer's settings. */
const SHELL_KEY = "shell";

/** Splits what loadData() returned into the collection's data and the shell settings. */
export function splitPluginData(raw: unknown): { store: unknown; shell: ShellSettings } {
	if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return { store: raw, shell: readShellSettings(undefined) };
	const { [SHELL_KEY]: shell, ...store } = raw as Record<string, unknown>;
	return { store, shell: readShellSettings(shell) };
}

/** What saveData() writes: the collection's JSON with the shell settings beside it. */
export function joinPluginData(store: object, shell: ShellSettings): Record<string, unknown> {
	return { ...(store as Record<string, unknown>), [SHELL_KEY]: shell };
}

/** data.json's text as the collection writes and reads it: the file's JSON without the shell key. */
export function storeText(diskText: string): { store: string; shell: ShellSettings } {
	const { store, shell } = splitPluginData(JSON.parse(diskText) as unknown);
	return { store: JSON.stringify(store), shell };
}
