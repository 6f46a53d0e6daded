import { Notice } from "obsidian";

/** How the data file speaks to the user. */
export interface DataNotices {
	/** A message to read, shown until dismissed. */
	notify(message: string): void;
	/** Where long work stands, shown while it lasts; null once it is over. */
	progress(message: string | null): void;
}

/** Long work says where it stands once it has lasted this long (a first sync of a large history: seconds). */
const PROGRESS_AFTER_MS = 1000;

/**
 * The data file's messages as Obsidian notices: a message stays until dismissed; the progress of long
 * work is one notice, its text updated, taken down once the work is over.
 */
export function dataNotices(): DataNotices {
	let progress: { notice: Notice; message: string } | null = null;
	return {
		notify: (message) => {
			new Notice(message, 0);
		},
		progress: (message) => {
			if (message === null) {
				progress?.notice.hide();
				progress = null;
			} else if (!progress) {
				progress = { notice: new Notice(message, 0), message };
			} else if (progress.message !== message) {
				// Reported at every slice: the notice is drawn again only when its text changes.
				progress.notice.setMessage(message);
				progress.message = message;
			}
		},
	};
}

/** The progress of work that started when it was made: see `lateProgress`. */
export interface LateProgress {
	/** Where the work stands now; shown once it has lasted PROGRESS_AFTER_MS. */
	show(message: string): void;
	/** The work is over: what was shown goes. */
	end(): void;
}

/** Progress of work that starts now, shown through `notices` only once it has lasted PROGRESS_AFTER_MS (by `now`): short work shows nothing. */
export function lateProgress(notices: DataNotices, now: () => Date): LateProgress {
	const started = now().getTime();
	let shown = false;
	return {
		show: (message) => {
			if (!shown && now().getTime() - started < PROGRESS_AFTER_MS) return;
			shown = true;
			notices.progress(message);
		},
		end: () => {
			if (shown) notices.progress(null);
		},
	};
}
