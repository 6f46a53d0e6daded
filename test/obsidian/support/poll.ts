/**
 * Polls `condition` on real timers every 5 ms until it holds or `timeoutMs` has passed, and says whether
 * it holds: work that runs in slices takes longer than a fixed number of polls when both cores are busy.
 */
export async function pollUntil(condition: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline && !(await condition())) await new Promise((resolve) => setTimeout(resolve, 5));
	return condition();
}
