import { setIcon } from "obsidian";
import type { QueueCounts } from "../../core";
import { deckLabel } from "../format";
import type { DeckNode } from "./deck-tree";
import { t } from "../i18n";

/** Indentation levels styles.css knows; deeper decks indent like the deepest. */
const MAX_DEPTH = 6;

/** What the deck list does when the user acts on it. */
export interface DeckListActions {
	review(deck: string): void;
	/** Decks whose children are hidden; the list toggles entries in place. */
	collapsed: Set<string>;
	/** Called after a deck was folded or unfolded (to persist the choice). */
	toggled?(): void;
}

/** Draws the deck tree: a row per deck with New / Learn / Due counts and a review button. */
export function drawDeckList(parent: HTMLElement, nodes: readonly DeckNode[], actions: DeckListActions): void {
	const list = parent.createDiv({ cls: "flashcard-review-decks", attr: { role: "tree" } });
	const header = list.createDiv("flashcard-review-deck-row flashcard-review-deck-header");
	header.createSpan({ cls: "flashcard-review-deck-name", text: t("deckList.deck") });
	drawCountCells(header, null);
	header.createSpan("flashcard-review-deck-action");
	for (const node of nodes) drawNode(list, node, 0, actions);
}

function drawNode(list: HTMLElement, node: DeckNode, depth: number, actions: DeckListActions): void {
	const open = !actions.collapsed.has(node.path);
	const row = list.createDiv({ cls: "flashcard-review-deck-row", attr: { role: "treeitem", "data-deck": node.path } });
	row.addClass(`flashcard-review-depth-${Math.min(depth, MAX_DEPTH)}`);
	const name = row.createDiv("flashcard-review-deck-name");
	if (node.children.length === 0) name.createSpan("flashcard-review-deck-toggle");
	else {
		row.setAttr("aria-expanded", open);
		// A button, so that keyboards reach it too.
		const toggle = name.createEl("button", {
			cls: ["flashcard-review-deck-toggle", "clickable-icon"],
			attr: { "aria-label": t(open ? "deckList.collapse" : "deckList.expand", { deck: deckLabel(node.path) }), "aria-expanded": open },
		});
		setIcon(toggle, open ? "chevron-down" : "chevron-right");
		toggle.addEventListener("click", (evt) => {
			evt.stopPropagation();
			if (open) actions.collapsed.add(node.path);
			else actions.collapsed.delete(node.path);
			actions.toggled?.();
		});
	}
	// A link with an href, so that Tab reaches it and Enter follows it.
	const label = name.createEl("a", { cls: "flashcard-review-deck-label", text: node.name, href: "#", attr: { title: deckLabel(node.path) } });
	label.addEventListener("click", (evt) => {
		evt.preventDefault();
		actions.review(node.path);
	});
	drawCountCells(row, node.counts);
	const button = row.createEl("button", { cls: "flashcard-review-deck-action", attr: { "aria-label": t("deckList.review", { deck: deckLabel(node.path) }) } });
	setIcon(button, "play");
	button.addEventListener("click", () => actions.review(node.path));
	if (open) for (const child of node.children) drawNode(list, child, depth + 1, actions);
}

/** The three count cells (or their column titles when `counts` is null). */
export function drawCountCells(parent: HTMLElement, counts: QueueCounts | null): void {
	const cell = (kind: keyof QueueCounts, title: string): void => {
		const value = counts?.[kind];
		const el = parent.createSpan({ cls: ["flashcard-review-count", `is-${kind}`], text: value === undefined ? title : String(value) });
		if (value === 0) el.addClass("is-zero");
	};
	cell("new", t("count.new"));
	cell("learn", t("count.learn"));
	cell("due", t("count.due"));
}
