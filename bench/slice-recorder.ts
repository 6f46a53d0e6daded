/**
 * The longest synchronous slice of some work: the longest time the event loop was held between two
 * of its turns while the work ran. A tick re-armed with `setImmediate` runs once per turn of Node's
 * loop, so the gap between two ticks is exactly a stretch of work that did not yield (a chain of
 * resolved promises counts as one stretch, as it does for a browser's frame).
 */

/** What a recorded run gives back: the work's result, its longest slice and its wall-clock time. */
export interface RecordedRun<T> {
	result: T;
	/** Longest stretch without a yield, in ms. */
	maxSliceMs: number;
	/** From start to end, in ms (yields included). */
	totalMs: number;
}

/** Runs `work` (synchronous or not) and measures its longest synchronous slice. */
export async function recordSlices<T>(work: () => T | Promise<T>): Promise<RecordedRun<T>> {
	let longest = 0;
	let running = true;
	const started = performance.now();
	let last = started;
	const tick = (): void => {
		const now = performance.now();
		longest = Math.max(longest, now - last);
		last = now;
		if (running) setImmediate(tick);
	};
	setImmediate(tick);
	const result = await work();
	const ended = performance.now();
	running = false;
	longest = Math.max(longest, ended - last);
	// The last armed tick runs before the next recording starts, so two recordings never share one.
	await new Promise<void>((resolve) => setImmediate(resolve));
	return { result, maxSliceMs: longest, totalMs: ended - started };
}

/** The longest slice of several runs of `work` (each recorded on its own). */
export async function longestOf(runs: number, work: (run: number) => unknown): Promise<number> {
	let longest = 0;
	for (let run = 0; run < runs; run++) longest = Math.max(longest, (await recordSlices(() => work(run))).maxSliceMs);
	return longest;
}
