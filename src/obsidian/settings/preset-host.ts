import { DEFAULT_PRESET_ID, type Collection, type PresetInfo, type PresetValues, type TrainingItem } from "../../core";
import { trainingItems } from "../../core";
import { t } from "../i18n";

/** What the settings change of presets: the one being edited, its values, and which decks use which. */
export interface PresetDeps {
	/** Every preset, the default first. */
	list(): PresetInfo[];
	/** The preset the settings edit (the default until another is chosen). */
	selected(): PresetInfo;
	select(id: string): void;
	/** Adds a preset with the edited one's values and edits it. */
	add(): void;
	/** Deletes the edited preset (not the default); the refusal's message, or null. */
	remove(): string | null;
	/** Renames the edited preset or changes its values; the refusal's message, or null. */
	update(changes: Partial<PresetValues> & { name?: string }): string | null;
	/** Every deck, with the decks above them. */
	decks(): readonly string[];
	deckPreset(deck: string): { id: string; own: boolean };
	/** Gives a deck a preset; undefined: its parent's again. */
	assign(deck: string, id: string | undefined): string | null;
	/** Moves the edited preset's review cards to the due dates its options give; how many moved. */
	reschedule(): number;
	/** Takes the last reschedule back while nothing else was done since; false otherwise. */
	undoReschedule(): boolean;
	canUndoReschedule(): boolean;
	/** Training items of the edited preset's reviews, or of a search's. */
	items(search: string): TrainingItem[];
	/** The deck the deck row shows (the tab is drawn again after each choice). */
	shown: { deck?: string };
}

/** A preset's name as shown: the default's in the app's language. */
export function presetName(preset: Pick<PresetInfo, "id" | "name">): string {
	return preset.id === DEFAULT_PRESET_ID ? t("presets.default") : preset.name;
}

/** What the preset settings need from the plugin. */
export interface PresetHostDeps {
	collection: () => Collection;
	decks: () => readonly string[];
	/** After a change: the cards' schedules or counts may differ, save. */
	changed: () => void;
}

/**
 * The preset settings' view of the collection; which preset is edited is remembered while the plugin
 * runs, so the tab opens on it again.
 */
export function presetHost({ collection, decks, changed }: PresetHostDeps): PresetDeps {
	let selected = DEFAULT_PRESET_ID;
	let undoDepth: number | null = null;
	const current = (): PresetInfo => {
		const list = collection().presets();
		return list.find((p) => p.id === selected) ?? (list[0] as PresetInfo);
	};
	const done = (result: { ok: true } | { ok: false; error: string }): string | null => {
		if (!result.ok) return result.error;
		changed();
		return null;
	};
	const cardsOfPreset = (): string[] => {
		const id = current().id;
		return collection()
			.cards()
			.filter((card) => collection().deckPreset(card.deck).id === id)
			.map((card) => card.id);
	};
	return {
		shown: {},
		list: () => collection().presets(),
		selected: current,
		select: (id) => {
			selected = id;
		},
		add: () => {
			const number = collection().presets().length + 1;
			const result = collection().addPreset(t("presets.newName", { number }), new Date(), current().id);
			if (result.ok) selected = result.id;
			done(result);
		},
		remove: () => done(collection().deletePreset(current().id, new Date())),
		update: (changes) => done(collection().updatePreset(current().id, changes, new Date())),
		decks,
		deckPreset: (deck) => collection().deckPreset(deck),
		assign: (deck, id) => done(collection().setDeckPreset(deck, id, new Date())),
		reschedule: () => {
			const moved = collection().rescheduleCards(cardsOfPreset(), new Date());
			undoDepth = moved > 0 ? collection().undoDepth() : null;
			if (moved > 0) changed();
			return moved;
		},
		canUndoReschedule: () => undoDepth !== null && collection().undoDepth() === undoDepth,
		undoReschedule: () => {
			if (undoDepth === null || collection().undoDepth() !== undoDepth) return false;
			undoDepth = null;
			collection().undo();
			changed();
			return true;
		},
		items: (search) => {
			if (search.trim() !== "") return trainingItems(collection(), search);
			const ids = new Set(cardsOfPreset());
			// The preset's reviews: the cards of the decks that use it.
			return trainingItems({ history: () => collection().history().filter((record) => ids.has(record.card)), options: () => collection().options(), search: () => [] });
		},
	};
}
