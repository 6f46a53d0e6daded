import type { Setting } from "obsidian";
import type { ParseOptions, SchedulerOptions } from "../core";
import { formatSteps, parseFraction, parseSteps, parseText, parseWhole, parseWord, validatedText, type Parsed } from "./setting-inputs";
import { parseFolderList, type ReviewLocation, type ShellSettings } from "./shell-settings";
import type { OptimizeDeps } from "./optimizer/optimize-run";
import { optimizeSection, type OptimizeState } from "./optimizer/optimize-section";

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

/** Every section, in order; the tab draws them imperatively or declaratively from this one list. */
export function settingSections(deps: SettingsDeps): SettingSection[] {
	const optimize = deps.optimize ? [optimizeSection(deps.optimize.deps, deps.optimize.state)] : [];
	return [cardsSection(deps), limitsSection(deps), schedulingSection(deps), ...optimize, reviewSection(deps)];
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
	return (value) => (value === deps.options()[other] ? "The two inline separators must differ." : commit(value));
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
		heading: "Cards",
		items: [
			{ name: "Card tag", desc: "The tag that marks a card (#card, #card-reverse, #card/reverse with the default).", render: text(() => o().cardTag, parseWord("card tag"), option(deps, "cardTag", true)) },
			{ name: "Deck property", desc: "The note property naming the deck; :: separates levels.", render: text(() => o().deckKey, parseWord("deck property"), option(deps, "deckKey", true)) },
			{ name: "Folders as decks", desc: "A note without the deck property goes in the deck of its folder path.", render: toggle(deps, "folderDecks") },
			{ name: "Default deck", desc: "The deck of notes with neither a deck property nor a folder.", render: text(() => o().defaultDeck, parseText("default deck"), option(deps, "defaultDeck", true)) },
			{ name: "Inline cards", desc: "Read Question::Answer lines in notes that take part.", render: toggle(deps, "inlineCards") },
			{ name: "Inline separator", desc: "Separates the question from the answer of an inline card.", render: text(() => o().inlineSeparator, parseWord("separator"), distinctFrom(deps, "inlineReversedSeparator", option(deps, "inlineSeparator", true))) },
			{ name: "Reversed inline separator", desc: "Like the inline separator, and the card is asked both ways.", render: text(() => o().inlineReversedSeparator, parseWord("separator"), distinctFrom(deps, "inlineSeparator", option(deps, "inlineReversedSeparator", true))) },
			{ name: "Cloze cards", desc: "Highlights, {1:…} and {{c1::…}} on a marked line become cloze deletions; so do {1:…} and {{c1::…}} anywhere in notes that take part.", render: toggle(deps, "clozeCards") },
			{ name: "Highlights in card notes are clozes", desc: "In notes that take part, a paragraph with highlights is a cloze card even without a marker.", render: toggle(deps, "highlightClozes") },
			{ name: "Fenced card label", desc: "The label of a fenced card block (```flashcard).", render: text(() => o().fenceLabel, parseWord("label"), option(deps, "fenceLabel", true)) },
			{
				name: "Ignored folders",
				desc: "Notes in these folders are never read (one folder per line, e.g. templates).",
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
	const o = (): CardOptions => deps.options();
	return {
		heading: "Daily limits",
		items: [
			{ name: "New cards per day", desc: "How many new cards are introduced each day.", render: text(() => String(o().newPerDay), parseWhole(0, 9999), option(deps, "newPerDay", false)) },
			{ name: "Maximum reviews per day", desc: "New cards count against this limit too.", render: text(() => String(o().reviewsPerDay), parseWhole(0, 99999), option(deps, "reviewsPerDay", false)) },
			{
				name: "Next day starts at",
				desc: "The hour, in your local time, at which a new day of reviews begins.",
				render: (setting) => {
					setting.addDropdown((dropdown) => {
						for (let hour = 0; hour < 24; hour++) dropdown.addOption(String(hour), `${String(hour).padStart(2, "0")}:00`);
						dropdown.setValue(String(o().dayStartHour)).onChange((value) => option(deps, "dayStartHour", false)(Number(value)));
					});
				},
			},
		],
	};
}

function schedulingSection(deps: SettingsDeps): SettingSection {
	const o = (): CardOptions => deps.options();
	return {
		heading: "Scheduling",
		items: [
			{ name: "Desired retention", desc: "The chance of remembering a card when it comes due (0.7 to 0.99). Higher means more reviews.", render: text(() => String(o().desiredRetention), parseFraction(0.7, 0.99), option(deps, "desiredRetention", false)) },
			{ name: "Maximum interval", desc: "The longest wait between two reviews, in days.", render: text(() => String(o().maximumInterval), parseWhole(1, 36500), option(deps, "maximumInterval", false)) },
			{ name: "Learning steps", desc: "Delays between the first reviews of a new card, such as 1m 10m.", render: text(() => formatSteps(o().learningSteps), parseSteps, option(deps, "learningSteps", false)) },
			{ name: "Relearning steps", desc: "Delays after a forgotten card, such as 10m.", render: text(() => formatSteps(o().relearningSteps), parseSteps, option(deps, "relearningSteps", false)) },
		],
	};
}

function reviewSection(deps: SettingsDeps): SettingSection {
	return {
		heading: "Review",
		items: [
			{
				name: "Where the review opens",
				desc: "A tab in the main area, or the right sidebar.",
				render: (setting) => {
					setting.addDropdown((dropdown) =>
						dropdown
							.addOptions({ tab: "Main area tab", sidebar: "Right sidebar" })
							.setValue(deps.shell().reviewLocation)
							.onChange((value) => deps.setShell({ reviewLocation: readLocation(value) })),
					);
				},
			},
		],
	};
}
