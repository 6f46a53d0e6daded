/**
 * Runs every benchmark and prints a table of named measurements, or with `--json` one JSON object of
 * exactly the figures issues 7, 14 and 15 name. Usage: `npm run bench` or `npm run bench -- --json`. Add a
 * benchmark by adding it to BENCHMARKS; a figure goes into the JSON only when listed in JSON_FIELDS.
 */
import { spawnSync } from "node:child_process";
import { generateVault } from "./generate-vault";
import { installBrowserGlobals } from "./bench-files";
import { indexBenchmark } from "./index-bench";
import type { Benchmark, Measurement } from "./measurement";
import { optimizeBenchmark } from "./optimize-bench";
import { parseBenchmark } from "./parse-bench";
import { sliceBenchmark } from "./slice-bench";
import { startupBenchmark } from "./startup-bench";
import { statisticsBenchmark } from "./stats-bench";
import { searchBenchmark } from "./search-bench";
import { storeBenchmark } from "./store-bench";

/** The figures of `--json`, in this order. */
const JSON_FIELDS = [
	"parseMBps",
	"splitMBps",
	"index10kMs",
	"reindexOneMs",
	"queue50kMs",
	"saveMs",
	"loadMs",
	"storeBytes",
	"heapMB",
	"mergeFewMs",
	"syncedBytes",
	"largestSyncedFileBytes",
	"bytesPerAnswer",
	"startupReads",
	"search50kMs",
	"browser50kMs",
	"maxSliceMs",
	"firstReviewableMs",
	"optimize50kS",
] as const;

/** The generated 10,000-note vault (about 5 cards a note), shared by the indexing and start-up runs. */
const vault = generateVault(10_000);

/** Named, so that `--only=slices,stats` runs a few (slices reads the stores that `store` saved last). */
const BENCHMARKS: Record<string, Benchmark> = {
	parse: () => parseBenchmark(),
	index: () => indexBenchmark(vault),
	startup: () => startupBenchmark(vault),
	store: () => storeBenchmark(),
	stats: () => statisticsBenchmark(),
	slices: () => (process.argv.includes(OWN_PROCESS) ? sliceBenchmark(vault) : inOwnProcess("slices")),
	optimize: () => optimizeBenchmark(),
	// Last: it installs jsdom's DOM globals for the browser.
	search: () => searchBenchmark(vault),
};

/** The flag a benchmark run in a process of its own is started with: it prints its measurements as JSON. */
const OWN_PROCESS = "--own-process";

/**
 * Runs one benchmark in a new Node process. The slices are measured there: a benchmark that loads the
 * 50k-card store a dozen times leaves hundreds of megabytes of garbage, and the collector's pauses over
 * it (a 40–60 ms scavenge while it finishes sweeping) fell in whichever path ran next. A user's
 * Obsidian holds one collection, not that garbage; in a process of its own the code is as cold as
 * after a start, which a slice must fit too.
 */
function inOwnProcess(name: string): Measurement[] {
	const script = process.argv[1] as string;
	const child = spawnSync(process.execPath, ["--expose-gc", script, `--only=${name}`, OWN_PROCESS], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 26 });
	if (child.status !== 0) throw new Error(`benchmark ${name} failed in its own process (exit ${String(child.status)})`);
	const lines = child.stdout.trimEnd().split("\n");
	return JSON.parse(lines[lines.length - 1] as string) as Measurement[];
}

function table(measurements: readonly Measurement[]): string {
	const rows = measurements.map((m) => [m.name, String(m.value), m.unit, m.label]);
	const header = ["measurement", "value", "unit", "meaning"];
	const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)));
	const format = (row: string[]): string =>
		row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join("  ").trimEnd();
	return [format(header), format(widths.map((width) => "-".repeat(width))), ...rows.map(format)].join("\n");
}

async function main(): Promise<void> {
	installBrowserGlobals();
	const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length).split(",");
	const measurements: Measurement[] = [];
	for (const [name, benchmark] of Object.entries(BENCHMARKS)) {
		if (!only || only.includes(name)) measurements.push(...(await benchmark(measurements)));
	}
	if (process.argv.includes(OWN_PROCESS)) {
		console.log(JSON.stringify(measurements));
	} else if (process.argv.includes("--json")) {
		const byName = new Map(measurements.map((m) => [m.name, m.value]));
		const json: Record<string, number> = {};
		for (const field of JSON_FIELDS) {
			const value = byName.get(field);
			if (value === undefined) throw new Error(`no benchmark measured ${field}`);
			json[field] = value;
		}
		console.log(JSON.stringify(json));
	} else {
		console.log(table(measurements));
	}
}

void main().then(
	// Timers the plugin left (debounced saves) must not hold the process open.
	() => process.exit(0),
	(error: unknown) => {
		console.error(error);
		process.exit(1);
	},
);
