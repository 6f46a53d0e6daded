/**
 * Daily limits over a deck tree, as Anki's v3 scheduler applies them (docs/decisions/option-presets.md):
 * the studied deck's preset caps the whole session, and every deck below it caps the cards of its own
 * subtree with its preset's limits, each counted from today's answers in that subtree. A deck with the
 * same preset as its parent can never cap more than the parent does, so only the studied deck and the
 * decks whose preset differs from their parent's are tracked.
 */
import { DECK_SEPARATOR } from "../../deck-path";
import type { SchedulerOptions } from "../../types";
import { deckOptions, presetIdOf } from "../presets/deck-presets";
import type { StoreData } from "../store-model";

/** What one deck still allows today. */
interface Room {
	newLeft: number;
	reviewLeft: number;
}

/** Today's answers in a deck's subtree that count against its limits. */
export interface Answered {
	newAnswered: number;
	reviewsAnswered: number;
}

/** The room a deck with these options leaves after today's answers (new cards also use review room). */
export function roomOf(options: Pick<SchedulerOptions, "newPerDay" | "reviewsPerDay">, answered: Answered): Room {
	return {
		newLeft: Math.max(0, options.newPerDay - answered.newAnswered),
		reviewLeft: Math.max(0, options.reviewsPerDay - answered.reviewsAnswered - answered.newAnswered),
	};
}

/** The parent of a deck path ("" above a top-level deck). */
export function parentDeck(deck: string): string {
	const cut = deck.lastIndexOf(DECK_SEPARATOR);
	return cut < 0 ? "" : deck.slice(0, cut);
}

/** The limits of one queue: the studied deck ("" for every deck) and the decks below it that cap their cards. */
export class DeckLimits {
	private readonly used = new Map<string, Answered>();
	private readonly rooms = new Map<string, Room>();
	private readonly chains = new Map<string, Room[]>();
	/** What the studied deck still allows: the session's cap. */
	readonly root: Room;

	/** `answered` lists, per card answered today in the studied subtree, its deck and what its answers today count for. */
	constructor(
		private readonly data: StoreData,
		private readonly studied: string,
		answered: readonly (Answered & { deck: string })[],
	) {
		for (const card of answered) {
			for (const path of this.cappingDecks(card.deck)) {
				const used = this.used.get(path) ?? { newAnswered: 0, reviewsAnswered: 0 };
				used.newAnswered += card.newAnswered;
				used.reviewsAnswered += card.reviewsAnswered;
				this.used.set(path, used);
			}
		}
		this.root = this.roomFor(studied);
	}

	private roomFor(path: string): Room {
		let room = this.rooms.get(path);
		if (!room) {
			room = roomOf(deckOptions(this.data, path), this.used.get(path) ?? { newAnswered: 0, reviewsAnswered: 0 });
			this.rooms.set(path, room);
		}
		return room;
	}

	/** The studied deck and the decks between it and `deck` (inclusive) whose preset differs from their parent's. */
	private cappingDecks(deck: string): string[] {
		const paths = [this.studied];
		if (this.data.deckPresets.size === 0) return paths;
		for (let end = deck.indexOf(DECK_SEPARATOR, this.studied.length + 1); ; end = deck.indexOf(DECK_SEPARATOR, end + 1)) {
			const path = end < 0 ? deck : deck.slice(0, end);
			if (path.length > this.studied.length && presetIdOf(this.data, path) !== presetIdOf(this.data, parentDeck(path))) paths.push(path);
			if (end < 0) return paths;
		}
	}

	private chain(deck: string): Room[] {
		let chain = this.chains.get(deck);
		if (!chain) {
			chain = this.cappingDecks(deck).map((path) => this.roomFor(path));
			this.chains.set(deck, chain);
		}
		return chain;
	}

	/** Takes a review card of `deck` if every deck above it down from the studied one has room. */
	takeReview(deck: string): boolean {
		const chain = this.chain(deck);
		if (!chain.every((room) => room.reviewLeft > 0)) return false;
		for (const room of chain) room.reviewLeft--;
		return true;
	}

	/** Takes a new card of `deck` if every deck above it has room for a new card and for a review. */
	takeNew(deck: string): boolean {
		const chain = this.chain(deck);
		if (!chain.every((room) => room.newLeft > 0 && room.reviewLeft > 0)) return false;
		for (const room of chain) {
			room.newLeft--;
			room.reviewLeft--;
		}
		return true;
	}
}
