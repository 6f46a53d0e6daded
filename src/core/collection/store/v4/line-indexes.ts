/**
 * Which line indexes (local-lines.ts) a device keeps in its local cache: those of the log parts it
 * has read, as the cache held them or as a part was just read (encoded at the next save), and only
 * while the part is as saved (a part rewritten since it was read has other lines).
 */
import type { LogLines } from "../text/packed-log";
import { encodeLineIndex, isLocalLines, localLinesName, readLineIndex, type LineIndex } from "./local-lines";

/** The line indexes a local cache holds, by part. */
export class CachedLineIndexes {
	private readonly byPart = new Map<string, { index: LineIndex; text: string }>();

	constructor(local: Readonly<Record<string, string>>) {
		for (const [name, text] of Object.entries(local)) {
			if (!isLocalLines(name)) continue;
			const index = readLineIndex(text);
			if (index && localLinesName(index.part) === name) this.byPart.set(index.part, { index, text });
		}
	}

	/** The index of part `name` when it stands for the text whose hash is `hash`. */
	indexOf(name: string, hash: number): LineIndex | undefined {
		const index = this.byPart.get(name)?.index;
		return index?.hash === hash ? index : undefined;
	}

	/** That index's file text, to be written back as it is. */
	textOf(name: string, hash: number): string | undefined {
		return this.indexOf(name, hash) && this.byPart.get(name)?.text;
	}
}

/** A part's index: its text once encoded or read (undefined when it cannot be kept), its lines until then. */
interface Kept {
	hash: number;
	text?: string | undefined;
	lines?: LogLines;
}

export class LineIndexes {
	private readonly kept = new Map<string, Kept>();

	/** Parts just read (`indexable`, with their `hashes`): an index the cache held for the same text keeps its text. */
	took(indexable: ReadonlyMap<string, LogLines>, hashes: ReadonlyMap<string, number>, cached?: CachedLineIndexes): void {
		for (const [name, lines] of indexable) {
			const hash = hashes.get(name) as number;
			const text = cached?.textOf(name, hash);
			this.kept.set(name, text === undefined ? { hash, lines } : { hash, text });
		}
	}

	/**
	 * The local files of the indexes of the parts as `hashes` has them, chosen now and encoded in the
	 * steps of the generator returned (one for each index not encoded yet).
	 */
	filesFor(hashes: ReadonlyMap<string, number>): Generator<void, Record<string, string>> {
		for (const [name, kept] of this.kept) if (hashes.get(name) !== kept.hash) this.kept.delete(name);
		return encodedInSteps([...this.kept]);
	}
}

function* encodedInSteps(indexes: readonly [string, Kept][]): Generator<void, Record<string, string>> {
	const files: Record<string, string> = {};
	for (const [name, kept] of indexes) {
		if (kept.text === undefined && kept.lines) {
			yield;
			kept.text = encodeLineIndex(name, kept.hash, kept.lines);
			delete kept.lines;
		}
		if (kept.text !== undefined) files[localLinesName(name)] = kept.text;
	}
	return files;
}
