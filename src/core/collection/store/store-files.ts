/**
 * The store as the files of a plugin folder (layout 4, see docs/decisions/store-schema.md and
 * v4/layout.ts): what this device read and wrote, so that a save rewrites only what changed (the
 * answers of the current month, the device's small writes part and data.json; the archive of older
 * answers only when a month ends or an old answer changes), and the device-local cache.
 */
import type { LogEntry } from "../log/log-entry";
import type { StoreData } from "../store-model";
import { byText, STORE_FORMAT } from "./json/store-schema";
import { encodeCacheLines, encodeOptions, sortedObject } from "./json/store-encode";
import { allReadAsLinesInSteps } from "./text/packed-state";
import { ANSWERS_V4 } from "./v4/answer-text";
import { archiveName, CHUNK_CHARS, DATA_FILE, LAYOUT_VERSION, LOCAL_FILE, monthName, monthStart, storePartName } from "./v4/layout";
import { storedOptions, writeDataPart, writeLogPart, writeWritesPart } from "./v4/parts";
import { readPartsInSteps, textHash, type OwnLogPart, type PartsRead } from "./v4/read-parts";
import { applyLocalCacheInSteps } from "./v4/local-cache";
import { NotesFiles } from "./v4/notes-files";
import { CachedLineIndexes, LineIndexes } from "./v4/line-indexes";
import { runSteps } from "../run-steps";
import { schedulingKey } from "../presets/preset-store";

/** An archive as last read or written: the time it holds answers before, and its chunks. */
interface Archive {
	cutoff: number;
	files: { name: string; text: string; hash: number }[];
}

export class StoreFiles {
	/** Parts not to be written, by name, with why. */
	readonly readOnly = new Map<string, string>();
	private readonly more = new Map<string, Record<string, unknown>>();
	/** Devices that write their own answers (layout 4 parts); the answers of any other device are kept by every device that reads them. */
	private readonly partDevices = new Set<string>();
	private archive: Archive | undefined;
	/** Whether an answer the archive holds (or should hold) changed since it was read or written. */
	private archiveStale = true;
	/** Cards that may have answers of this device in the current month. */
	private readonly recent = new Set<string>();
	private ownLatest = -Infinity;
	/** Hash of each part as last read or written: a part that did not change is not read again. */
	private readonly hashes = new Map<string, number>();
	/** The local cache's notes files as last written (a save rewrites only those whose notes changed). */
	private readonly notesFiles = new NotesFiles();
	/** Line indexes of the log parts read (local-lines.ts), kept in the local cache. */
	private readonly lineIndexes = new LineIndexes();

	constructor(readonly deviceId: string) {
		this.partDevices.add(deviceId);
	}

	/**
	 * Reads a whole folder (at load): the union of its parts, and the device-local cache when it fits
	 * them; in steps of a few ms (a part parsed, a few hundred lines of one, a notes file of the cache).
	 * `options`: those the cache's states were scheduled with, when they are not the store's.
	 */
	*load(files: Readonly<Record<string, string>>, local: Readonly<Record<string, string>> | undefined): Generator<void, { data: StoreData; options?: StoreData }> {
		const cached = new CachedLineIndexes(local ?? {});
		const read = this.take(yield* readPartsInSteps(files, this.deviceId, undefined, (name, hash) => cached.indexOf(name, hash)), cached);
		this.adoptOwnLogs(read.ownLogs);
		// An archive read whole, as written, is not written again until a month ends or an old answer changes.
		this.archiveStale = read.legacy || this.archive === undefined;
		if (!local) return { data: read.data };
		const cache = yield* applyLocalCacheInSteps(local, read, this.deviceId, optionsKey(read.data));
		this.notesFiles.seed(cache.notes);
		return cache.options ? { data: read.data, options: cache.options } : { data: read.data };
	}

	/** Reads another device's files (or the folder) for a merge, a part a step: parts unchanged since last read or written are skipped. */
	*incoming(files: Readonly<Record<string, string>>): Generator<void, StoreData> {
		const read = this.take(yield* readPartsInSteps(files, this.deviceId, (name, hash) => this.hashes.get(name) === hash));
		// A part of this device that is not what it wrote (a restored copy) may hold answers to write again.
		if (read.ownLogs.length > 0) this.archiveStale = true;
		// So may answers of a device without parts of its own (this device keeps them).
		for (const device of read.data.log.entries.devices()) if (this.owns(device)) this.archiveStale = true;
		for (const part of read.ownLogs) for (const id of part.lines.ids) this.recent.add(id);
		return read.data;
	}

	/** Takes in what reading parts gave (`cached`: the line indexes the local cache held, at load). */
	private take(read: PartsRead, cached?: CachedLineIndexes): PartsRead {
		for (const name of read.fine) this.readOnly.delete(name);
		for (const [name, why] of read.readOnly) this.readOnly.set(name, why);
		for (const device of read.partDevices) this.partDevices.add(device);
		for (const [name, more] of read.more) this.more.set(name, more);
		for (const [name, hash] of read.hashes) this.hashes.set(name, hash);
		this.lineIndexes.took(read.indexable, read.hashes, cached);
		if (read.legacy) this.archiveStale = true;
		return read;
	}

	private adoptOwnLogs(parts: readonly OwnLogPart[]): void {
		// Chunks in their order (by name, "log-x.2.json" sorts before "log-x.json").
		const byName = new Map(parts.filter((part) => part.before !== undefined).map((part) => [part.name, part]));
		const chunks = [...byName.keys()].map((_, i) => byName.get(archiveName(this.deviceId, i)));
		const cutoff = chunks[0]?.before;
		const whole = cutoff !== undefined && chunks.every((part) => part?.before === cutoff);
		if (whole) this.archive = { cutoff, files: (chunks as OwnLogPart[]).map(({ name, text }) => ({ name, text, hash: this.hashes.get(name) ?? textHash(text) })) };
		else this.archiveStale = true;
		for (const part of parts) {
			const { lines } = part;
			for (let i = 0; i < lines.ids.length; i++) this.ownLatest = Math.max(this.ownLatest, lines.lastTime[i] as number);
			if (part.before === undefined) for (const id of lines.ids) this.recent.add(id);
		}
	}

	/** This device answered (or undid an answer of) a card at `time`. */
	answered(cardId: string, time: number): void {
		this.recent.add(cardId);
		this.ownLatest = Math.max(this.ownLatest, time);
		if (this.archive && time < this.archive.cutoff) this.archiveStale = true;
	}

	/** Answers may have left the log (a purge), or answers of devices without parts of their own arrived. */
	logChanged(): void {
		this.archiveStale = true;
	}

	/** Whether answers of `device` are this device's to write. */
	private owns(device: string): boolean {
		return device === this.deviceId || !this.partDevices.has(device);
	}

	/** Every synced part this device writes, by name, as text. */
	write(data: StoreData): Record<string, string> {
		const files: Record<string, string> = {};
		const put = (name: string, text: string): void => {
			if (!this.readOnly.has(name)) files[name] = text;
		};
		put(DATA_FILE, writeDataPart(data, this.more.get(DATA_FILE) ?? {}));
		const writes = storePartName(this.deviceId);
		put(writes, writeWritesPart(data, this.deviceId, this.more.get(writes) ?? {}));
		const cutoff = monthStart(Math.max(0, this.ownLatest));
		if (this.archiveStale || !this.archive || this.archive.cutoff !== cutoff) this.rebuild(data);
		const archive = this.archive as Archive;
		for (const file of archive.files) put(file.name, file.text);
		const month = this.monthText(data, archive.cutoff);
		if (month !== undefined) put(monthName(this.deviceId, archive.cutoff), month);
		return files;
	}

	/** The device-local cache: scheduling states and note texts, with the hash of each synced part they stand for. */
	local(data: StoreData, synced: Readonly<Record<string, string>>): Record<string, string> {
		return runSteps(this.localInSteps(data, synced));
	}

	/**
	 * `local` in steps: what the cache stands for (the synced parts' hashes, the states, which notes
	 * each file holds) is taken before the first yield, so a cache built while the collection changes
	 * still describes the store as `synced` saved it; then a step for the header and one for each notes
	 * file that changed since the last call (the others are the texts written then).
	 */
	*localInSteps(data: StoreData, synced: Readonly<Record<string, string>>): Generator<void, Record<string, string>> {
		const hashes = new Map(this.hashes);
		const archived = new Map(this.archive?.files.map((file) => [file.name, file]));
		for (const [name, text] of Object.entries(synced)) {
			const known = archived.get(name);
			hashes.set(name, known && known.text === text ? known.hash : textHash(text));
		}
		const digest = sortedObject(hashes, (hash) => hash);
		const notes = this.notesFiles.plan(data);
		const lineFiles = this.lineIndexes.filesFor(hashes);
		const states = encodeCacheLines(data.cache);
		const header: Record<string, unknown> = {
			format: STORE_FORMAT,
			version: LAYOUT_VERSION,
			device: this.deviceId,
			options: optionsKey(data),
			// What the states were scheduled with: after a change of options, those answered before it still hold.
			scheduling: storedOptions(data),
			digest,
			noteFiles: notes.names,
			cache: states.text,
		};
		yield;
		// A states text whose every line is one the reader takes as a line is not read field by field at
		// the next start, when its hash says it is still this text (lines copied were checked when read).
		if (yield* allReadAsLinesInSteps(states.written)) {
			yield;
			header.cacheHash = textHash(states.text);
		}
		const files: Record<string, string> = { [LOCAL_FILE]: JSON.stringify(header) };
		for (let i = 0; i < notes.names.length; i++) {
			const known = notes.known[i];
			if (known === undefined) yield;
			files[notes.names[i] as string] = known ?? notes.write(i);
		}
		return { ...files, ...(yield* lineFiles) };
	}

	/** Writes the archive again: this device's answers before the month of its latest one, in chunks. */
	private rebuild(data: StoreData): void {
		const owned: [string, LogEntry[]][] = [];
		let latest = -Infinity;
		const collect = (id: string, list: readonly LogEntry[]): void => {
			const own = list.filter((entry) => this.owns(entry.device));
			const last = own[own.length - 1];
			if (!last) return;
			owned.push([id, own]);
			latest = Math.max(latest, last.time);
		};
		data.log.entries.visitInOrder({
			// A line of another device's part holds none of this device's answers: not decoded.
			line: (id, lines, i) => {
				if (lines.deviceNames(i).some((device) => this.owns(device))) collect(id, lines.answers(i));
			},
			list: collect,
		});
		// From the answers there are (a purge or an undo may have taken the latest away).
		this.ownLatest = latest;
		const cutoff = monthStart(Math.max(0, this.ownLatest));
		const archived = owned.map(([id, list]) => [id, list.filter((entry) => entry.time < cutoff)] as const).filter(([, list]) => list.length > 0);
		this.recent.clear();
		for (const [id, list] of owned) if ((list[list.length - 1] as LogEntry).time >= cutoff) this.recent.add(id);
		const { devices, device } = deviceTable(this.deviceId, archived.map(([, list]) => list));
		const files: Archive["files"] = [];
		let lines: string[] = [];
		let size = 0;
		const flush = (): void => {
			const name = archiveName(this.deviceId, files.length);
			const text = writeLogPart(this.deviceId, devices, lines.join("\n"), { before: cutoff, ...this.more.get(name) });
			files.push({ name, text, hash: textHash(text) });
			lines = [];
			size = 0;
		};
		for (const [id, list] of archived) {
			const line = `${id} ${ANSWERS_V4.pack(list, device)}`;
			if (size > 0 && size + line.length > CHUNK_CHARS) flush();
			lines.push(line);
			size += line.length + 1;
		}
		if (lines.length > 0 || files.length === 0) flush();
		this.archive = { cutoff, files };
		this.archiveStale = false;
	}

	/** The current month's part: this device's answers since `cutoff`, or undefined when there are none. */
	private monthText(data: StoreData, cutoff: number): string | undefined {
		const cards: [string, LogEntry[]][] = [];
		for (const id of [...this.recent].sort(byText)) {
			const list = (data.log.entries.get(id) ?? []).filter((entry) => entry.time >= cutoff && this.owns(entry.device));
			if (list.length > 0) cards.push([id, list]);
			else this.recent.delete(id);
		}
		if (cards.length === 0) return undefined;
		const { devices, device } = deviceTable(this.deviceId, cards.map(([, list]) => list));
		const lines = cards.map(([id, list]) => `${id} ${ANSWERS_V4.pack(list, device)}`);
		return writeLogPart(this.deviceId, devices, lines.join("\n"), { from: cutoff, ...this.more.get(monthName(this.deviceId, cutoff)) });
	}
}

/** The device table of a log part: this device first (so its answers need no device number), then the others it holds in text order. */
function deviceTable(deviceId: string, lists: readonly (readonly LogEntry[])[]): { devices: string[]; device: (name: string) => number } {
	const others = new Set<string>();
	for (const list of lists) for (const entry of list) if (entry.device !== deviceId) others.add(entry.device);
	const devices = [deviceId, ...[...others].sort(byText)];
	const index = new Map(devices.map((name, i) => [name, i]));
	return { devices, device: (name) => index.get(name) ?? 0 };
}

/** What a cache depends on besides the log: the options and presets it scheduled with. */
export function optionsKey(data: StoreData): string {
	return schedulingKey(data, encodeOptions(data.options));
}

/** Whether a value is a map of file names to texts (what `toFiles` returns), rather than one stored object. */
export function isFileMap(value: unknown): value is Record<string, string> {
	if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
	const entries = Object.entries(value);
	return entries.length > 0 && entries.every(([name, text]) => name.endsWith(".json") && typeof text === "string");
}
