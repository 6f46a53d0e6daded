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
	work();
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		work();
		times.push(performance.now() - start);
	}
	return median(times);
}
