import { byText } from "../json/store-schema";

/** Sorted keys of each map last encoded (with its keys' version, when it keeps one), so that saving again sorts only what was added. */
const SORTED = new WeakMap<object, { keys: string[]; version: number | undefined }>();

/** A map-like of ids; `keysVersion`, when present, changes whenever an id is added or removed. */
export interface Ids {
	keys(): IterableIterator<string>;
	has(key: string): boolean;
	readonly size: number;
	readonly keysVersion?: number;
}

/** Keys of `map` in text order; reuses the order found last time for this map when its keys did not change or only grew. */
export function sortedKeys(map: Ids): string[] {
	const previous = SORTED.get(map);
	if (previous && map.keysVersion !== undefined && previous.version === map.keysVersion) return previous.keys;
	let keys: string[];
	if (previous && previous.keys.length <= map.size && previous.keys.every((key) => map.has(key))) {
		if (previous.keys.length === map.size) keys = previous.keys;
		else {
			const known = new Set(previous.keys);
			const added = [...map.keys()].filter((key) => !known.has(key)).sort(byText);
			keys = mergeSorted(previous.keys, added);
		}
	} else {
		keys = [...map.keys()].sort(byText);
	}
	SORTED.set(map, { keys, version: map.keysVersion });
	return keys;
}

function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
	const result: string[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		if (j >= b.length || (i < a.length && (a[i] as string) < (b[j] as string))) result.push(a[i++] as string);
		else result.push(b[j++] as string);
	}
	return result;
}

/** The index of `id` in ids sorted by text order (each once), or -1. */
export function indexOfSorted(ids: readonly string[], id: string): number {
	let lo = 0;
	let hi = ids.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const at = ids[mid] as string;
		if (at === id) return mid;
		if (at < id) lo = mid + 1;
		else hi = mid - 1;
	}
	return -1;
}
