/** English: the data file's notices. A part of en.ts. */
import type { Plural } from "../plural";

export const data = {
	// The data file's notices (data.json and the other files of the plugin folder)
	"data.saveFailed": "Your flashcard reviews could not be saved: {reason}",
	"data.readableAgain": "Your flashcard data is readable again; saving works again.",
	"data.newerVersion": {
		one: "Your flashcards were updated on another device: update the plugin. Reviewing goes on; until then {parts} is not saved on this device.",
		other: "Your flashcards were updated on another device: update the plugin. Reviewing goes on; until then {parts} are not saved on this device.",
	},
	"data.loading": "Loading your flashcards…",
	"data.merging": "Merging reviews synced from another device: {done} / {total} cards…",
	"data.syncedUnreadable": "A synced copy of your flashcard data could not be read ({reason}).",
	"data.syncedKeptAs": "It was kept as {copy}.",
	"data.reviewsKept": "Your reviews on this device are kept.",
	"data.missing": "Your flashcard data file (data.json) was missing.",
	"data.unreadable": "Your flashcard data could not be read ({reason}).",
	"data.keptAs": "The file was kept as {copy}.",
	"data.copySaved": "A copy of the file was saved as {copy}.",
	"data.noBackup": "No backup could be read either. Nothing will be saved until the file is fixed, so reviews made now are not kept.",
	"data.restored": "It was restored from {from}; answers given since then on this device may be missing from it, and other devices' answers come back when they sync.",
	"data.fromUnfinished": "the last save, which had not finished ({path})",
	"data.fromParts": "the other files of the store",
	"data.fromBackup": "the backup of {date} ({path})",
	"data.fewerAnswers": "Today's backup of your flashcards holds fewer answers than the one of {date} ({answers}); that one is kept in {path}.",
	"data.noData": "the file is there but gave no data",
	"data.fileMissing": "data.json is missing",
} satisfies Record<string, string | Plural>;
