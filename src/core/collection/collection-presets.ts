import type { SchedulerOptions } from "../types";
import { applyOptions, type OptionsResult } from "./collection-options";
import type { StoreData, StoreOptions } from "./store-model";
import { CollectionBase } from "./collection-base";
import { deckOptions, optionsChangedSince, presetOptions } from "./presets/deck-presets";
import { recordOptions } from "./presets/options-history";
import { refreshCard } from "./log/review-actions";
import { assignPreset, createPreset, deckAssignments, deletePreset, listPresets, presetOfDeck, updatePreset, type PresetResult, type PresetWrite } from "./presets/preset-actions";
import { DEFAULT_PRESET_ID, type PresetInfo, type PresetValues } from "./presets/preset-model";
import { rescheduleCard } from "./presets/reschedule";

/**
 * The synced options and option presets (docs/decisions/option-presets.md): named scheduling options
 * that decks use, a sub-deck its parent's unless it has its own. The default preset is `options()`;
 * the others sync as writes that merge last-writer-wins per preset and per deck. A change reschedules nothing by itself: each
 * card uses the new options from its next answer on, or when `rescheduleCards` is asked.
 */
export abstract class CollectionPresets extends CollectionBase {
	/** Every preset, the default first (its name is "": the shell names it), the others by name. */
	presets(): PresetInfo[] {
		return listPresets(this.data);
	}

	/** Adds a preset with Anki's default values, or those of `copyOf`; returns its id. */
	addPreset(name: string, now: Date, copyOf?: string): { ok: true; id: string } | { ok: false; error: string } {
		const result = createPreset(this.presetWrite(now), name, copyOf);
		if (result.ok) this.optionsRecorded();
		return result;
	}

	/** Renames a preset or changes its values; for the default preset, values only (as `setOptions`). */
	updatePreset(id: string, changes: Partial<PresetValues> & { name?: string }, now: Date): PresetResult {
		if (id === DEFAULT_PRESET_ID) {
			const { name, ...values } = changes;
			if (name !== undefined) return { ok: false, error: "the default preset keeps its name" };
			const result = this.setOptions(values, now);
			return result.ok ? { ok: true } : result;
		}
		const before = { ...this.data, presets: new Map(this.data.presets) }; // preset writes change in place
		return this.presetChange(updatePreset(this.presetWrite(now), id, changes), before);
	}

	/** Deletes a named preset: its decks use their parent's preset from then on. */
	deletePreset(id: string, now: Date): PresetResult {
		return this.presetChange(deletePreset(this.presetWrite(now), id));
	}

	/** Makes a deck and its sub-decks without a preset of their own use a preset; undefined: the parent's again. */
	setDeckPreset(deck: string, presetId: string | undefined, now: Date): PresetResult {
		return this.presetChange(assignPreset(this.presetWrite(now), deck, presetId));
	}

	/** The preset a deck uses, and whether it is the deck's own choice (rather than its parent's). */
	deckPreset(deck: string): { id: string; own: boolean } {
		return presetOfDeck(this.data, deck);
	}

	/** The decks that chose a preset themselves, with its id, sorted by deck. */
	deckPresets(): [string, string][] {
		return deckAssignments(this.data);
	}

	/** The scheduling options of a preset, or (`deck`) of the preset a deck uses; the default's without either. */
	presetOptions(target?: { preset: string } | { deck: string }): SchedulerOptions {
		if (target === undefined) return { ...this.data.options };
		return { ...("preset" in target ? presetOptions(this.data, target.preset) : deckOptions(this.data, target.deck)) };
	}

	/**
	 * Moves review cards to the due date their preset's current options give them (a set due date: it
	 * syncs, and one undo takes it back). Returns how many cards moved.
	 */
	rescheduleCards(ids: string[], now: Date): number {
		let moved = 0;
		this.bulk(now, ids, (scope, id, time) => {
			if (rescheduleCard(scope, id, time)) moved++;
		});
		return moved;
	}

	/** The synced options (parse and scheduling). */
	options(): StoreOptions {
		return { ...this.data.options };
	}

	/**
	 * Changes options if every value is valid; otherwise nothing changes and the error says which value
	 * is wrong. New scheduling options apply to answers from `now` on (by default the latest time seen).
	 */
	setOptions(changes: Partial<StoreOptions>, now?: Date): OptionsResult {
		const result = applyOptions(this.data.options, changes);
		if (!result.ok) return result;
		if (now) this.tick(now);
		const before = { ...this.data };
		const write = { preset: DEFAULT_PRESET_ID, time: now?.getTime() ?? this.clock, device: this.deviceId, before: this.data.options, after: result.options };
		this.data.history = recordOptions(this.data.history, { ...write, latestAnswer: this.data.log.entries.latestTime() });
		this.data.options = result.options;
		this.data.optionsRev++;
		this.optionsRecorded(before);
		return result;
	}

	private presetWrite(now: Date): PresetWrite {
		this.tick(now);
		return { data: this.data, device: this.deviceId, time: now.getTime() };
	}

	private presetChange(result: PresetResult, before?: StoreData): PresetResult {
		if (result.ok) this.optionsRecorded(before);
		return result;
	}

	/**
	 * After options changed: replays the cards answered at or after the earliest time whose options
	 * differ (none, usually: a change applies from now on), so each cached state stays the replay of its log.
	 */
	private optionsRecorded(before?: StoreData): void {
		const since = before ? optionsChangedSince(before, this.data) : Infinity;
		if (since < Infinity) {
			const scope = this.reviewScope();
			const stale: string[] = [];
			this.data.cache.forEachLastReview((id, last) => {
				if (last === undefined || last >= since) stale.push(id);
			});
			for (const id of stale) refreshCard(scope, id);
		}
		this.memos.optionsChanged();
	}
}
