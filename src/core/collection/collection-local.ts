import type { UtcOffset } from "../types";

/** Device-local settings: never synced, never in `toJSON`. */
export interface LocalOptions {
	/** This device's id, recorded with each answer. */
	deviceId?: string;
	/** Time zone for day boundaries (tests inject one); the runtime's when absent. */
	utcOffset?: UtcOffset;
}

/** What `fromFiles` needs of the device: its id (never synced) and, when kept, its local cache files. */
export interface LocalFiles extends LocalOptions {
	deviceId: string;
	/** What `toLocalFiles` returned last time (never needed for correctness: without it loading only takes longer). */
	files?: Record<string, string>;
}

/** Device id used when the shell gives none. */
export const DEFAULT_DEVICE_ID = "local";
