/**
 * Runs the optimizer off the interface thread: in a Web Worker built into main.js (started from a Blob
 * URL), or, where workers cannot start, on this thread in batches that yield to the interface.
 */
import workerSource from "optimizer-worker-source";
import { optimizeParameters, OptimizeAbortedError, type TrainingItem } from "../../core";
import { t } from "../i18n";
import type { OptimizeReply, OptimizeRequest } from "./optimizer-messages";

/** How a run reports and stops. */
export interface RunOptions {
	onProgress: (done: number, total: number) => void;
	signal: AbortSignal;
	relearningSteps: number;
}

/** Fitted parameters for `items`; rejects with an AbortError when `signal` aborts. */
export function runOptimizer(items: TrainingItem[], options: RunOptions): Promise<number[]> {
	if (options.signal.aborted) return Promise.reject(new OptimizeAbortedError());
	const started = startWorker();
	if (!started) return onThisThread(items, options);
	const { worker, url } = started;
	return new Promise<number[]>((resolve, reject) => {
		let heard = false;
		const finish = (): void => {
			worker.terminate();
			// The script's URL lives as long as the worker may still load it.
			URL.revokeObjectURL(url);
			options.signal.removeEventListener("abort", abort);
		};
		const abort = (): void => {
			finish();
			reject(new OptimizeAbortedError());
		};
		options.signal.addEventListener("abort", abort);
		worker.onmessage = (event: MessageEvent<OptimizeReply>) => {
			heard = true;
			const reply = event.data;
			if (reply.kind === "progress") return options.onProgress(reply.done, reply.total);
			finish();
			if (reply.kind === "done") resolve(reply.parameters);
			else reject(new Error(reply.message));
		};
		worker.onerror = (event) => {
			event.preventDefault();
			finish();
			// A worker that never started (a blocked Blob URL, say): do the work here instead.
			if (!heard) onThisThread(items, options).then(resolve, reject);
			else reject(new Error(event.message || t("optimize.stopped")));
		};
		const request: OptimizeRequest = { items, relearningSteps: options.relearningSteps };
		worker.postMessage(request);
	});
}

function startWorker(): { worker: Worker; url: string } | null {
	if (workerSource === "" || typeof Worker === "undefined" || typeof URL.createObjectURL !== "function") return null;
	try {
		const url = URL.createObjectURL(new Blob([workerSource], { type: "text/javascript" }));
		return { worker: new Worker(url), url };
	} catch {
		return null;
	}
}

/** The fallback: the same fit, pausing for the interface after every batch. */
function onThisThread(items: TrainingItem[], options: RunOptions): Promise<number[]> {
	return optimizeParameters(items, {
		onProgress: options.onProgress,
		signal: options.signal,
		relearningSteps: options.relearningSteps,
		pause: () => new Promise<void>((resolve) => window.setTimeout(resolve, 0)),
	});
}
