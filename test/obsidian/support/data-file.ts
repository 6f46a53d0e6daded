import { Collection } from "../../../src/core";
import { NO_CACHE } from "../../../src/obsidian/data/local-cache";
import type { DataFileIo } from "../../../src/obsidian/data/data-io";
import { PluginDataFile, type LoadedData } from "../../../src/obsidian/data/persistence";
import { FakeAdapter } from "../../__mocks__/obsidian";
import { PLUGIN_DIR, storeOnDisk } from "./folder-files";

export const DIR = PLUGIN_DIR;
export const DATA = `${DIR}/data.json`;

/** One plugin instance's data file over a shared adapter, with loadData/saveData as Obsidian's. */
export interface Instance {
	file: PluginDataFile;
	notices: string[];
	/** Every progress message, null where one was taken down. */
	progress: (string | null)[];
	io: DataFileIo;
}

/** A data file whose loadData/saveData behave as Obsidian's (null when absent, a SyntaxError when not JSON). */
export function instance(adapter: FakeAdapter, overrides: Partial<DataFileIo> = {}, deviceId = "device-a", now = (): Date => new Date()): Instance {
	const notices: string[] = [];
	const progress: (string | null)[] = [];
	const io: DataFileIo = {
		loadData: async () => (adapter.files.has(DATA) ? (JSON.parse(adapter.readSync(DATA)) as unknown) : null),
		saveData: async (data) => adapter.writeSync(DATA, JSON.stringify(data, null, 2)),
		adapter,
		dir: DIR,
		cache: NO_CACHE,
		wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
		...overrides,
	};
	const file = new PluginDataFile(io, deviceId, now, { notify: (m) => notices.push(m), progress: (m) => progress.push(m) }, 2000);
	return { file, notices, progress, io };
}

/** Opens the file and keeps `current` as what it saves (replaced when a merge hands over another collection). */
export async function openLive(file: PluginDataFile): Promise<{ data: LoadedData; apply: (data: LoadedData) => void }> {
	const data = await file.open();
	file.attach(() => ({ collection: data.collection, shell: data.shell }));
	return { data, apply: (next) => Object.assign(data, next) };
}

/** A store with one card answered once per note given, by `deviceId`. */
export function answeredStore(deviceId: string, ...notes: string[]): Collection {
	const collection = new Collection({ deviceId });
	for (const note of notes) {
		collection.indexNote(note, `## ${note} question #card\nanswer\n`, new Date());
		const card = collection.cards().find((c) => c.path === note)!;
		collection.answer(card.id, 3, new Date());
	}
	return collection;
}

/** Answers the first new card of a note in `collection` (indexing it first). */
export function answerNote(collection: Collection, note: string): void {
	collection.indexNote(note, `## ${note} question #card\nanswer\n`, new Date());
	collection.answer(collection.cards().find((c) => c.path === note)!.id, 3, new Date());
}

/** The answers the plugin folder holds (data.json and every other part), read by a device without a cache. */
export function answersOnDisk(adapter: FakeAdapter, deviceId = "reader"): number {
	return storeOnDisk(adapter, deviceId).history().length;
}

/** A promise and the function that settles it. */
export function gate(): { promise: Promise<void>; open: () => void } {
	let open = (): void => undefined;
	const promise = new Promise<void>((resolve) => (open = resolve));
	return { promise, open };
}
