import { Modal, Setting, type App } from "obsidian";
import type { StudyPreset } from "../../core";
import { t, type MessageKey } from "../i18n";
import { errorText } from "../i18n/error-text";
import type { LiveCollection } from "../indexing/live-collection";
import type { SessionTarget } from "../review/review-session";
import { presetTarget } from "./study-title";

/** The choices of the custom study dialog, in Anki's order, and what each needs. */
const CHOICES = [
	{ kind: "more-new", label: "study.moreNew", needs: "number", amount: "study.howManyNew", n: 10 },
	{ kind: "more-reviews", label: "study.moreReviews", needs: "number", amount: "study.howManyReviews", n: 50 },
	{ kind: "forgotten", label: "study.forgotten", needs: "number", amount: "study.daysBack", n: 1 },
	{ kind: "ahead", label: "study.ahead", needs: "number", amount: "study.daysAhead", n: 1 },
	{ kind: "preview", label: "study.preview", needs: "number", amount: "study.howManyNew", n: 10 },
	{ kind: "tag", label: "study.byTag", needs: "tag" },
	{ kind: "state", label: "study.byState", needs: "state" },
	{ kind: "cram-deck", label: "study.cramDeck", needs: "deck" },
	{ kind: "cram-note", label: "study.cramNote", needs: "note" },
	{ kind: "search", label: "study.bySearch", needs: "search" },
] as const satisfies readonly { kind: string; label: MessageKey; needs: string; amount?: MessageKey; n?: number }[];

type Choice = (typeof CHOICES)[number];
const STATES = ["due", "new", "learn", "review", "suspended", "leech"] as const;
/** How the state dropdown names each state. */
const STATE_NAMES: Record<(typeof STATES)[number], MessageKey> = { due: "count.due", new: "state.new", learn: "state.learning", review: "state.review", suspended: "state.suspended", leech: "session.leech" };

/**
 * Custom study: Anki's presets and a search of one's own, each saying whether its answers
 * reschedule, and how many cards it would show now. A study that finds no card does not start.
 */
export class CustomStudyModal extends Modal {
	private choice: Choice = CHOICES[0];
	private deck: string;
	private n = "10";
	private text = "";
	private state: (typeof STATES)[number] = "due";
	private reschedule = false;

	constructor(
		app: App,
		private readonly live: LiveCollection,
		private readonly now: () => Date,
		private readonly start: (target: SessionTarget) => void,
		options: { deck?: string; notePath?: string } = {},
	) {
		super(app);
		this.deck = options.deck ?? "";
		this.notePath = options.notePath ?? "";
	}

	private notePath: string;

	override onOpen(): void {
		this.setTitle(t("study.title"));
		this.draw();
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	/** The preset the form describes now. */
	preset(): StudyPreset {
		const deck = this.deck || undefined;
		const n = Number(this.n);
		switch (this.choice.kind) {
			case "more-new":
			case "more-reviews":
			case "forgotten":
			case "ahead":
			case "preview":
				return { kind: this.choice.kind, deck, n };
			case "tag":
				return { kind: "tag", deck, tag: this.text.trim(), reschedule: this.reschedule };
			case "state":
				return { kind: "state", deck, state: this.state, reschedule: this.reschedule };
			case "cram-deck":
				return { kind: "cram-deck", deck: this.deck };
			case "cram-note":
				return { kind: "cram-note", path: this.notePath };
			case "search":
				return { kind: "search", search: this.text, reschedule: this.reschedule };
		}
	}

	private draw(): void {
		const el = this.contentEl;
		el.empty();
		el.addClass("flashcard-review-custom-study");
		new Setting(el).setName(t("study.choice")).addDropdown((dropdown) => {
			for (const choice of CHOICES) dropdown.addOption(choice.kind, t(choice.label));
			dropdown.setValue(this.choice.kind).onChange((value) => {
				this.choice = CHOICES.find((c) => c.kind === value) ?? CHOICES[0];
				if ("n" in this.choice) this.n = String(this.choice.n);
				this.text = "";
				this.draw();
			});
		});
		const needs = this.choice.needs;
		if (needs !== "note" && needs !== "search") {
			new Setting(el).setName(t("study.deck")).addDropdown((dropdown) => {
				if (needs !== "deck") dropdown.addOption("", t("study.allDecks"));
				for (const deck of this.live.decks()) dropdown.addOption(deck, deck);
				if (needs === "deck" && this.deck === "") this.deck = this.live.decks()[0] ?? "";
				dropdown.setValue(this.deck).onChange((value) => {
					this.deck = value;
					this.update();
				});
			});
		}
		if (needs === "number") this.textSetting(el, t(this.choice.amount), this.n, (v) => (this.n = v));
		if (needs === "tag") this.textSetting(el, t("study.tag"), this.text, (v) => (this.text = v));
		if (needs === "search") this.textSetting(el, t("study.search"), this.text, (v) => (this.text = v));
		if (needs === "note") {
			new Setting(el).setName(t("study.note")).addDropdown((dropdown) => {
				for (const path of this.live.paths().sort()) dropdown.addOption(path, path.replace(/\.md$/, ""));
				if (!this.live.hasCards(this.notePath)) this.notePath = this.live.paths().sort()[0] ?? "";
				dropdown.setValue(this.notePath).onChange((value) => {
					this.notePath = value;
					this.update();
				});
			});
		}
		if (needs === "state") {
			new Setting(el).setName(t("study.state")).addDropdown((dropdown) => {
				for (const state of STATES) dropdown.addOption(state, t(STATE_NAMES[state]));
				dropdown.setValue(this.state).onChange((value) => {
					this.state = STATES.find((s) => s === value) ?? "due";
					this.update();
				});
			});
		}
		if (needs === "tag" || needs === "state" || needs === "search") {
			new Setting(el)
				.setName(t("study.reschedule"))
				.setDesc(t("study.rescheduleDesc"))
				.addToggle((toggle) =>
					toggle.setValue(this.reschedule).onChange((value) => {
						this.reschedule = value;
						this.update();
					}),
				);
		}
		el.createDiv("flashcard-review-custom-study-summary");
		new Setting(el).addButton((button) => button.setButtonText(t("study.start")).setCta().onClick(() => this.submit()));
		this.update();
	}

	private textSetting(el: HTMLElement, name: string, value: string, set: (value: string) => void): void {
		new Setting(el).setName(name).addText((text) => {
			text.setValue(value).onChange((v) => {
				set(v);
				this.update();
			});
			text.inputEl.addEventListener("keydown", (evt) => {
				if (evt.key === "Enter") this.submit();
			});
		});
	}

	/** What the study would show now, or why it cannot start. */
	private check(): { target: SessionTarget; cards: number } | { error: string } {
		const needsNumber = this.choice.needs === "number";
		if (needsNumber && !(Number.isInteger(Number(this.n)) && Number(this.n) > 0)) return { error: t("study.notWhole", { value: this.n }) };
		if (this.choice.needs === "tag" && this.text.trim() === "") return { error: t("study.writeTag") };
		const target = presetTarget(this.preset());
		try {
			const cards = this.live.collection.queue(this.now(), target.spec).cards.length;
			return { target, cards };
		} catch (error) {
			return { error: errorText(error) };
		}
	}

	private update(): void {
		const summary = this.contentEl.querySelector<HTMLElement>(".flashcard-review-custom-study-summary");
		if (!summary) return;
		const result = this.check();
		summary.toggleClass("is-error", "error" in result);
		if ("error" in result) return summary.setText(result.error);
		const { target, cards } = result;
		const mode = target.kind === "study" && target.spec.reschedule ? t("study.reschedules") : t("study.practice");
		summary.setText(t("study.cardsNow", { count: cards, mode }));
	}

	private submit(): void {
		const result = this.check();
		if ("error" in result || result.cards === 0) return this.update();
		this.close();
		this.start(result.target);
	}
}
