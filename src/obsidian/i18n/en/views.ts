/** English: commands, ribbon, views, the home screen and pane, card states and counts. A part of en.ts. */
import type { Plural } from "../plural";

export const views = {
	// Commands and ribbon
	"command.reviewDue": "Review due cards",
	"command.reviewNote": "Review cards in the current note",
	"command.reviewDeck": "Review a deck…",
	"command.openPane": "Open review pane",
	"command.rebuildIndex": "Rebuild card index",
	"command.openStatistics": "Open statistics",
	"command.indexRebuilt": { one: "Card index rebuilt: {count} card.", other: "Card index rebuilt: {count} cards." },
	"ribbon.review": "Review flashcards",
	"deckPicker.placeholder": "Choose a deck to review",

	// Views
	"view.review": "Flashcard review",
	"view.pane": "Flashcards",
	"hover.review": "Flashcard review",
	"hover.pane": "Flashcard review pane",
	"home.decks": "Decks",
	"home.statistics": "Statistics",
	"home.reviewCards": { one: "Review {count} card", other: "Review {count} cards" },
	"home.nothingDue": "Nothing due now",
	"home.lookingForCards": "Looking for cards in your notes…",
	"home.preparingCards": "Getting your cards ready…",
	"deckList.deck": "Deck",
	"deckList.collapse": "Collapse {deck}",
	"deckList.expand": "Expand {deck}",
	"deckList.review": "Review {deck}",
	"pane.thisNote": "This note: {note}",
	"pane.noCards": "No cards in this note.",
	"pane.reviewNote": "Review this note",
	"pane.cardInfo": "Card info: {card}",
	"pane.dueNow": "Due now",
	"pane.due": "Due {when}",

	// Card states and counts
	"state.new": "New",
	"state.learning": "Learning",
	"state.review": "Review",
	"state.relearning": "Relearning",
	"state.suspended": "Suspended",
	"state.buried": "Buried",
	"count.new": "New",
	"count.learn": "Learn",
	"count.due": "Due",
	"count.group": "Cards left today",
} satisfies Record<string, string | Plural>;
