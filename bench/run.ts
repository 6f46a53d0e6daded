/**
 * Runs every benchmark and prints a table of named measurements, or one JSON object with `--json`.
 * Usage: `npm run bench` or `npm run bench -- --json`. Add a benchmark by appending to BENCHMARKS.
 */
import type { Benchmark, Measurement } from "./measurement";
import { parseBenchmark } from "./parse-bench";
import { statisticsBenchmark } from "./stats-bench";
import { storeBenchmark } from "./store-size";

const BENCHMARKS: Benchmark[] = [() => parseBenchmark(), () => storeBenchmark(), () => statisticsBenchmark()];

function table(measurements: readonly Measurement[]): string {
	const rows = measurements.map((m) => [m.name, String(m.value), m.unit, m.label]);
	const header = ["measurement", "value", "unit", "meaning"];
	const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
	const format = (row: string[]): string =>
		row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ").trimEnd();
	return [format(header), format(widths.map((width) => "-".repeat(width))), ...rows.map(format)].join("\n");
}

const measurements = BENCHMARKS.flatMap((benchmark) => benchmark());
if (process.argv.includes("--json")) {
	console.log(JSON.stringify(Object.fromEntries(measurements.map((m) => [m.name, m.value]))));
} else {
	console.log(table(measurements));
}
