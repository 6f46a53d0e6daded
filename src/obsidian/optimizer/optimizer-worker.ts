/**
 * The optimizer's Web Worker. esbuild bundles this file on its own (no Obsidian, no Node, no DOM) and
 * the plugin starts it from a Blob URL, so a long fit never holds up the interface. It imports the
 * optimizer's folder directly: the core's full index would pull the parser and ts-fsrs in too.
 */
import { optimizeParameters } from "../../core/scheduler/optimizer/optimize";
import type { OptimizeReply, OptimizeRequest } from "./optimizer-messages";

interface WorkerScope {
	onmessage: ((event: { data: OptimizeRequest }) => void) | null;
	postMessage(message: OptimizeReply): void;
}

// A worker's global scope is `self` (there is no window in a worker).
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
	const { items, relearningSteps } = event.data;
	let lastSent = 0;
	optimizeParameters(items, {
		relearningSteps,
		onProgress: (done, total) => {
			// A message per batch is plenty; every tenth of a percent is more than a bar can show.
			if (done === total || done - lastSent >= total / 1000) {
				lastSent = done;
				scope.postMessage({ kind: "progress", done, total });
			}
		},
	}).then(
		(parameters) => scope.postMessage({ kind: "done", parameters }),
		(error: unknown) => scope.postMessage({ kind: "error", message: error instanceof Error ? error.message : String(error) }),
	);
};
