/**
 * A small world of devices that share a plugin folder through a sync service, for the sync
 * simulation: each device has its folder, the version of each file it last synced, and, while open,
 * its collection. Devices on layout 4 save `toFiles`; a device still on layout 3 saves `toJSON` as
 * data.json and, as that version did, refuses a data.json it cannot read and writes its own over it.
 */
import { Collection, CollectionDataError, type Rating } from "../../../../src/core";

/** How the sync service settles a file changed on both sides. */
export type SyncRule = "obsidian-sync" | "last-writer-wins";

/** One answer as given, to be found again at the end. */
export interface Given {
	card: string;
	time: number;
	device: string;
}

const utc = (): number => 0;

/** The notes every device's vault holds (the vault syncs them too). */
export const NOTES: Record<string, string> = {
	"Net.md": "## What is a VPC? #card\nA private network.\n\n## What is a subnet? #card-reverse\nA range of addresses.\n",
	"Cloze.md": "The {{c1::NAT gateway}} lets {{c2::private subnets}} out. #card\n",
};

export class Device {
	folder: Record<string, string> = {};
	base: Record<string, string | undefined> = {};
	local: Record<string, string> = {};
	collection: Collection | undefined;
	/** Answers given since open that undo may take back (newest last). */
	private undoable: Given[] = [];

	constructor(
		readonly id: string,
		readonly layout: 3 | 4,
	) {}

	open(now: number): void {
		let c: Collection | undefined;
		try {
			if (this.layout === 4) c = Collection.fromFiles(this.folder, { deviceId: this.id, utcOffset: utc, files: this.local });
			else {
				const json = JSON.parse(this.folder["data.json"] ?? "null") as { version?: number } | null;
				// Layout 3 refuses what a newer version wrote and starts again (the file is set aside).
				if (json && (json.version ?? 0) <= 3) c = Collection.fromJSON(json, { deviceId: this.id, utcOffset: utc });
			}
		} catch (error) {
			if (!(error instanceof CollectionDataError) && !(error instanceof SyntaxError)) throw error;
		}
		this.collection = c ?? new Collection({ deviceId: this.id, utcOffset: utc });
		// As the plugin does: a note read at this size and time before is not read again.
		for (const [path, text] of Object.entries(NOTES)) {
			if (!this.collection.isNoteUpToDate(path, 1, text.length)) this.collection.indexNote(path, text, new Date(now), { mtime: 1, size: text.length });
		}
		this.undoable = [];
	}

	save(): void {
		const c = this.collection;
		if (!c) return;
		if (this.layout === 3) {
			this.folder["data.json"] = JSON.stringify(c.toJSON());
			return;
		}
		for (const [name, text] of Object.entries(c.toFiles())) if (this.folder[name] !== text) this.folder[name] = text;
	}

	close(): void {
		this.save();
		// The local cache is written when the plugin unloads (it only saves time at the next start).
		if (this.collection && this.layout === 4) this.local = this.collection.toLocalFiles();
		this.collection = undefined;
	}

	answer(random: () => number, now: number): Given | undefined {
		const c = this.collection;
		const cards = c?.cards() ?? [];
		const card = cards[Math.floor(random() * cards.length)];
		if (!c || !card) return undefined;
		c.answer(card.id, (1 + Math.floor(random() * 4)) as Rating, new Date(now));
		const given = { card: card.id, time: now, device: this.id };
		this.undoable.push(given);
		return given;
	}

	/** Undoes the last answer of this session, if any: returns it. */
	undo(): Given | undefined {
		const given = this.undoable.pop();
		if (given && this.collection?.undo()) return given;
		return undefined;
	}

	/** Files the sync brought: the open plugin merges them (layout 3 reads data.json only). */
	received(files: Record<string, string>): void {
		const c = this.collection;
		if (!c || Object.keys(files).length === 0) return;
		if (this.layout === 4) {
			c.merge(files);
			this.save();
			return;
		}
		const text = files["data.json"];
		if (text === undefined) return;
		try {
			const json = JSON.parse(text) as { version?: number };
			if ((json.version ?? 0) <= 3) c.merge(json);
		} catch (error) {
			if (!(error instanceof CollectionDataError) && !(error instanceof SyntaxError)) throw error;
		}
		// Whether it merged or refused, it writes its own data.json.
		this.save();
	}
}

/** The sync service's copy of the folder. */
export class Cloud {
	files: Record<string, string> = {};

	constructor(readonly rule: SyncRule) {}

	/** Syncs one device: its changes go up, others' come down; a file changed on both sides is settled by the rule. */
	sync(device: Device): void {
		const incoming: Record<string, string> = {};
		for (const name of new Set([...Object.keys(device.folder), ...Object.keys(this.files)])) {
			const local = device.folder[name];
			const remote = this.files[name];
			const base = device.base[name];
			const localChanged = local !== base;
			const remoteChanged = remote !== base;
			if (!localChanged && !remoteChanged) continue;
			let result: string | undefined;
			if (!remoteChanged) result = local;
			else if (!localChanged) result = remote;
			else if (this.rule === "obsidian-sync") result = keyWise(local, remote);
			else result = local;
			if (result === undefined) continue;
			this.files[name] = result;
			if (result !== local) {
				device.folder[name] = result;
				incoming[name] = result;
			}
			device.base[name] = result;
		}
		device.received(incoming);
	}
}

/** Obsidian Sync's merge of a JSON file changed on both sides: the local file's top-level keys on top of the remote's. */
function keyWise(local: string | undefined, remote: string | undefined): string | undefined {
	if (local === undefined || remote === undefined) return local ?? remote;
	try {
		return JSON.stringify({ ...(JSON.parse(remote) as object), ...(JSON.parse(local) as object) });
	} catch {
		return local;
	}
}

/** A small deterministic generator (seeded runs replay alike). */
export function seeded(seed: number): () => number {
	let state = seed >>> 0 || 1;
	return () => {
		state ^= state << 13;
		state ^= state >>> 17;
		state ^= state << 5;
		return (state >>> 0) / 4294967296;
	};
}
