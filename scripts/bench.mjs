// Runs the benchmarks in bench/*-bench.ts: bundles each with esbuild into .bench/, then calls every
// exported function whose name starts with "bench" and prints the median of its runs.
// Usage: node scripts/bench.mjs [name-filter]
import esbuild from "esbuild";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const filter = process.argv[2] ?? "";
const files = readdirSync(join(root, "bench")).filter((f) => f.endsWith("-bench.ts") && f.includes(filter));

for (const file of files) {
	// CommonJS, so that dependencies' own require calls (gray-matter's) work as in Node.
	const outfile = join(root, ".bench", file.replace(/\.ts$/, ".cjs"));
	await esbuild.build({
		entryPoints: [join(root, "bench", file)],
		bundle: true,
		platform: "node",
		format: "cjs",
		target: "node20",
		outfile,
		logLevel: "warning",
	});
	const module = createRequire(import.meta.url)(outfile);
	for (const [name, run] of Object.entries(module)) {
		if (!name.startsWith("bench") || typeof run !== "function") continue;
		for (const result of run()) {
			const runs = result.runsMs.map((ms) => ms.toFixed(1)).join(", ");
			console.log(`${result.name}: median ${result.medianMs.toFixed(1)} ms (runs: ${runs})`);
		}
	}
}
