import type { SchedulingState } from "../types";
import { unpackState, type PackedState, type StateSource } from "./packed-state";

/** A card's cached state: decoded, or its line of a loaded cache text (which keeps the state once decoded). */
type Cached = SchedulingState | (PackedState & { decoded?: SchedulingState });

function isPacked(cached: Cached): cached is PackedState & { decoded?: SchedulingState } {
	return (cached as PackedState).source !== undefined;
}

/**
 * The scheduling cache: per canonical reviewable id with history, its state after replaying its log.
 * A state loaded from a store keeps its line of the stored text and is decoded on first use; the time
 * of each card's last answer is known without decoding (the day's queue asks it of every card).
 */
export class StateCache {
	private readonly states = new Map<string, Cached>();
	/** Changes whenever a card is added or removed (not when one changes). */
	private version = 0;
	/** The text the cache was read from, while every state is still as read (saving writes it back whole). */
	private pristine: StateSource | undefined;

	/** A card's state (decoded on first use). Treat it as read-only: `set` a new one to change it. */
	get(id: string): SchedulingState | undefined {
		const cached = this.states.get(id);
		if (cached === undefined || !isPacked(cached)) return cached;
		cached.decoded ??= unpackState(cached, id);
		return cached.decoded;
	}

	set(id: string, state: SchedulingState): void {
		if (!this.states.has(id)) this.version++;
		this.states.set(id, state);
		this.pristine = undefined;
	}

	/** Sets a card's line as read (and checked) from a store's cache text. */
	setPacked(id: string, packed: PackedState): void {
		this.version++;
		this.states.set(id, packed);
	}

	/** Marks the cache as holding exactly what `source` says (every line read from it, unchanged). */
	loaded(source: StateSource): void {
		this.pristine = source;
	}

	delete(id: string): boolean {
		this.pristine = undefined;
		const deleted = this.states.delete(id);
		if (deleted) this.version++;
		return deleted;
	}

	/** Changes whenever a card is added or removed (not when one changes): lets saving reuse its sorted ids. */
	get keysVersion(): number {
		return this.version;
	}

	has(id: string): boolean {
		return this.states.has(id);
	}

	keys(): IterableIterator<string> {
		return this.states.keys();
	}

	get size(): number {
		return this.states.size;
	}

	/** Takes a card's state from another cache, sharing it (states are never changed in place, only replaced). */
	adopt(id: string, other: StateCache): void {
		const cached = other.states.get(id);
		if (cached === undefined) return;
		if (!this.states.has(id)) this.version++;
		this.states.set(id, cached);
		this.pristine = undefined;
	}

	/** The stored text when no state changed since loading. */
	unchangedSource(): StateSource | undefined {
		return this.pristine;
	}

	/** A card's line of the stored text, while its state is unchanged since loading. */
	packed(id: string): PackedState | undefined {
		const cached = this.states.get(id);
		return cached !== undefined && isPacked(cached) ? cached : undefined;
	}

	/** Calls `visit` with each card, and its line when its state is still as read. */
	forEachEntry(visit: (id: string, packed: PackedState | undefined) => void): void {
		for (const [id, cached] of this.states) visit(id, isPacked(cached) ? cached : undefined);
	}

	/** Epoch ms of a card's last answer, without decoding its state. */
	lastReview(id: string): number | undefined {
		return this.states.get(id)?.lastReview;
	}

	/** Calls `visit` with each card's id and last answer time, decoding nothing. */
	forEachLastReview(visit: (id: string, lastReview: number | undefined) => void): void {
		for (const [id, cached] of this.states) visit(id, cached.lastReview);
	}
}
