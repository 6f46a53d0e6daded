/**
 * Fits FSRS-6 parameters to a user's reviews the way fsrs-rs does: outlier filter, initial stability
 * search, then 5 epochs of Adam (batches of 512, learning rate 0.04 with cosine annealing) on the
 * recency-weighted log loss plus a pull towards the starting parameters, clipping after each step.
 */
import { initialStability } from "./initial-stability";
import { itemLossAndGradient, ModelWorkspace } from "./memory-model";
import { filterOutliers } from "./outliers";
import { clipParameters, DEFAULT_PARAMETERS, PARAMETER_COUNT, PARAMS_STDDEV } from "./parameters";
import { smoothAndFill } from "./smooth-and-fill";
import { isUsableItem, recencyWeights, type TrainingItem } from "./training-item";
import { Adam, CosineAnnealing, lengthSortedBatches, seededRandom, shuffle, type WeightedItem } from "./training-schedule";

/** How a run reports progress and can be stopped. */
export interface OptimizeOptions {
	/** Called after each batch: items processed so far and in all, over every epoch. */
	onProgress?(done: number, total: number): void;
	/** Stops the run between two batches; the promise then rejects with an error named "AbortError". */
	signal?: { readonly aborted: boolean };
	/**
	 * Awaited between batches when given: a caller on a UI thread passes one that waits for the next
	 * frame or a timeout, so the run never holds the thread for long. Without it the run yields nothing.
	 */
	pause?: () => Promise<void>;
	/** Relearning steps of the user's options (limits w17/w18 so steps cannot compound them); default 1. */
	relearningSteps?: number;
	/** Training schedule; fsrs-rs's defaults. */
	epochs?: number;
	batchSize?: number;
	learningRate?: number;
	seed?: number;
	/** Longest history trained on (longer items are skipped, as fsrs-rs skips them). */
	maxReviews?: number;
}

/** Raised when a run is stopped through its signal. */
export class OptimizeAbortedError extends Error {
	constructor() {
		super("Optimizing was cancelled");
		this.name = "AbortError";
	}
}

/**
 * 21 FSRS-6 parameters fitted to the items (given oldest first: later items weigh more). Too few
 * items give the defaults (fewer than 8 after filtering) or the defaults with fitted initial
 * stability (fewer than 64), as in fsrs-rs. Deterministic: the same items give the same parameters.
 */
export async function optimizeParameters(items: TrainingItem[], options: OptimizeOptions = {}): Promise<number[]> {
	if (options.signal?.aborted) throw new OptimizeAbortedError();
	const usable = items.filter(isUsableItem);
	const { initialization, training } = filterOutliers(usable);
	if (training.length < 8) return [...DEFAULT_PARAMETERS];
	let recalled = 0;
	for (const item of training) if ((item.reviews[item.reviews.length - 1]?.rating ?? 1) > 1) recalled++;
	const init = initialStability(initialization, recalled / training.length);
	if (!init) return [...DEFAULT_PARAMETERS];
	const start = [...init.stability, ...DEFAULT_PARAMETERS.slice(4)];
	if (training.length === initialization.length || training.length < 64) return start;

	const weights = recencyWeights(training.length);
	const maxReviews = options.maxReviews ?? 256;
	const weighted: WeightedItem[] = [];
	training.forEach((item, i) => {
		if (item.reviews.length <= maxReviews) weighted.push({ item, weight: weights[i] as number });
	});
	const fitted = await train(weighted, start, options);
	const s0 = new Map(fitted.slice(0, 4).map((value, i) => [i + 1, value]));
	const smoothed = smoothAndFill(s0, init.ratingCount) ?? fitted.slice(0, 4);
	return [...smoothed, ...fitted.slice(4)];
}

async function train(items: WeightedItem[], start: number[], options: OptimizeOptions): Promise<number[]> {
	const epochs = options.epochs ?? 5;
	const batchSize = options.batchSize ?? 512;
	const relearningSteps = options.relearningSteps ?? 1;
	const total = items.length;
	const batches = lengthSortedBatches(items, batchSize);
	const schedule = new CosineAnnealing((Math.floor(total / batchSize) + 1) * epochs, options.learningRate ?? 0.04);
	const random = seededRandom(options.seed ?? 2023);
	const adam = new Adam();
	const w = Float64Array.from(start);
	const gradient = new Float64Array(PARAMETER_COUNT);
	const ws = new ModelWorkspace();
	const order = batches.map((_, i) => i);
	for (let epoch = 0; epoch < epochs; epoch++) {
		order.forEach((_, i) => (order[i] = i));
		shuffle(order, random);
		let processed = 0;
		for (const index of order) {
			if (options.signal?.aborted) throw new OptimizeAbortedError();
			const batch = batches[index] as WeightedItem[];
			const lr = schedule.next();
			gradient.fill(0);
			for (const { item, weight } of batch) itemLossAndGradient(w, item.reviews, weight, ws, gradient);
			// The pull towards the starting point, scaled by the batch's share of the data.
			const scale = batch.length / total;
			for (let k = 0; k < PARAMETER_COUNT; k++) {
				const sd = PARAMS_STDDEV[k] as number;
				gradient[k] = (gradient[k] as number) + ((2 * ((w[k] as number) - (start[k] as number))) / (sd * sd)) * scale;
			}
			adam.step(w, gradient, lr);
			clipParameters(w, relearningSteps, true);
			processed += batch.length;
			options.onProgress?.(epoch * total + processed, epochs * total);
			if (options.pause) await options.pause();
		}
	}
	if (!Array.from(w).every(Number.isFinite)) throw new Error("Optimizing failed: the parameters left the finite range");
	return Array.from(w);
}
