// Bundles the benchmarks for Node with esbuild (to the git-ignored .bench/) and runs them with the given
// arguments: `npm run bench`, or `npm run bench -- --json` for one JSON object. `obsidian` is the fake
// API from test/__mocks__, so the start-up benchmark runs the real plugin over a generated vault.
import esbuild from "esbuild";
import { spawnSync } from "node:child_process";

await esbuild.build({
	entryPoints: { run: "bench/run.ts", "load-probe": "bench/load-probe.ts" },
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	outdir: ".bench",
	outExtension: { ".js": ".cjs" },
	alias: { obsidian: "./test/__mocks__/obsidian.ts", "optimizer-worker-source": "./test/__mocks__/optimizer-worker-source.ts" },
	// Loaded from node_modules at run time (the browser benchmark draws on it), not bundled.
	external: ["jsdom"],
	logLevel: "warning",
});
const result = spawnSync(process.execPath, ["--expose-gc", ".bench/run.cjs", ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);
