import type { TrainingItem } from "../../core";

/** What the page sends the optimizer worker: one run. */
export interface OptimizeRequest {
	items: TrainingItem[];
	relearningSteps: number;
}

/** What the worker sends back: progress during the run, then the parameters or an error. */
export type OptimizeReply =
	| { kind: "progress"; done: number; total: number }
	| { kind: "done"; parameters: number[] }
	| { kind: "error"; message: string };
