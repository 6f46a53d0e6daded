import { Notice, type Setting } from "obsidian";
import type { ParseOptions, PresetValues, SchedulerOptions } from "../../core";
import { formatSteps, parseFraction, parseSteps, parseText, parseWhole, parseWord, validatedText, type Parsed } from "./setting-inputs";
import { parseFolderList, type ReviewLocation, type ShellSettings } from "./shell-settings";
import { formatNumber, t } from "../i18n";
import type { OptimizeDeps } from "../optimizer/optimize-run";
import { optimizeSection, type OptimizeState } from "../optimizer/optimize-section";
import type { PresetDeps } from "./preset-host";
import { presetSection, presetValue } from "./preset-section";

function readLocation(value: string): ReviewLocation {
	return value === "sidebar" ? "sidebar" : "tab";
}

/** The options kept in the collection (and synced with it). */
export type CardOptions = ParseOptions & SchedulerOptions;

/** What the settings read and write; the store refuses invalid options with a message. */
export interface SettingsDeps {
	options(): CardOptions;
	/** Applies the changes, or returns why they are refused (nothing is applied then). */
	setOptions(changes: Partial<CardOptions>): string | null;
	shell(): ShellSettings;
	setShell(changes: Partial<ShellSettings>): void;
	/** The settings that select or read cards changed: index again. */
	reindex(): void;
	/** Fitting FSRS to the reviews, when the plugin offers it. */
	optimize?: { deps: OptimizeDeps; state: OptimizeState };
	/** The presets: the limits and scheduling rows edit the chosen one. */
	presets: PresetDeps;
}

/** One row of the settings tab: drawn into a Setting that already has its name and description. */
export interface SettingItem {
	name: string;
	desc: string;
	render(setting: Setting): void;
}

/** A titled group of rows. */
export interface SettingSection {
	heading: string;
	items: SettingItem[];
}

/**
 * Every section, in order; the tab draws them imperatively or declaratively from this one list, and
 * again (`redraw`) when another preset is chosen.
 */
export function settingSections(deps: SettingsDeps, redraw: () => void): SettingSection[] {
	const optimize = deps.optimize ? [optimizeSection(deps.optimize.deps, deps.optimize.state)] : [];
	return [cardsSection(deps), presetSection(deps.presets, redraw), limitsSection(deps), schedulingSection(deps.presets, redraw), ...optimize, reviewSection(deps)];
}

function option<K extends keyof CardOptions>(deps: SettingsDeps, key: K, reindex: boolean): (value: CardOptions[K]) => string | null {
	return (value) => {
		const changes: Partial<CardOptions> = {};
		changes[key] = value;
		const error = deps.setOptions(changes);
		if (error === null && reindex) deps.reindex();
		return error;
	};
}

/** The two inline separators must differ, or no card could be told one-way or reversed. */
function distinctFrom(deps: SettingsDeps, other: "inlineSeparator" | "inlineReversedSeparator", commit: (value: string) => string | null): (value: string) => string | null {
	return (value) => (value === deps.options()[other] ? t("settings.separatorsDiffer") : commit(value));
}

function toggle(deps: SettingsDeps, key: "folderDecks" | "inlineCards" | "clozeCards" | "highlightClozes"): (setting: Setting) => void {
	return (setting) => {
		setting.addToggle((t) => t.setValue(deps.options()[key]).onChange((value) => option(deps, key, true)(value)));
	};
}

function text<T>(initial: () => string, parse: (text: string) => Parsed<T>, commit: (value: T) => string | null): (setting: Setting) => void {
	return (setting) => validatedText(setting, initial(), parse, commit);
}

function cardsSection(deps: SettingsDeps): SettingSection {
	const o = (): CardOptions => deps.options();
	return {
		heading: t("settings.cards"),
		items: [
			{ name: t("settings.cardTag"), desc: t("settings.cardTagDesc"), render: text(() => o().cardTag, parseWord(), option(deps, "cardTag", true)) },
			{ name: t("settings.deckKey"), desc: t("settings.deckKeyDesc"), render: text(() => o().deckKey, parseWord(), option(deps, "deckKey", true)) },
			{ name: t("settings.folderDecks"), desc: t("settings.folderDecksDesc"), render: toggle(deps, "folderDecks") },
			{ name: t("settings.defaultDeck"), desc: t("settings.defaultDeckDesc"), render: text(() => o().defaultDeck, parseText(), option(deps, "defaultDeck", true)) },
			{ name: t("settings.inlineCards"), desc: t("settings.inlineCardsDesc"), render: toggle(deps, "inlineCards") },
			{ name: t("settings.inlineSeparator"), desc: t("settings.inlineSeparatorDesc"), render: text(() => o().inlineSeparator, parseWord(), distinctFrom(deps, "inlineReversedSeparator", option(deps, "inlineSeparator", true))) },
			{ name: t("settings.reversedSeparator"), desc: t("settings.reversedSeparatorDesc"), render: text(() => o().inlineReversedSeparator, parseWord(), distinctFrom(deps, "inlineSeparator", option(deps, "inlineReversedSeparator", true))) },
			{ name: t("settings.clozeCards"), desc: t("settings.clozeCardsDesc"), render: toggle(deps, "clozeCards") },
			{ name: t("settings.highlightClozes"), desc: t("settings.highlightClozesDesc"), render: toggle(deps, "highlightClozes") },
			{ name: t("settings.fenceLabel"), desc: t("settings.fenceLabelDesc"), render: text(() => o().fenceLabel, parseWord(), option(deps, "fenceLabel", true)) },
			{
				name: t("settings.ignoredFolders"),
				desc: t("settings.ignoredFoldersDesc"),
				render: (setting) =>
					validatedText(setting, deps.shell().ignoredFolders.join("\n"), parseFolderList, (folders) => {
						deps.setShell({ ignoredFolders: folders });
						deps.reindex();
						return null;
					}, true),
			},
		],
	};
}

function limitsSection(deps: SettingsDeps): SettingSection {
	const p = (): PresetValues => deps.presets.selected().values;
	return {
		heading: t("settings.limits"),
		items: [
			{ name: t("settings.newPerDay"), desc: t("settings.newPerDayDesc"), render: text(() => String(p().newPerDay), parseWhole(0, 9999), presetValue(deps.presets, "newPerDay")) },
			{ name: t("settings.reviewsPerDay"), desc: t("settings.reviewsPerDayDesc"), render: text(() => String(p().reviewsPerDay), parseWhole(0, 99999), presetValue(deps.presets, "reviewsPerDay")) },
			{
				name: t("settings.dayStart"),
				desc: t("settings.dayStartAll"),
				render: (setting) => {
					setting.addDropdown((dropdown) => {
						for (let hour = 0; hour < 24; hour++) dropdown.addOption(String(hour), `${String(hour).padStart(2, "0")}:00`);
						dropdown.setValue(String(deps.options().dayStartHour)).onChange((value) => option(deps, "dayStartHour", false)(Number(value)));
					});
				},
			},
		],
	};
}

function schedulingSection(presets: PresetDeps, redraw: () => void): SettingSection {
	const p = (): PresetValues => presets.selected().values;
	return {
		heading: t("settings.scheduling"),
		items: [
			{ name: t("settings.retention"), desc: t("settings.retentionDesc"), render: text(() => formatNumber(p().desiredRetention, { decimals: 10 }), parseFraction(0.7, 0.99), presetValue(presets, "desiredRetention")) },
			{ name: t("settings.maxInterval"), desc: t("settings.maxIntervalDesc"), render: text(() => String(p().maximumInterval), parseWhole(1, 36500), presetValue(presets, "maximumInterval")) },
			{ name: t("settings.learningSteps"), desc: t("settings.learningStepsDesc"), render: text(() => formatSteps(p().learningSteps), parseSteps, presetValue(presets, "learningSteps")) },
			{ name: t("settings.relearningSteps"), desc: t("settings.relearningStepsDesc"), render: text(() => formatSteps(p().relearningSteps), parseSteps, presetValue(presets, "relearningSteps")) },
			{ name: t("presets.leechThreshold"), desc: t("presets.leechThresholdDesc"), render: text(() => String(p().leechThreshold), parseWhole(0, 99), presetValue(presets, "leechThreshold")) },
			{ name: t("presets.reschedule"), desc: t("presets.rescheduleDesc"), render: (setting) => renderReschedule(setting, presets, redraw) },
		],
	};
}

function renderReschedule(setting: Setting, presets: PresetDeps, redraw: () => void): void {
	setting.addButton((button) =>
		button.setButtonText(t("presets.rescheduleButton")).onClick(() => {
			const count = presets.reschedule();
			new Notice(t("presets.rescheduled", { count }));
			redraw();
		}),
	);
	setting.addButton((button) =>
		button
			.setButtonText(t("presets.undoReschedule"))
			.setDisabled(!presets.canUndoReschedule())
			.onClick(() => {
				if (presets.undoReschedule()) new Notice(t("presets.undone"));
				redraw();
			}),
	);
}

function reviewSection(deps: SettingsDeps): SettingSection {
	return {
		heading: t("settings.review"),
		items: [
			{
				name: t("settings.location"),
				desc: t("settings.locationDesc"),
				render: (setting) => {
					setting.addDropdown((dropdown) =>
						dropdown
							.addOptions({ tab: t("settings.locationTab"), sidebar: t("settings.locationSidebar") })
							.setValue(deps.shell().reviewLocation)
							.onChange((value) => deps.setShell({ reviewLocation: readLocation(value) })),
					);
				},
			},
		],
	};
}
