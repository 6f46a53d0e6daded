import { buildFrom, readFolder, type Built, type FolderRead } from "./data-read";
import { recoverStore, type RecoveryDeps } from "./data-recovery";
import type { DataFileIo } from "./data-io";

/**
 * What the plugin folder gave at start-up: the store as read, or restored from the newest readable copy
 * (an unreadable data.json then lies aside), or nothing to read (a first start), or nothing readable.
 */
export type StartRead =
	| { kind: "read"; built: Built & { ok: true }; read: FolderRead }
	| { kind: "restored"; built: Built & { ok: true }; read: FolderRead }
	| { kind: "first-start" }
	| { kind: "unreadable"; reason: string; copy: string | null };

/**
 * Reads the store at start-up, in slices that let the app run (`deps.slices`): data.json through
 * loadData, the other parts and the local cache; when data.json cannot be read, it is copied aside and
 * the newest readable copy restored (see `recoverStore`). Writes nothing else.
 */
export async function readAtStart(io: Pick<DataFileIo, "loadData" | "cache">, deps: RecoveryDeps): Promise<StartRead> {
	const read = await readFolder(() => io.loadData(), deps.folder);
	const local = await io.cache.read();
	const first = await buildFrom(read, deps.deviceId, local, deps.slices);
	if (first.ok) return { kind: "read", built: first, read };
	const recovery = await recoverStore(read, first.reason, deps, local);
	if (recovery.kind === "restored") return { kind: "restored", built: recovery.built, read };
	if (recovery.kind === "first-start") return recovery;
	return { kind: "unreadable", reason: first.reason, copy: recovery.copy };
}
