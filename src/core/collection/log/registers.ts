import type { Register } from "../store-model";

/** Total order of writes: later time wins, then the greater device id, then the greater value. */
export function compareWrites<T extends boolean | number>(a: Register<T>, b: Register<T>): number {
	if (a.time !== b.time) return a.time - b.time;
	if (a.device !== b.device) return a.device < b.device ? -1 : 1;
	return Number(a.value) - Number(b.value);
}

/** The winning write of two (either may be absent). */
export function latest<T extends boolean | number>(a: Register<T> | undefined, b: Register<T> | undefined): Register<T> | undefined {
	if (!a) return b;
	if (!b) return a;
	return compareWrites(a, b) >= 0 ? a : b;
}

/** Per-key last-writer-wins union of two register maps (inputs untouched). */
export function mergeRegisters<T extends boolean | number>(
	a: ReadonlyMap<string, Register<T>>,
	b: ReadonlyMap<string, Register<T>>,
): Map<string, Register<T>> {
	const result = new Map(a);
	for (const [key, write] of b) {
		const winner = latest(result.get(key), write);
		if (winner) result.set(key, winner);
	}
	return result;
}
