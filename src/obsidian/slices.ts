/**
 * Long work in slices that yield to the UI. The work is a generator that yields often (at points where
 * it may stop); the runner goes on until a slice has lasted its budget, then lets Obsidian draw and
 * handle input (a macrotask, since `requestIdleCallback` is missing on iOS) before the next slice.
 */

/** A result at once (the work fitted in one slice), or later. */
export type Sliced<T> = T | Promise<T>;

/** Where long work stands, yielded at its stopping points: `done` of `total` items. */
export interface SliceProgress {
	done: number;
	total: number;
}

/** Time one slice may take, in ms: well under a frame budget of 50 ms on a desktop, room on a phone. */
export const SLICE_MS = 12;

/** Lets the UI run, then resolves. */
export function nextSlice(): Promise<void> {
	return new Promise((resolve) => window.setTimeout(resolve, 0));
}

/**
 * Runs `work` in slices of about `budgetMs`. The first slice runs now: work that fits in it gives its
 * result at once. While `alive()` holds, later slices follow; once it does not, the work is stopped
 * (its `finally` blocks run) and the promise never settles. `progress` hears where the work stands
 * each time it yields to the UI. `pause` lets the UI run between slices.
 */
export function runInSlices<T>(
	work: Generator<SliceProgress | void, T>,
	alive: () => boolean,
	progress?: (at: SliceProgress) => void,
	budgetMs = SLICE_MS,
	pause: () => Promise<void> = nextSlice,
): Sliced<T> {
	const slice = (): { done: true; value: T } | { done: false } => {
		const started = performance.now();
		for (;;) {
			const step = work.next();
			if (step.done) return { done: true, value: step.value };
			if (performance.now() - started >= budgetMs) {
				if (step.value) progress?.(step.value);
				return { done: false };
			}
		}
	};
	const first = slice();
	if (first.done) return first.value;
	return new Promise<T>((resolve, reject) => {
		const next = (): void => {
			if (!alive()) {
				work.return(undefined as never);
				return;
			}
			try {
				const step = slice();
				if (step.done) resolve(step.value);
				else void pause().then(next);
			} catch (error) {
				reject(error instanceof Error ? error : new Error(String(error)));
			}
		};
		void pause().then(next);
	});
}
