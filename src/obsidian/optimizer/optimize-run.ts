/**
 * One "Optimize" run from the settings: gather the reviews, fit, compare with the parameters in use,
 * and keep the new ones only when they predict the reviews better (as Anki does). Returns what to tell
 * the user; never throws for expected outcomes (too few reviews, cancelled, not better).
 */
import { DEFAULT_PARAMETERS, evaluateParameters, evaluationItems, type ParameterScores, type TrainingItem } from "../../core";
import { formatNumber, formatPercent, t } from "../i18n";
import { errorText } from "../i18n/error-text";

/** Fewer reviews than this keep the parameters as they are (Anki's threshold). */
export const MIN_REVIEWS = 400;

/** What a run needs from the plugin. */
export interface OptimizeDeps {
	/** Parameters in use (empty: the defaults). */
	parameters(): number[];
	/** Stores new parameters; the refusal's message, or null. */
	setParameters(parameters: number[]): string | null;
	/** Training items from the reviews the search selects (empty search: all reviews). */
	items(search: string): TrainingItem[];
	run(items: TrainingItem[], onProgress: (done: number, total: number) => void, signal: AbortSignal): Promise<number[]>;
}

/** How a run ended, with the figures to show. */
export type OptimizeOutcome =
	| { kind: "too-few"; reviews: number }
	| { kind: "saved" | "kept"; reviews: number; before: ParameterScores; after: ParameterScores }
	| { kind: "cancelled" }
	| { kind: "failed"; message: string };

export async function optimizeRun(
	deps: OptimizeDeps,
	search: string,
	onProgress: (done: number, total: number) => void,
	signal: AbortSignal,
): Promise<OptimizeOutcome> {
	try {
		const items = deps.items(search);
		if (items.length < MIN_REVIEWS) return { kind: "too-few", reviews: items.length };
		const fitted = await deps.run(items, onProgress, signal);
		const current = deps.parameters();
		const scored = evaluationItems(items);
		const before = evaluateParameters(scored, current.length === 21 ? current : [...DEFAULT_PARAMETERS]);
		const after = evaluateParameters(scored, fitted);
		if (!(after.logLoss < before.logLoss)) return { kind: "kept", reviews: items.length, before, after };
		const refused = deps.setParameters(fitted);
		if (refused !== null) return { kind: "failed", message: refused };
		return { kind: "saved", reviews: items.length, before, after };
	} catch (error) {
		if (error instanceof Error && error.name === "AbortError") return { kind: "cancelled" };
		return { kind: "failed", message: errorText(error) };
	}
}

/** The outcome in a sentence or two, for the settings. */
export function describeOutcome(outcome: OptimizeOutcome): string {
	switch (outcome.kind) {
		case "too-few":
			return t("optimize.tooFew", { count: outcome.reviews, min: MIN_REVIEWS });
		case "cancelled":
			return t("optimize.cancelled");
		case "failed":
			return t("optimize.failed", { message: outcome.message });
		case "saved":
		case "kept": {
			const figures = t("optimize.figures", {
				lossBefore: formatNumber(outcome.before.logLoss, { decimals: 4, fixed: true }),
				lossAfter: formatNumber(outcome.after.logLoss, { decimals: 4, fixed: true }),
				rmseBefore: formatPercent(outcome.before.rmseBins, 2),
				rmseAfter: formatPercent(outcome.after.rmseBins, 2),
				reviews: outcome.reviews,
			});
			return t(outcome.kind === "saved" ? "optimize.saved" : "optimize.kept", { figures });
		}
	}
}
