/** How well parameters predict a set of items: log loss and RMSE(bins), weighted as fsrs-rs weighs them. */
import { ModelWorkspace, predictRecall } from "./memory-model";
import { clipParameters, PARAMETER_COUNT } from "./parameters";
import { binKey, currentReview, recencyWeights, type TrainingItem } from "./training-item";

/** Scores of parameters on items (lower is better for both). */
export interface ParameterScores {
	/** Mean weighted binary cross-entropy of the predicted recall against the actual answer. */
	logLoss: number;
	/**
	 * Root mean square gap between predicted and actual recall rates, per bin of similar reviews
	 * (interval, review count, lapses), bins weighted by their items' weights.
	 */
	rmseBins: number;
}

interface Bin {
	predicted: number;
	actual: number;
	count: number;
	weight: number;
}

/**
 * Scores exactly the items given (no outlier filtering), in their order (recent items weigh more).
 * Parameters are clipped to their bounds first, as a scheduler would use them. Throws on no items or
 * on parameters that are not 21 finite numbers.
 */
export function evaluateParameters(items: TrainingItem[], parameters: number[]): ParameterScores {
	if (items.length === 0) throw new Error("No reviews to evaluate the parameters on");
	if (parameters.length !== PARAMETER_COUNT || !parameters.every(Number.isFinite)) {
		throw new Error(`FSRS parameters must be ${PARAMETER_COUNT} finite numbers (got ${parameters.length})`);
	}
	const w = Float64Array.from(parameters);
	clipParameters(w, 1, false);
	const weights = recencyWeights(items.length);
	const ws = new ModelWorkspace();
	const bins = new Map<string, Bin>();
	let loss = 0;
	let weightSum = 0;
	items.forEach((item, i) => {
		const p = predictRecall(w, item.reviews, ws);
		const y = currentReview(item).rating > 1 ? 1 : 0;
		const weight = weights[i] as number;
		loss += (y * Math.log(p) + (1 - y) * Math.log(1 - p)) * weight;
		weightSum += weight;
		const key = binKey(item);
		let bin = bins.get(key);
		if (!bin) {
			bin = { predicted: 0, actual: 0, count: 0, weight: 0 };
			bins.set(key, bin);
		}
		bin.predicted += p;
		bin.actual += y;
		bin.count += 1;
		bin.weight += weight;
	});
	let squares = 0;
	let binWeights = 0;
	for (const bin of bins.values()) {
		squares += Math.pow(bin.predicted / bin.count - bin.actual / bin.count, 2) * bin.weight;
		binWeights += bin.weight;
	}
	return { logLoss: -loss / weightSum, rmseBins: Math.sqrt(squares / binWeights) };
}
