/**
 * The longest synchronous slice of some work: the longest stretch the event loop was held between two
 * of its turns while the work ran. A tick re-armed with `setImmediate` runs once per turn of Node's
 * loop, so the gap between two ticks is a stretch of work that did not yield (a chain of resolved
 * promises counts as one stretch, as it does for a browser's frame). Each gap is measured in wall time
 * and in the process's CPU time: on a shared machine the wall clock also counts the turns of other
 * processes, so the CPU time is the figure (garbage collection included).
 */

/** What a recorded run gives back: the work's result, its longest slice and its wall-clock time. */
export interface RecordedRun<T> {
	result: T;
	/** Longest stretch without a yield, in CPU ms of this process. */
	maxSliceMs: number;
	/** The same stretch's longest in wall-clock ms (other processes' turns included). */
	maxSliceWallMs: number;
	/** From start to end, wall clock, in ms (yields included). */
	totalMs: number;
}

const cpuMs = (): number => {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
};

/** Runs `work` (synchronous or not) and measures its longest synchronous slice. */
export async function recordSlices<T>(work: () => T | Promise<T>): Promise<RecordedRun<T>> {
	let longestCpu = 0;
	let longestWall = 0;
	let running = true;
	const started = performance.now();
	let lastWall = started;
	let lastCpu = cpuMs();
	const mark = (): void => {
		const wall = performance.now();
		const cpu = cpuMs();
		longestWall = Math.max(longestWall, wall - lastWall);
		longestCpu = Math.max(longestCpu, cpu - lastCpu);
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
	return { result, maxSliceMs: longestCpu, maxSliceWallMs: longestWall, totalMs: ended - started };
}

/** The longest slice (CPU ms) of several runs of `work`, each recorded on its own. */
export async function longestOf(runs: number, work: (run: number) => unknown): Promise<number> {
	let longest = 0;
	for (let run = 0; run < runs; run++) longest = Math.max(longest, (await recordSlices(() => work(run))).maxSliceMs);
	return longest;
}
