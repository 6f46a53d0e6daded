/**
 * Benchmark of fitting FSRS parameters to 50,000 reviews (generated from a seed, as a real log with
 * same-day steps would look): the median of three full runs, in seconds.
 */
import { optimizeParameters } from "../src/core";
import { generateHistories } from "./generate-histories";
import { median, type Measurement } from "./measurement";

export async function optimizeBenchmark(): Promise<Measurement[]> {
	const { items } = generateHistories(50_000, 1);
	const seconds: number[] = [];
	for (let run = 0; run < 3; run++) {
		const start = performance.now();
		await optimizeParameters(items);
		seconds.push((performance.now() - start) / 1000);
	}
	return [
		{
			name: "optimize50kS",
			value: Math.round(median(seconds) * 100) / 100,
			unit: "s",
			label: "fit FSRS-6 parameters to 50,000 reviews (target < 10 s)",
		},
	];
}
