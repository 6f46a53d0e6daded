import { optionsOf, setOptionsOf } from "./collection-options";
import type { LiveCollection } from "./live-collection";
import type { SettingsDeps } from "./settings-sections";
import type { ShellSettings } from "./shell-settings";

/** The Obsidian layer's settings as the plugin holds them: read everywhere, changed by the tab and by sync. */
export class ShellState {
	constructor(private value: ShellSettings) {}

	get current(): ShellSettings {
		return this.value;
	}

	update(changes: Partial<ShellSettings>): void {
		this.value = { ...this.value, ...changes };
	}

	replace(value: ShellSettings): void {
		this.value = value;
	}
}

/** What the settings tab changes, and how the plugin learns of it. */
export interface SettingsHostDeps {
	live: LiveCollection;
	shell: ShellState;
	save: () => void;
	/** Settings that select or read notes changed: bring the index in line (soon, once typing stops). */
	refreshIndex: () => void;
}

/** The settings tab's view of the plugin: options go through the store's validation, then are saved. */
export function settingsHost({ live, shell, save, refreshIndex }: SettingsHostDeps): SettingsDeps {
	return {
		options: () => optionsOf(live.collection),
		setOptions: (changes) => {
			const error = setOptionsOf(live.collection, changes);
			if (error === null) {
				live.touch({ paths: null, reason: "options" });
				save();
			}
			return error;
		},
		shell: () => shell.current,
		setShell: (changes) => {
			shell.update(changes);
			save();
		},
		reindex: () => refreshIndex(),
	};
}
