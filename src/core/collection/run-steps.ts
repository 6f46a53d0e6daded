/**
 * Work written as a generator yields at points where it may stop, so that a caller in the Obsidian
 * layer can spread it over slices that let the UI run; a caller that wants the result now runs it to
 * the end at once.
 */

/** Runs steps to the end at once. */
export function runSteps<T>(steps: Generator<unknown, T>): T {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}
