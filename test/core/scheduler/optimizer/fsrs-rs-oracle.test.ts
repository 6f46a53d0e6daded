/**
 * Our optimizer against the real fsrs-rs (its native Node binding, an optional dependency that exists
 * for linux-x64-gnu only, run in a child process): on generated review logs, our fitted parameters must predict about as well
 * as fsrs-rs's own fit, and our evaluation must agree with fsrs-rs's on the items it keeps.
 */
import { spawnSync } from "child_process";
import { join } from "path";
import { generateHistories } from "../../../../bench/generate-histories";
import {
	DEFAULT_PARAMETERS,
	evaluateParameters,
	evaluationItems,
	optimizeParameters,
	type TrainingItem,
} from "../../../../src/core";

interface Scores {
	logLoss: number;
	rmseBins: number;
}

const BINDING = "@open-spaced-repetition/binding-linux-x64-gnu";

function bindingInstalled(): boolean {
	try {
		require.resolve(BINDING);
		return true;
	} catch {
		return false;
	}
}

/** fsrs-rs's fit of `items` and its scores of each parameter set then of that fit (run in a child process). */
function fsrsRs(items: readonly TrainingItem[], parameterSets: number[][]): { fitted: number[]; scores: Scores[] } {
	const result = spawnSync(process.execPath, [join(__dirname, "fsrs-rs-oracle-run.cjs")], {
		input: JSON.stringify({ items, parameterSets }),
		encoding: "utf8",
		maxBuffer: 1 << 24,
	});
	if (result.status !== 0) throw new Error(`fsrs-rs failed: ${result.stderr}`);
	return JSON.parse(result.stdout) as { fitted: number[]; scores: Scores[] };
}

const installed = bindingInstalled();
if (!installed) {
	console.warn(
		`fsrs-rs comparison SKIPPED: ${BINDING} is not installed (it exists for linux-x64 with glibc only). ` +
			"The optimizer was not checked against fsrs-rs here.",
	);
}
const describeWithBinding = installed ? describe : describe.skip;

const relative = (ours: number, theirs: number): number => (ours - theirs) / theirs;

describeWithBinding("optimizer against fsrs-rs", () => {
	describe.each([
		{ reviews: 12_000, seed: 3 },
		{ reviews: 25_000, seed: 8 },
	])("on a generated log of $reviews reviews (seed $seed)", ({ reviews, seed }) => {
		const { items } = generateHistories(reviews, seed);
		const defaults = [...DEFAULT_PARAMETERS];
		let ours: number[] = [];
		let theirs: number[] = [];
		/** fsrs-rs's scores of the defaults, of our fit and of its own fit. */
		let oracle: Scores[] = [];
		beforeAll(async () => {
			ours = await optimizeParameters(items);
			const result = fsrsRs(items, [defaults, ours]);
			theirs = result.fitted;
			oracle = result.scores;
			// Both fits take seconds natively, longer under coverage on a busy machine.
		}, 180_000);

		it("fits parameters whose log loss is within 1% and RMSE(bins) within 5% of fsrs-rs's fit", () => {
			const [defaultScores, oursScored, theirsScored] = oracle as [Scores, Scores, Scores];
			expect(relative(oursScored.logLoss, theirsScored.logLoss)).toBeLessThanOrEqual(0.01);
			expect(relative(oursScored.rmseBins, theirsScored.rmseBins)).toBeLessThanOrEqual(0.05);
			// And both fits beat the defaults, so the comparison is not between two failures.
			expect(oursScored.logLoss).toBeLessThan(defaultScores.logLoss);
			expect(theirsScored.logLoss).toBeLessThan(defaultScores.logLoss);
		});

		it("evaluates parameters within 1% of fsrs-rs's evaluation, on the items fsrs-rs keeps", () => {
			const kept = evaluationItems(items);
			[defaults, ours, theirs].forEach((parameters, i) => {
				const mine = evaluateParameters(kept, parameters);
				const theirsScore = oracle[i] as Scores;
				expect(Math.abs(relative(mine.logLoss, theirsScore.logLoss))).toBeLessThanOrEqual(0.01);
				expect(Math.abs(relative(mine.rmseBins, theirsScore.rmseBins))).toBeLessThanOrEqual(0.01);
			});
		});
	});
});
