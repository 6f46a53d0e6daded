import type { Component } from "obsidian";
import { optionsOf } from "../settings/collection-options";
import type { LiveCollection } from "../indexing/live-collection";
import type { PluginDataFile } from "./persistence";
import type { ShellState } from "../settings/settings-host";

/** What merging the synced files of the plugin folder touches. */
export interface DataSyncDeps {
	file: PluginDataFile;
	live: LiveCollection;
	shell: ShellState;
	/** The synced settings changed which notes or cards are read: bring the index in line. */
	refreshIndex: () => void;
}

/**
 * Merges the plugin folder as sync left it into the running plugin: the union of reviews, the synced
 * settings, the read-only state. When the settings that select or read notes changed, the index follows.
 */
export function dataReloader({ file, live, shell, refreshIndex }: DataSyncDeps): () => Promise<void> {
	const selection = (): string => JSON.stringify([optionsOf(live.collection), shell.current.ignoredFolders]);
	return async () => {
		const before = selection();
		await file.reload(live.collection, (data) => {
			shell.synced(data.shell);
			if (data.collection === live.collection) live.touch({ paths: null, reason: "sync" });
			else live.replace(data.collection);
			live.setStatus(live.indexing, file.readOnly);
		});
		if (selection() !== before) refreshIndex();
	};
}

/**
 * Obsidian reports an external change of data.json whenever it sees one, also while the plugin is
 * still loading (after it read the file): such a change is merged as soon as the plugin can, instead
 * of being lost and then overwritten by the first save.
 */
export class ExternalChanges {
	private reload: (() => Promise<void>) | null = null;
	private missed = false;

	/** data.json changed on disk. */
	async changed(): Promise<void> {
		if (this.reload) await this.reload();
		else this.missed = true;
	}

	/** The plugin can merge now; a change reported earlier is merged at once. */
	async attach(reload: () => Promise<void>): Promise<void> {
		this.reload = reload;
		if (!this.missed) return;
		this.missed = false;
		await reload();
	}

	/** The plugin unloads: later reports are ignored. */
	detach(): void {
		this.reload = null;
		this.missed = false;
	}
}

/** How often the plugin folder is checked for parts that sync changed. */
const FOLDER_CHECK_MS = 30_000;

/**
 * Obsidian reports a change of data.json only; the store's other files arrive by sync unreported. The
 * folder is looked at every half minute and when the app comes back to the foreground (a phone syncs
 * then), and a change is merged like a change of data.json.
 */
export function watchFolder(owner: Pick<Component, "registerInterval" | "registerDomEvent">, file: Pick<PluginDataFile, "changedOnDisk">, changed: () => Promise<void>): void {
	const check = async (): Promise<void> => {
		if (await file.changedOnDisk()) await changed();
	};
	owner.registerInterval(window.setInterval(() => void check(), FOLDER_CHECK_MS));
	owner.registerDomEvent(document, "visibilitychange", () => {
		if (document.visibilityState === "visible") void check();
	});
}
