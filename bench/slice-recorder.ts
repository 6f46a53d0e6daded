/**
 * The longest synchronous slice of some work: the longest stretch the event loop was held between two
 * of its turns while the work ran. A tick re-armed with `setImmediate` runs once per turn of Node's
 * loop, so the gap between two ticks is a stretch of work that did not yield (a chain of resolved
 * promises counts as one stretch, as it does for a browser's frame).
 *
 * A gap is measured twice, and the smaller figure is its length: the wall clock also counts the turns
 * of other processes on a shared machine, and the process's CPU clock also counts V8's compiler and
 * garbage-collector threads, which run beside the main thread and hold nothing up. The main thread's
 * own time is at most either, so the smaller is still never less than the time Obsidian was held
 * (the collector's pauses on the main thread are in both).
 */

/** What a recorded run gives back: the work's result, its longest slice and its wall-clock time. */
export interface RecordedRun<T> {
	result: T;
	/** Longest stretch without a yield, in ms: of each stretch, the smaller of its wall and CPU time. */
	maxSliceMs: number;
	/** From start to end, wall clock, in ms (yields included). */
	totalMs: number;
}

const cpuMs = (): number => {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
};

/** Runs `work` (synchronous or not) and measures its longest synchronous slice. */
export async function recordSlices<T>(work: () => T | Promise<T>): Promise<RecordedRun<T>> {
	let longest = 0;
	let running = true;
	const started = performance.now();
	let lastWall = started;
	let lastCpu = cpuMs();
	const mark = (): void => {
		const wall = performance.now();
		const cpu = cpuMs();
		longest = Math.max(longest, Math.min(wall - lastWall, cpu - lastCpu));
		lastWall = wall;
		lastCpu = cpu;
	};
	const tick = (): void => {
		mark();
		if (running) setImmediate(tick);
	};
	setImmediate(tick);
	const result = await work();
	const ended = performance.now();
	running = false;
	mark();
	// The last armed tick runs before the next recording starts, so two recordings never share one.
	await new Promise<void>((resolve) => setImmediate(resolve));
	return { result, maxSliceMs: longest, totalMs: ended - started };
}

/** The longest slice (ms, as above) of several runs of `work`, each recorded on its own. */
export async function longestOf(runs: number, work: (run: number) => unknown): Promise<number> {
	let longest = 0;
	for (let run = 0; run < runs; run++) longest = Math.max(longest, (await recordSlices(() => work(run))).maxSliceMs);
	return longest;
}
