import { Menu, Notice, setIcon, type App } from "obsidian";
import type { CardInfo } from "../../core";
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
	icon: string;
	label: string;
	/** Runs on the selected cards (in table order); says what it did for a notice, or nothing. */
	run(cards: CardInfo[], button: HTMLElement): string | void;
	/** Needs exactly one card. */
	single?: boolean;
}

const count = (n: number): string => `${n} card${n === 1 ? "" : "s"}`;

function actions(deps: ActionDeps): BrowserAction[] {
	const change = (label: string, act: (ids: string[], now: Date) => void) => (cards: CardInfo[]): string => {
		act(
			cards.map((c) => c.id),
			deps.now(),
		);
		deps.live.touch({ paths: [...new Set(cards.map((c) => c.path))], reason: "review" });
		deps.save();
		return `${label} ${count(cards.length)}. Undo brings them back.`;
	};
	const collection = (): LiveCollection["collection"] => deps.live.collection;
	return [
		{ icon: "pause", label: "Suspend", run: change("Suspended", (ids, now) => collection().suspendCards(ids, true, now)) },
		{ icon: "play", label: "Unsuspend", run: change("Unsuspended", (ids, now) => collection().suspendCards(ids, false, now)) },
		{ icon: "eye-off", label: "Bury", run: change("Buried", (ids, now) => collection().buryCards(ids, true, now)) },
		{ icon: "eye", label: "Unbury", run: change("Unburied", (ids, now) => collection().buryCards(ids, false, now)) },
		{ icon: "rotate-ccw", label: "Forget", run: change("Made new again:", (ids, now) => collection().forget(ids, now)) },
		{
			icon: "calendar",
			label: "Set due date",
			run: (cards) => {
				new SetDueModal(deps.app, (days) => new Notice(change("Set the due date of", (ids, now) => collection().setDue(ids, days, now))(cards))).open();
			},
		},
		{ icon: "file-text", label: "Open in note", single: true, run: (cards) => cards[0] && deps.openNote(cards[0]) },
		...(deps.openCardInfo ? [{ icon: "info", label: "Card info", single: true, run: (cards: CardInfo[]) => cards[0] && deps.openCardInfo?.(cards[0].id) }] : []),
		{
			icon: "graduation-cap",
			label: "Study these cards",
			run: (cards, button) => {
				const search = `cid:${cards.map((c) => c.id).join(",")}`;
				const menu = new Menu();
				menu.addItem((item) => item.setTitle("Practice (schedules stay as they are)").onClick(() => deps.study({ kind: "study", spec: { search, reschedule: false }, title: `${count(cards.length)} from the browser` })));
				menu.addItem((item) => item.setTitle("Review (answers reschedule)").onClick(() => deps.study({ kind: "study", spec: { search, reschedule: true }, title: `${count(cards.length)} from the browser` })));
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
		const button = bar.createEl("button", { cls: "flashcard-review-browser-action", attr: { "aria-label": action.label, "data-action": action.label } });
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
