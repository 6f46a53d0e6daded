/** One named figure a benchmark reports. */
export interface Measurement {
	/** camelCase key, also the key in `--json` output (e.g. `parseMBps`). */
	name: string;
	value: number;
	/** Unit shown in the table (e.g. `MB/s`). */
	unit: string;
	/** What the figure means, in a few words. */
	label: string;
}

/** A benchmark: runs and returns its figures (it may read those of the benchmarks that ran before it). */
export type Benchmark = (earlier: readonly Measurement[]) => Measurement[] | Promise<Measurement[]>;

/** The median of some numbers (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Milliseconds taken by `work`, measured `runs` times after one warm-up; the median. */
export function medianMs(runs: number, work: () => void): number {
	return median(timeInTurn(runs, [work])[0] ?? []);
}

/** Collects garbage when Node runs with `--expose-gc` (the bench runner does), so a timing does not pay for the previous run's. */
export function collectGarbage(): void {
	(globalThis as { gc?: () => void }).gc?.();
}

/**
 * Milliseconds of several pieces of work timed in turn within each run (after one warm-up of each), so
 * that a machine busy with something else slows them alike: `times[k][run]`. With `settle`, garbage is
 * collected before each timing (for work that leaves a large heap behind, such as loading a store).
 */
export function timeInTurn(runs: number, works: readonly (() => void)[], settle = false): number[][] {
	for (const work of works) work();
	const times: number[][] = works.map(() => []);
	for (let i = 0; i < runs; i++) {
		works.forEach((work, k) => {
			if (settle) collectGarbage();
			const start = performance.now();
			work();
			times[k]?.push(performance.now() - start);
		});
	}
	return times;
}

/** The result of `work` and the milliseconds it took (wall clock). */
export function timed<T>(work: () => T): [T, number] {
	const started = performance.now();
	const result = work();
	return [result, performance.now() - started];
}

/** The result of `work` and the CPU milliseconds (user + system) the process spent on it. */
export function cpuTimed<T>(work: () => T): [T, number] {
	const started = process.cpuUsage();
	const result = work();
	const used = process.cpuUsage(started);
	return [result, (used.user + used.system) / 1000];
}

/** A value rounded to `digits` decimals. */
export function round(value: number, digits = 0): number {
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
}
