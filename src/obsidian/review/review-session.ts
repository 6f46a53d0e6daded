import { inDeckTree, nextDayStart, runtimeUtcOffset, type CardInfo, type QueueCounts, type Rating, type ReviewQueue, type StudySpec } from "../../core";
import type { LiveCollection } from "../indexing/live-collection";
import { presetTarget } from "../study/study-title";

/**
 * What a session reviews: every deck, one deck's subtree, the cards of one note, or a custom study
 * (the cards of a search, `title` saying what it is).
 */
export type SessionTarget =
	| { kind: "all" }
	| { kind: "deck"; deck: string }
	| { kind: "note"; path: string }
	| { kind: "study"; spec: StudySpec; title: string };

/** A custom study of one note's cards that reschedules nothing (a cram of the note). */
export function noteCram(path: string): SessionTarget {
	return presetTarget({ kind: "cram-note", path });
}

/** Anki's cap on the time recorded for one answer (a card left on screen is not studied). */
const MAX_ANSWER_MS = 60_000;

/** Why a session has no card to show, for the finished screen. */
export interface FinishedInfo {
	/** Epoch ms when the next card of the target becomes due (learning or review), or null. */
	nextDue: number | null;
	/** Cards hidden until tomorrow. */
	buried: number;
	/** New cards held back by today's new-card limit. */
	newWaiting: number;
	/** Reviews due today held back by today's review limit. */
	reviewsWaiting: number;
	/** Cards answered in this session. */
	reviewed: number;
}

/**
 * One review session, without any DOM: which card is on screen, whether its answer shows, the
 * remaining counts, and the actions on it. Views draw it; every entry point starts one of these.
 */
export class ReviewSession {
	current: CardInfo | null = null;
	revealed = false;
	counts: QueueCounts = { new: 0, learn: 0, due: 0 };
	reviewed = 0;
	private readonly acted: string[] = [];
	/** Epoch ms when the card on screen appeared (its answer time goes into the review log). */
	private shownAt = 0;

	readonly target: SessionTarget;
	/** Cards a custom study has shown and answered: a study shows each card once (practice would loop). */
	private readonly studied = new Set<string>();

	/** A note with nothing to review now becomes a cram of that note (it reschedules nothing). */
	constructor(
		private readonly live: LiveCollection,
		target: SessionTarget,
		private readonly now: () => Date,
	) {
		this.target = target.kind === "note" && live.collection.noteQueue(target.path, now()).cards.length === 0 ? noteCram(target.path) : target;
	}

	/** Whether answers change schedules (false in a cram or a preview). */
	get reschedules(): boolean {
		return this.target.kind !== "study" || this.target.spec.reschedule;
	}

	/** Moves to the first card of the queue (or `preferId`, when it is reviewable). */
	next(preferId?: string): void {
		const { counts, cards } = this.queue();
		this.counts = counts;
		this.revealed = false;
		const preferred = preferId === undefined ? undefined : this.live.collection.card(preferId);
		this.current = preferred ?? cards[0] ?? null;
		this.shownAt = this.now().getTime();
	}

	/** Whether this session answered, buried or suspended a card that undo can bring back. */
	get canUndo(): boolean {
		return this.acted.length > 0;
	}

	reveal(): boolean {
		if (!this.current || this.revealed) return false;
		this.revealed = true;
		return true;
	}

	/** Due time (epoch ms) after each answer, as the buttons show it. */
	previews(): Record<Rating, number> | null {
		return this.current ? this.live.collection.preview(this.current.id, this.now()) : null;
	}

	answer(rating: Rating): void {
		const card = this.current;
		if (!card) return;
		const now = this.now();
		this.live.collection.answer(card.id, rating, now, Math.min(now.getTime() - this.shownAt, MAX_ANSWER_MS), { reschedule: this.reschedules });
		if (this.target.kind === "study") this.studied.add(card.id);
		this.reviewed++;
		this.done(card);
	}

	bury(): void {
		const card = this.current;
		if (!card) return;
		this.live.collection.bury(card.id, this.now());
		this.done(card);
	}

	suspend(): void {
		const card = this.current;
		if (!card) return;
		this.live.collection.suspend(card.id, true, this.now());
		this.done(card);
	}

	/** Undoes the last answer, bury or suspension and shows that card again; false when there is none. */
	undo(): boolean {
		if (!this.live.collection.undo()) return false;
		const id = this.acted.pop();
		if (id !== undefined) this.studied.delete(id);
		if (id !== undefined && this.reviewed > 0) this.reviewed--;
		this.live.touch({ paths: null, reason: "review" });
		this.next(id);
		return true;
	}

	/**
	 * The collection changed (an edit of the note, a sync): keeps the card on screen with its new
	 * text, or moves on when it is gone. Says what happened so the view redraws only when needed.
	 */
	refresh(): "same" | "changed" | "gone" {
		const card = this.current;
		if (!card) {
			// Finished so far: new cards (a first index, an edit, a sync) may have come due.
			this.next();
			return this.current ? "gone" : "same";
		}
		const fresh = this.live.collection.card(card.id);
		// Gone from its note, hidden, or answered on another device (a sync): on to the next card.
		if (!fresh || fresh.suspended || fresh.buried || fresh.reps !== card.reps || fresh.due !== card.due) {
			this.next();
			return "gone";
		}
		const counts = this.queue().counts;
		const same = fresh.front === card.front && fresh.back === card.back && fresh.path === card.path && fresh.line === card.line && fresh.deck === card.deck;
		this.current = fresh;
		this.counts = counts;
		return same ? "same" : "changed";
	}

	finished(): FinishedInfo {
		const now = this.now().getTime();
		const dayEnd = nextDayStart(now, this.live.collection.options().dayStartHour, runtimeUtcOffset);
		const cards = this.targetCards().filter((c) => !c.suspended);
		let nextDue: number | null = null;
		let buried = 0;
		let newWaiting = 0;
		let reviewsWaiting = 0;
		for (const card of cards) {
			if (card.buried) buried++;
			else if (card.state === "new") newWaiting++;
			else if (card.state === "review" && card.due < dayEnd) reviewsWaiting++;
			else if (nextDue === null || card.due < nextDue) nextDue = card.due;
		}
		// Note sessions and custom studies ignore the daily limits, so nothing waits on them there.
		if (this.target.kind === "note" || this.target.kind === "study") newWaiting = reviewsWaiting = 0;
		return { nextDue, buried, newWaiting, reviewsWaiting, reviewed: this.reviewed };
	}

	private done(card: CardInfo): void {
		this.acted.push(card.id);
		this.live.touch({ paths: [card.path], reason: "review" });
		this.next();
	}

	private queue(): { counts: QueueCounts; cards: readonly CardInfo[] } {
		const now = this.now();
		switch (this.target.kind) {
			case "all":
				return this.live.collection.queue(now);
			case "deck":
				return this.live.collection.queue(now, this.target.deck);
			case "note":
				return this.live.collection.noteQueue(this.target.path, now);
			case "study":
				return this.studyQueue(this.target.spec, now);
		}
	}

	/** A study's queue without the cards this session already answered (a learning card comes back when due). */
	private studyQueue(spec: StudySpec, now: Date): { counts: QueueCounts; cards: readonly CardInfo[] } {
		let queue: ReviewQueue;
		try {
			queue = this.live.collection.queue(now, spec);
		} catch {
			// A search saved with the view that no longer parses (the study was started from a checked one).
			return { counts: { new: 0, learn: 0, due: 0 }, cards: [] };
		}
		const time = now.getTime();
		const open = (card: CardInfo): boolean => !this.studied.has(card.id) || (spec.reschedule && card.state !== "review" && card.state !== "new" && card.due <= time);
		const cards = queue.cards.filter(open);
		const counts = { new: 0, learn: 0, due: 0 };
		for (const card of cards) counts[card.state === "new" ? "new" : card.state === "review" ? "due" : "learn"]++;
		return { counts, cards };
	}

	private targetCards(): readonly CardInfo[] {
		switch (this.target.kind) {
			case "all":
				return this.live.cards();
			case "deck": {
				const root = this.target.deck;
				return this.live.cards().filter((c) => inDeckTree(c.deck, root));
			}
			case "note":
				return this.live.cardsIn(this.target.path);
			case "study":
				return this.studyQueue(this.target.spec, this.now()).cards;
		}
	}
}

/** Reads a session target back from saved view state; null when it is not one. */
export function parseTarget(raw: unknown): SessionTarget | null {
	if (typeof raw !== "object" || raw === null) return null;
	const value = raw as Record<string, unknown>;
	if (value.kind === "all") return { kind: "all" };
	if (value.kind === "deck" && typeof value.deck === "string") return { kind: "deck", deck: value.deck };
	if (value.kind === "note" && typeof value.path === "string") return { kind: "note", path: value.path };
	if (value.kind === "study" && typeof value.title === "string" && typeof value.spec === "object" && value.spec !== null) {
		const spec = value.spec as Record<string, unknown>;
		if (typeof spec.search !== "string" || typeof spec.reschedule !== "boolean") return null;
		const study: StudySpec = { search: spec.search, reschedule: spec.reschedule };
		if (typeof spec.limit === "number") study.limit = spec.limit;
		if (spec.order === "due" || spec.order === "random" || spec.order === "added" || spec.order === "retrievability") study.order = spec.order;
		return { kind: "study", spec: study, title: value.title };
	}
	return null;
}
