// The FSRS-6 optimizer: fit parameters to the review log, and score parameters on it.
export { evaluateParameters, type ParameterScores } from "./evaluate";
export { optimizeParameters, OptimizeAbortedError, type OptimizeOptions } from "./optimize";
export { evaluationItems, filterOutliers, type PreparedItems } from "./outliers";
export { checkedParameters, clipParameters, DEFAULT_PARAMETERS, PARAMETER_COUNT } from "./parameters";
export type { TrainingItem, TrainingReview } from "./training-item";
export { trainingItems, type ReviewSource } from "./training-items";
export { simulateWorkload, type Workload, type WorkloadOptions } from "./workload";
