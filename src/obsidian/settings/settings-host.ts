import { presetHost } from "./preset-host";
import { deckPaths } from "../../core";
import { optionsOf, setOptionsOf } from "./collection-options";
import type { LiveCollection } from "../indexing/live-collection";
import type { SettingsDeps } from "./settings-sections";
import type { ShellSettings } from "./shell-settings";
import { OptimizeState } from "../optimizer/optimize-section";
import { runOptimizer } from "../optimizer/run-optimizer";

/**
 * The Obsidian layer's settings as the plugin holds them: read everywhere, changed by the tab and by
 * sync. A value changed here and not yet written wins over a synced file's older one.
 */
export class ShellState {
	/** The settings as last read from or written to data.json. */
	private onDisk: ShellSettings;

	constructor(private value: ShellSettings) {
		this.onDisk = value;
	}

	get current(): ShellSettings {
		return this.value;
	}

	update(changes: Partial<ShellSettings>): void {
		this.value = { ...this.value, ...changes };
	}

	/** What a save writes (from then on, what is on disk). */
	saving(): ShellSettings {
		this.onDisk = this.value;
		return this.value;
	}

	/** Settings from a synced data.json: taken, unless this device changed its own since they were last written. */
	synced(value: ShellSettings): void {
		if (this.value === this.onDisk) this.value = value;
		this.onDisk = value;
	}
}

/** What the settings tab changes, and how the plugin learns of it. */
export interface SettingsHostDeps {
	live: LiveCollection;
	shell: ShellState;
	save: () => void;
	/** Settings that select or read notes changed: bring the index in line (soon, once typing stops). */
	refreshIndex: () => void;
	/** Registers what to do when the plugin unloads (a running optimization is stopped). */
	register: (cleanup: () => void) => void;
}

/** The settings tab's view of the plugin: options go through the store's validation, then are saved. */
export function settingsHost({ live, shell, save, refreshIndex, register }: SettingsHostDeps): SettingsDeps {
	const setOptions = (changes: Parameters<SettingsDeps["setOptions"]>[0]): string | null => {
		const error = setOptionsOf(live.collection, changes);
		if (error === null) {
			live.touch({ paths: null, reason: "options" });
			save();
		}
		return error;
	};
	const state = new OptimizeState();
	register(() => state.cancel());
	const presets = presetHost({
		collection: () => live.collection,
		// With the decks above them: a parent deck without cards of its own can have a preset too.
		decks: () => deckPaths(live.cards()),
		changed: () => {
			live.touch({ paths: null, reason: "options" });
			save();
		},
	});
	// Optimizing fits the parameters of the preset being edited, from its decks' reviews (or a search's).
	return {
		options: () => optionsOf(live.collection),
		setOptions,
		presets,
		optimize: {
			state,
			deps: {
				parameters: () => presets.selected().values.fsrsParameters,
				setParameters: (fsrsParameters) => presets.update({ fsrsParameters }),
				items: (search) => presets.items(search),
				run: (items, onProgress, signal) =>
					runOptimizer(items, { onProgress, signal, relearningSteps: Math.max(1, presets.selected().values.relearningSteps.length) }),
			},
		},
		shell: () => shell.current,
		setShell: (changes) => {
			shell.update(changes);
			save();
		},
		reindex: () => refreshIndex(),
	};
}
