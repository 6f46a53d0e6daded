/** German: the data file's notices. A part of de.ts. */
import type { TranslationOf } from "../en";
import type { data as english } from "../en/data";

export const data: TranslationOf<typeof english> = {
	"data.saveFailed": "Deine Wiederholungen konnten nicht gespeichert werden: {reason}",
	"data.readableAgain": "Deine Karteikartendaten sind wieder lesbar; Speichern funktioniert wieder.",
	"data.newerVersion": {
		one: "Deine Karteikarten wurden auf einem anderen Gerät aktualisiert: aktualisiere das Plugin. Du kannst weiterlernen; bis dahin wird {parts} auf diesem Gerät nicht gespeichert.",
		other: "Deine Karteikarten wurden auf einem anderen Gerät aktualisiert: aktualisiere das Plugin. Du kannst weiterlernen; bis dahin werden {parts} auf diesem Gerät nicht gespeichert.",
	},
	"data.loading": "Deine Karteikarten werden geladen…",
	"data.merging": "Wiederholungen von einem anderen Gerät werden zusammengeführt: {done} / {total} Karten…",
	"data.syncedUnreadable": "Eine synchronisierte Kopie deiner Karteikartendaten konnte nicht gelesen werden ({reason}).",
	"data.syncedKeptAs": "Sie wurde als {copy} aufbewahrt.",
	"data.reviewsKept": "Deine Wiederholungen auf diesem Gerät bleiben erhalten.",
	"data.missing": "Deine Karteikarten-Datendatei (data.json) fehlte.",
	"data.unreadable": "Deine Karteikartendaten konnten nicht gelesen werden ({reason}).",
	"data.keptAs": "Die Datei wurde als {copy} aufbewahrt.",
	"data.copySaved": "Eine Kopie der Datei wurde als {copy} gespeichert.",
	"data.noBackup": "Auch keine Sicherung war lesbar. Bis die Datei repariert ist, wird nichts gespeichert; Wiederholungen von jetzt gehen also verloren.",
	"data.restored": "Die Daten wurden aus {from} wiederhergestellt; Antworten, die seitdem auf diesem Gerät gegeben wurden, können darin fehlen, und die Antworten anderer Geräte kommen mit deren Synchronisierung zurück.",
	"data.fromUnfinished": "dem letzten, nicht abgeschlossenen Speichern ({path})",
	"data.fromParts": "den anderen Dateien des Speichers",
	"data.fromBackup": "der Sicherung vom {date} ({path})",
	"data.fewerAnswers": "Die heutige Sicherung deiner Karteikarten enthält weniger Antworten als die vom {date} ({answers}); diese bleibt in {path} erhalten.",
	"data.noData": "die Datei ist da, lieferte aber keine Daten",
	"data.fileMissing": "data.json fehlt",
};
