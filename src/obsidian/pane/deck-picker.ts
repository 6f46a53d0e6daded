import { FuzzySuggestModal, type App } from "obsidian";
import { deckLabel } from "../format";
import { t } from "../i18n";

/** "Review a deck…": a fuzzy list of every deck (parents included); choosing one starts it. */
export class DeckPicker extends FuzzySuggestModal<string> {
	constructor(
		app: App,
		private readonly decks: readonly string[],
		private readonly onPick: (deck: string) => void,
	) {
		super(app);
		this.setPlaceholder(t("deckPicker.placeholder"));
	}

	getItems(): string[] {
		const all = new Set<string>();
		for (const deck of this.decks) {
			const levels = deck.split("::");
			for (let i = 1; i <= levels.length; i++) all.add(levels.slice(0, i).join("::"));
		}
		return [...all].sort((a, b) => a.localeCompare(b));
	}

	getItemText(deck: string): string {
		return deckLabel(deck);
	}

	onChooseItem(deck: string): void {
		this.onPick(deck);
	}
}
