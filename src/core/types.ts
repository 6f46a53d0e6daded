/**
 * The core's shared vocabulary: plain, serialisable data only. Every module of `src/core` speaks in
 * these types, and `src/core/index.ts` re-exports them for the Obsidian layer.
 */

/** An answer button: 1 Again, 2 Hard, 3 Good, 4 Easy. */
export type Rating = 1 | 2 | 3 | 4;

/** Every rating, in button order. */
export const RATINGS: readonly Rating[] = [1, 2, 3, 4];

/** Where a card is in its life: never seen, in (re)learning steps, or graduated. */
export type CardState = "new" | "learning" | "review" | "relearning";

/**
 * What kind of note card produced a reviewable card. A reminder has one side (no answer): its review
 * asks how soon it should come back.
 */
export type CardKind = "basic" | "reversed" | "cloze" | "reminder";

/** Settings that change what the parser reads as a card. */
export interface ParseOptions {
	/** The tag word of the markers, without `#` (`card` → `#card`, `#card-reverse`, `#card/reverse`). */
	cardTag: string;
	/** Frontmatter key naming the deck; `::` separates levels. */
	deckKey: string;
	/** Use the note's folder path as its deck when the frontmatter names none. */
	folderDecks: boolean;
	/** Deck of notes with neither a deck key nor a folder. */
	defaultDeck: string;
	/** Read `Q::A` / `Q:::A` inline cards. */
	inlineCards: boolean;
	/** Separator of a one-way inline card. */
	inlineSeparator: string;
	/** Separator of a reversed inline card. */
	inlineReversedSeparator: string;
	/** Read `==highlight==`, `{1:…}` and `{{c1::…}}` clozes. */
	clozeCards: boolean;
	/**
	 * In a note that takes part, a paragraph with `==highlights==` is a cloze card without a marker
	 * (off: only marked paragraphs, since highlights are ordinary formatting too).
	 */
	highlightClozes: boolean;
	/** Info string of a fenced card block (```` ```flashcard ````), compared case-insensitively. */
	fenceLabel: string;
}

/** A problem found in a note; the note's other cards are still read. */
export interface ParseWarning {
	/** 0-based line in the original file. */
	line: number;
	message: string;
}

/** One card as written in a note (a reversed or cloze card yields several reviewable cards). */
export interface ParsedCard {
	kind: CardKind;
	/** Markdown as written, trimmed, marker and anchor removed; a cloze front keeps its markup. */
	front: string;
	/** Markdown as written, trimmed, anchor removed; may be empty only for a cloze. */
	back: string;
	/** 0-based line of the card's first line in the original file. */
	line: number;
	/** 0-based, exclusive. */
	endLine: number;
	/** Note tags plus the tags written after the marker, without `#`. */
	tags: string[];
	/** Texts of the headings above the card (not its own), outermost first. */
	context: string[];
	/** Block id (without `^`) that follows the back, the strongest identity key. */
	anchor?: string;
	/** Cloze numbers of a cloze card, sorted and distinct. */
	clozes?: number[];
}

/** What `parseNote` returns. */
export interface ParsedNote {
	/** Deck path, levels joined by `::`. */
	deck: string;
	/** The note's own tags (frontmatter and body), without `#`. */
	tags: string[];
	/** Note cards in document order. */
	cards: ParsedCard[];
	warnings: ParseWarning[];
}

/** FSRS memory and step state of one reviewable card; a cache that replaying its log rebuilds. */
export interface SchedulingState {
	state: CardState;
	/** Epoch ms when the card is next due. */
	due: number;
	/** FSRS stability in days; 0 while new. */
	stability: number;
	/** FSRS difficulty in [1, 10]; 0 while new. */
	difficulty: number;
	/** Interval just given, in days (0 on a sub-day step). */
	scheduledDays: number;
	/** Index of the current (re)learning step. */
	step: number;
	reps: number;
	lapses: number;
	/** Epoch ms of the last answer; absent while new. */
	lastReview?: number;
	/** UTC offset in minutes (east positive) recorded with the last answer; fixes that answer's local day. */
	lastReviewOffset?: number;
}

/** One answer in the review log, the store's source of truth. */
export interface ReviewEntry {
	/** Reviewable card id. */
	card: string;
	/** Epoch ms of the answer. */
	time: number;
	rating: Rating;
	/** Id of the device that answered (never the synced data's own). */
	device: string;
	/** The device's UTC offset in minutes at `time` (east positive, e.g. +540 in Tokyo). */
	offset: number;
	/** Time spent on the card before answering, in ms, when known. */
	duration?: number;
}

/** A reviewable card as the rest of the plugin sees it. */
export interface CardInfo {
	/** Stable reviewable card id. */
	id: string;
	/** Id shared by the siblings of one note card (both sides of a reversed card, all clozes). */
	noteCardId: string;
	kind: CardKind;
	/** Vault path of the note. */
	path: string;
	/** 0-based line of the note card in its note. */
	line: number;
	/** For the back→front side of a reversed card, the note card's back. A cloze front keeps its markup. */
	front: string;
	back: string;
	context: string[];
	tags: string[];
	deck: string;
	/** For a cloze card, the cloze number this card asks. */
	cloze?: number;
	state: CardState;
	/** Epoch ms. */
	due: number;
	reps: number;
	lapses: number;
	suspended: boolean;
	/** Hidden until the next day starts. */
	buried: boolean;
	/** Lapsed at least the leech threshold times. */
	leech: boolean;
	/** FSRS stability in days; 0 while new. */
	stability: number;
	/** FSRS difficulty in [1, 10]; 0 while new. */
	difficulty: number;
	/** Epoch ms of the last answer; absent while new. */
	lastReview?: number;
	/** Epoch ms the card was first seen (kept across edits). */
	added: number;
}

/** One answer with the scheduling it caused, as replaying the log computes it (statistics, card info). */
export interface ReviewRecord extends ReviewEntry {
	/** State before the answer. */
	stateBefore: CardState;
	/** State after the answer. */
	state: CardState;
	/** Epoch ms the answer made the card due. */
	due: number;
	/** Interval given, in days (0 on a sub-day step). */
	scheduledDays: number;
	/** Stability after the answer, in days. */
	stability: number;
	/** Difficulty after the answer, in [1, 10]. */
	difficulty: number;
	/** Local days since the previous answer (0 for the first). */
	elapsedDays: number;
}

/** New / Learn / Due counts, as Anki shows them. */
export interface QueueCounts {
	new: number;
	learn: number;
	due: number;
}

/** Today's cards of a deck subtree, daily limits applied. */
export interface ReviewQueue {
	counts: QueueCounts;
	/** In review order. */
	cards: CardInfo[];
}

/** Options that change scheduling; stored in the collection and synced with it. */
export interface SchedulerOptions {
	/** New cards introduced per day. */
	newPerDay: number;
	/** Reviews per day (also caps new cards). */
	reviewsPerDay: number;
	/** Local hour (0–23) at which the next day starts. */
	dayStartHour: number;
	/** Target probability of recall, in (0, 1). */
	desiredRetention: number;
	/** Longest interval in days. */
	maximumInterval: number;
	/** Learning steps in minutes. */
	learningSteps: number[];
	/** Relearning steps in minutes. */
	relearningSteps: number[];
	/** Lapses at which a card becomes a leech. */
	leechThreshold: number;
	/**
	 * The 21 FSRS-6 parameters fitted to the user's reviews ("Optimize"), or empty for the defaults.
	 * Changing them reschedules nothing by itself: each card uses them from its next answer on.
	 */
	fsrsParameters: number[];
}

/** Gives the UTC offset in minutes (east positive) in force at an instant; the core has no clock. */
export type UtcOffset = (epochMs: number) => number;

/** Everything a collection can be configured with; `deviceId` and `utcOffset` are local, never synced. */
export interface CollectionOptions extends SchedulerOptions, ParseOptions {
	/** This device's id, recorded with each answer. */
	deviceId: string;
	/** Time zone for day boundaries; the runtime's when absent. */
	utcOffset?: UtcOffset;
}
