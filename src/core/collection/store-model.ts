import type { AliasMap } from "./identity/card-aliases";
import type { ParseOptions, ParsedCard, SchedulerOptions } from "../types";
import { LogEntries } from "./log/log-entries";
import { StateCache } from "./store/text/state-cache";
import type { PracticeLog } from "./log/practice-log";
import type { DeckPresetWrites, PresetWrites } from "./presets/preset-store";
import type { OptionsHistory } from "./presets/options-history";

/** The synced options of a store: what the parser reads and how the scheduler schedules. */
export type StoreOptions = SchedulerOptions & ParseOptions;

/** A note card as the store remembers it (one entry of a note's index): the parsed card, plus its id. */
export interface StoredCard extends ParsedCard {
	/** Note card id; reviewable ids derive from it (see card-identity). */
	id: string;
	/** Epoch ms the card was first seen (kept across edits); new cards are due from then. */
	added: number;
}

/** One note as last indexed, or a tombstone (`deleted`) so a deletion wins a merge against older copies. */
export interface NoteRecord {
	/** Vault path of the note. */
	path: string;
	/** Epoch ms of the indexing (or deletion) that wrote this record; the newer record of a path wins a merge. */
	indexedAt: number;
	/** A tombstone: the note was deleted or renamed away at `indexedAt`. */
	deleted: boolean;
	/** Deck path, levels joined by `::`. */
	deck: string;
	/** The note's own tags, without `#`. */
	tags: string[];
	/** File modification time (epoch ms) the note had when indexed, when the shell gave it. */
	mtime?: number;
	/** File size in bytes when indexed, when the shell gave it. */
	size?: number;
	/** Hash of the parse options the note was indexed with. */
	parseHash?: string;
	/** Note cards in document order. */
	cards: StoredCard[];
}

/**
 * The last known text of a note card that left its note while it had history. Without `card` it is a
 * tombstone: the card was re-attached (or purged) at `since`, which wins merges against older copies.
 */
export interface OrphanRecord {
	/** The card's last text (absent in a tombstone). */
	card?: StoredCard;
	/** The note it was last seen in ("" in a tombstone). */
	path: string;
	/** That note's deck. */
	deck: string;
	/** Epoch ms it was found missing, or re-attached for a tombstone. */
	since: number;
}

/** An orphan record that still holds its card. */
export type LostCard = OrphanRecord & { card: StoredCard };

/** The record of an orphan that still holds its card (not a tombstone). */
export function lostCard(data: Pick<StoreData, "orphans">, id: string): LostCard | undefined {
	const record = data.orphans.get(id);
	return record?.card ? (record as LostCard) : undefined;
}

/** Replaces an orphan record by a tombstone: its card is back in a note, or purged. */
export function buryOrphanRecord(data: Pick<StoreData, "orphans">, id: string, time: number): void {
	if (data.orphans.has(id)) data.orphans.set(id, { path: "", deck: "", since: Math.max(time, (data.orphans.get(id)?.since ?? 0) + 1) });
}

export type { LogEntry } from "./log/log-entry";

/** A last-writer-wins value: the write with the greatest (time, device, value) wins a merge. */
export interface Register<T> {
	/** The value written. */
	value: T;
	/** Epoch ms of the write. */
	time: number;
	/** Name of the writing device. */
	device: string;
}

/** The review log with its tombstones: a grow-only set, so every union converges. */
export interface ReviewLogData {
	/** Answers per reviewable id (as answered), sorted by time, device, rev. */
	entries: LogEntries;
	/** Per reviewable id, keys (`time|device|rev`) of answers that were undone. */
	undone: Map<string, Set<string>>;
	/** Per reviewable id, epoch ms of resets: answers before a reset no longer schedule the card. */
	resets: Map<string, number[]>;
	/** Per reviewable id, epoch ms up to which its history was purged. */
	purged: Map<string, number>;
}

/** Everything a collection persists; `cache` is derived from the rest and kept so that loading never replays. */
export interface StoreData {
	/** Parse and scheduling options, synced. */
	options: StoreOptions;
	/** Bumped by each options change; the higher revision wins a merge. */
	optionsRev: number;
	/** Options a newer version added, kept as read and saved back with the options they came with. */
	optionsMore: Record<string, unknown>;
	/** Named presets besides the default (`options`), synced inside the options: last writer wins per preset. */
	presets: PresetWrites;
	/** Per deck path, the preset it uses ("" = its parent's): last writer wins per deck. */
	deckPresets: DeckPresetWrites;
	/** Per preset, its scheduling options over time (empty until a change): replay uses those in force at each answer. */
	history: OptionsHistory;
	/** By vault path, tombstones included. */
	notes: Map<string, NoteRecord>;
	/** By note card id. */
	orphans: Map<string, OrphanRecord>;
	/** The review log and its tombstones. */
	log: ReviewLogData;
	/** Note card ids known to name one card (see docs/decisions/card-identity.md). */
	aliases: AliasMap;
	/** Per reviewable id. */
	suspended: Map<string, Register<boolean>>;
	/** Per reviewable id: epoch ms until which the card is buried (0 after an undo). */
	buried: Map<string, Register<number>>;
	/** Per canonical reviewable id with history: its scheduling after replaying its log. */
	cache: StateCache;
	/** Per reviewable id: answers that do not reschedule (never replayed, shown in history). */
	practice: PracticeLog;
	/** Per reviewable id: a due time set by hand (epoch ms; 0 after an undo), in force until a newer answer. */
	dueSet: Map<string, Register<number>>;
}

/** An empty log. */
export function emptyLog(): ReviewLogData {
	return { entries: new LogEntries(), undone: new Map(), resets: new Map(), purged: new Map() };
}

/** An empty store with the given options. */
export function emptyStore(options: StoreOptions): StoreData {
	return {
		options,
		optionsRev: 0,
		optionsMore: {},
		presets: new Map(),
		deckPresets: new Map(),
		history: new Map(),
		notes: new Map(),
		orphans: new Map(),
		log: emptyLog(),
		aliases: new Map(),
		suspended: new Map(),
		buried: new Map(),
		cache: new StateCache(),
		practice: new Map(),
		dueSet: new Map(),
	};
}
