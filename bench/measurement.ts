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

/** A benchmark: runs and returns its figures. */
export type Benchmark = () => Measurement[];

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

/**
 * Milliseconds of several pieces of work timed in turn within each run (after one warm-up of each), so
 * that a machine busy with something else slows them alike: `times[k][run]`.
 */
export function timeInTurn(runs: number, works: readonly (() => void)[]): number[][] {
	for (const work of works) work();
	const times: number[][] = works.map(() => []);
	for (let i = 0; i < runs; i++) {
		works.forEach((work, k) => {
			const start = performance.now();
			work();
			times[k]?.push(performance.now() - start);
		});
	}
	return times;
}
