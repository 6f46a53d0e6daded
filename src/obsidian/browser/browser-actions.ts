import { Menu, Notice, setIcon, type App } from "obsidian";
import type { CardInfo } from "../../core";
import { t, type MessageKey } from "../i18n";
import type { LiveCollection } from "../indexing/live-collection";
import type { SessionTarget } from "../review/review-session";
import { SetDueModal } from "./set-due-modal";

/** What the actions on the selection need. */
export interface ActionDeps {
	app: App;
	live: LiveCollection;
	now(): Date;
	save(): void;
	openNote(card: CardInfo): void;
	openCardInfo?: (cardId: string) => void;
	study(target: SessionTarget): void;
}

/** One button of the action bar. */
interface BrowserAction {
	/** Names the button in the DOM (data-action), whatever the language. */
	id: string;
	icon: string;
	label: string;
	/** Runs on the selected cards (in table order); says what it did for a notice, or nothing. */
	run(cards: CardInfo[], button: HTMLElement): string | void;
	/** Needs exactly one card. */
	single?: boolean;
}

function actions(deps: ActionDeps): BrowserAction[] {
	const change = (done: MessageKey, act: (ids: string[], now: Date) => void) => (cards: CardInfo[]): string => {
		act(
			cards.map((c) => c.id),
			deps.now(),
		);
		deps.live.touch({ paths: [...new Set(cards.map((c) => c.path))], reason: "review" });
		deps.save();
		return t(done, { count: cards.length });
	};
	const collection = (): LiveCollection["collection"] => deps.live.collection;
	return [
		{ id: "Suspend", icon: "pause", label: t("browser.suspend"), run: change("browser.suspended", (ids, now) => collection().suspendCards(ids, true, now)) },
		{ id: "Unsuspend", icon: "play", label: t("browser.unsuspend"), run: change("browser.unsuspended", (ids, now) => collection().suspendCards(ids, false, now)) },
		{ id: "Bury", icon: "eye-off", label: t("browser.bury"), run: change("browser.buried", (ids, now) => collection().buryCards(ids, true, now)) },
		{ id: "Unbury", icon: "eye", label: t("browser.unbury"), run: change("browser.unburied", (ids, now) => collection().buryCards(ids, false, now)) },
		{ id: "Forget", icon: "rotate-ccw", label: t("browser.forget"), run: change("browser.forgotten", (ids, now) => collection().forget(ids, now)) },
		{
			id: "Set due date",
			icon: "calendar",
			label: t("browser.setDue"),
			run: (cards) => {
				new SetDueModal(deps.app, (days) => new Notice(change("browser.dueSet", (ids, now) => collection().setDue(ids, days, now))(cards))).open();
			},
		},
		{ id: "Open in note", icon: "file-text", label: t("browser.openInNote"), single: true, run: (cards) => cards[0] && deps.openNote(cards[0]) },
		...(deps.openCardInfo ? [{ id: "Card info", icon: "info", label: t("action.cardInfo"), single: true, run: (cards: CardInfo[]) => cards[0] && deps.openCardInfo?.(cards[0].id) }] : []),
		{
			id: "Study these cards",
			icon: "graduation-cap",
			label: t("browser.study"),
			run: (cards, button) => {
				const search = `cid:${cards.map((c) => c.id).join(",")}`;
				const menu = new Menu();
				const title = t("browser.studyTitle", { count: cards.length });
				menu.addItem((item) => item.setTitle(t("browser.practice")).onClick(() => deps.study({ kind: "study", spec: { search, reschedule: false }, title })));
				menu.addItem((item) => item.setTitle(t("browser.reviewRescheduled")).onClick(() => deps.study({ kind: "study", spec: { search, reschedule: true }, title })));
				const rect = button.getBoundingClientRect();
				menu.showAtPosition({ x: rect.left, y: rect.bottom });
			},
		},
	];
}

/** The action bar: a button per action, enabled for the selection it fits. */
export function drawActionBar(parent: HTMLElement, deps: ActionDeps, selected: () => CardInfo[]): (size: number) => void {
	const bar = parent.createDiv({ cls: "flashcard-review-browser-actions", attr: { role: "toolbar" } });
	const buttons: { button: HTMLButtonElement; action: BrowserAction }[] = [];
	for (const action of actions(deps)) {
		const button = bar.createEl("button", { cls: "flashcard-review-browser-action", attr: { "aria-label": action.label, "data-action": action.id } });
		setIcon(button.createSpan(), action.icon);
		button.createSpan({ text: action.label });
		button.addEventListener("click", () => {
			const cards = selected();
			if (cards.length === 0 || (action.single && cards.length !== 1)) return;
			const said = action.run(cards, button);
			if (typeof said === "string") new Notice(said);
		});
		buttons.push({ button, action });
	}
	return (size) => {
		for (const { button, action } of buttons) button.disabled = size === 0 || (action.single === true && size !== 1);
	};
}
