import type { CardInfo } from "../../types";
import { cardInfo, noteCardInfos, type InfoScope } from "./card-infos";
import { byText } from "../store/store-schema";

/**
 * The public card list, kept per note so that a change costs its note only: indexing a note rebuilds
 * that note's cards, an answer replaces one card. Orders (by path for `cards()`, by deck then path for
 * picking new cards) are over notes, not cards, so they stay cheap to redo.
 */
export class CardInfoIndex {
	private readonly byNote = new Map<string, CardInfo[]>();
	private readonly where = new Map<string, { path: string; index: number }>();
	private pathOrder: string[] | undefined;
	private deckOrder: string[] | undefined;
	private flat: CardInfo[] | undefined;
	private readonly flatIndex = new Map<string, number>();
	/** New cards per note. */
	private readonly newCount = new Map<string, number>();
	private built = false;

	constructor(private scope: () => InfoScope) {}

	/** Forgets everything (after a load, a merge or an alias change). */
	reset(): void {
		this.byNote.clear();
		this.where.clear();
		this.newCount.clear();
		this.built = false;
		this.invalidateOrder();
	}

	private invalidateOrder(): void {
		this.pathOrder = undefined;
		this.deckOrder = undefined;
		this.flat = undefined;
		this.flatIndex.clear();
	}

	private setNote(path: string): void {
		for (const info of this.byNote.get(path) ?? []) if (this.where.get(info.id)?.path === path) this.where.delete(info.id);
		const infos = noteCardInfos(this.scope(), path);
		if (infos.length > 0) this.byNote.set(path, infos);
		else this.byNote.delete(path);
		infos.forEach((info, index) => this.where.set(info.id, { path, index }));
		this.countNew(path);
	}

	private ensure(): void {
		if (this.built) return;
		for (const path of this.scope().data.notes.keys()) this.setNote(path);
		this.built = true;
	}

	/** Rebuilds the cards of notes that changed. */
	notesChanged(paths: Iterable<string>): void {
		if (!this.built) return;
		for (const path of paths) this.setNote(path);
		this.invalidateOrder();
	}

	/** Refreshes one card after an answer, bury, suspend or undo. */
	cardChanged(id: string): void {
		if (!this.built) return;
		const at = this.where.get(id);
		const infos = at && this.byNote.get(at.path);
		const info = at && cardInfo(this.scope(), id, at.path);
		if (!at || !infos || !info) return;
		const wasNew = infos[at.index]?.state === "new";
		infos[at.index] = info;
		if (wasNew !== (info.state === "new")) this.countNew(at.path);
		const flatAt = this.flatIndex.get(id);
		if (this.flat && flatAt !== undefined) this.flat[flatAt] = info;
	}

	/** One card by canonical id. */
	get(id: string): CardInfo | undefined {
		this.ensure();
		const at = this.where.get(id);
		return at && this.byNote.get(at.path)?.[at.index];
	}

	/** Every card, notes by path, cards in document order. Do not modify. */
	all(): readonly CardInfo[] {
		this.ensure();
		if (!this.flat) {
			this.pathOrder ??= [...this.byNote.keys()].sort(byText);
			this.flat = this.pathOrder.flatMap((path) => this.byNote.get(path) ?? []);
			this.flat.forEach((info, i) => this.flatIndex.set(info.id, i));
		}
		return this.flat;
	}

	/**
	 * The cards of each note that still has new cards, notes ordered by deck then path: the order new
	 * cards are introduced in. Notes without new cards are skipped without looking at their cards.
	 */
	*byDeck(): Generator<readonly CardInfo[]> {
		this.ensure();
		if (!this.deckOrder) {
			const deckOf = (path: string): string => this.byNote.get(path)?.[0]?.deck ?? "";
			this.deckOrder = [...this.byNote.keys()].sort((a, b) => byText(deckOf(a), deckOf(b)) || byText(a, b));
		}
		for (const path of this.deckOrder) {
			if ((this.newCount.get(path) ?? 0) > 0) yield this.byNote.get(path) ?? [];
		}
	}

	private countNew(path: string): void {
		const count = (this.byNote.get(path) ?? []).filter((info) => info.state === "new").length;
		if (count > 0) this.newCount.set(path, count);
		else this.newCount.delete(path);
	}
}
