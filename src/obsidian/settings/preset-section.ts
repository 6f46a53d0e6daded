/** The settings' "Presets" section: choose, add, rename and delete presets, and give decks theirs. */
import { Notice, type Setting } from "obsidian";
import { DEFAULT_PRESET_ID, type PresetValues } from "../../core";
import { t } from "../i18n";
import { presetName, type PresetDeps } from "./preset-host";
import type { SettingSection } from "./settings-sections";
import { parseText, validatedText } from "./setting-inputs";

export function presetSection(deps: PresetDeps, redraw: () => void): SettingSection {
	return {
		heading: t("settings.presets"),
		items: [
			{ name: t("presets.preset"), desc: t("presets.presetDesc"), render: (setting) => renderChoice(setting, deps, redraw) },
			{
				name: t("presets.name"),
				desc: deps.selected().id === DEFAULT_PRESET_ID ? t("presets.nameDesc") : "",
				render: (setting) => {
					if (deps.selected().id !== DEFAULT_PRESET_ID) validatedText(setting, presetName(deps.selected()), parseText(), (name) => deps.update({ name }));
				},
			},
			{ name: t("presets.deck"), desc: t("presets.deckDesc"), render: (setting) => renderDeck(setting, deps, redraw) },
		],
	};
}

function renderChoice(setting: Setting, deps: PresetDeps, redraw: () => void): void {
	setting.addDropdown((dropdown) => {
		for (const preset of deps.list()) dropdown.addOption(preset.id, presetName(preset));
		dropdown.setValue(deps.selected().id).onChange((id) => {
			deps.select(id);
			redraw();
		});
	});
	setting.addButton((button) =>
		button.setButtonText(t("presets.add")).onClick(() => {
			deps.add();
			redraw();
		}),
	);
	// Deleting takes a second click: a preset's values cannot be brought back.
	let armed = false;
	setting.addButton((button) =>
		button
			.setButtonText(t("presets.delete"))
			.setDisabled(deps.selected().id === DEFAULT_PRESET_ID)
			.onClick(() => {
				if (!armed) {
					armed = true;
					button.setButtonText(t("presets.confirmDelete"));
					return;
				}
				const error = deps.remove();
				if (error !== null) new Notice(error);
				deps.select(DEFAULT_PRESET_ID);
				redraw();
			}),
	);
}

function renderDeck(setting: Setting, deps: PresetDeps, redraw: () => void): void {
	const decks = deps.decks();
	const shown = deps.shown.deck;
	const deck = shown !== undefined && decks.includes(shown) ? shown : decks[0];
	setting.addDropdown((dropdown) => {
		if (deck === undefined) dropdown.addOption("", t("presets.noDecks")).setDisabled(true);
		for (const path of decks) dropdown.addOption(path, path);
		dropdown.setValue(deck ?? "").onChange((path) => {
			deps.shown.deck = path;
			redraw();
		});
	});
	if (deck === undefined) return;
	setting.addDropdown((dropdown) => {
		const parent = deck.includes("::") ? deps.deckPreset(deck.slice(0, deck.lastIndexOf("::"))).id : DEFAULT_PRESET_ID;
		const presets = deps.list();
		const parentName = presetName(presets.find((p) => p.id === parent) ?? { id: DEFAULT_PRESET_ID, name: "" });
		dropdown.addOption("", t("presets.inherit", { name: parentName }));
		for (const preset of presets) dropdown.addOption(preset.id, presetName(preset));
		const own = deps.deckPreset(deck);
		dropdown.setValue(own.own ? own.id : "").onChange((id) => {
			const error = deps.assign(deck, id === "" ? undefined : id);
			if (error !== null) new Notice(error);
		});
	});
}

/** A preset value as the limits and scheduling rows commit it: to the edited preset. */
export function presetValue<K extends keyof PresetValues>(deps: PresetDeps, key: K): (value: PresetValues[K]) => string | null {
	return (value) => {
		const changes: Partial<PresetValues> = {};
		changes[key] = value;
		return deps.update(changes);
	};
}
