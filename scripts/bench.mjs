// Bundles bench/run.ts for Node with esbuild (to the git-ignored .bench/) and runs it with the given
// arguments: `npm run bench`, or `npm run bench -- --json` for one JSON object.
import esbuild from "esbuild";
import { spawnSync } from "node:child_process";

const outfile = ".bench/run.cjs";
await esbuild.build({
	entryPoints: ["bench/run.ts"],
	bundle: true,
	platform: "node",
	format: "cjs",
	target: "node20",
	outfile,
	logLevel: "warning",
});
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: "inherit" });
process.exit(result.status ?? 1);
