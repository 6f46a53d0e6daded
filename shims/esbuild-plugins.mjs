// The esbuild plugins the bundle needs (shared by the plugin build and the browser test harness).
import { readFile } from "node:fs/promises";
import esbuild from "esbuild";

// gray-matter has a top-level require("fs") used only by matter.read(), which we never call. Mapping it
// to an empty module keeps a Node API out of the bundle, so the plugin loads on mobile.
export const emptyFs = {
	name: "empty-fs",
	setup(build) {
		build.onResolve({ filter: /^fs$/ }, () => ({ path: "fs", namespace: "empty-fs" }));
		build.onLoad({ filter: /.*/, namespace: "empty-fs" }, () => ({ contents: "module.exports = {};", loader: "js" }));
	},
};

// js-yaml 3 (inside gray-matter) probes for the optional `buffer` and `esprima` packages at load time
// through an aliased `require` that no bundler can see. On mobile that probe reaches Obsidian's require
// (which reports Node packages). Neither is ever needed (binary and function YAML types), so the probe
// is replaced by a function that fails the way a missing package does.
export const noRequireProbe = {
	name: "no-require-probe",
	setup(build) {
		build.onLoad({ filter: /js-yaml[\\/]lib[\\/]js-yaml[\\/]type[\\/](binary|js[\\/]function)\.js$/ }, async (args) => {
			const source = await readFile(args.path, "utf8");
			const patched = source.replace("var _require = require;", "var _require = function (name) { throw new Error('Cannot find module ' + name); };");
			if (patched === source) throw new Error(`js-yaml changed: no require probe found in ${args.path}`);
			return { contents: patched, loader: "js" };
		});
	},
};

// The optimizer runs in a Web Worker started from a Blob URL (one main.js, nothing else to ship): its
// entry is bundled on its own, as a script, and imported as the text of the module "optimizer-worker-source".
const WORKER_ENTRY = "src/obsidian/optimizer/optimizer-worker.ts";
export const optimizerWorker = (minify) => ({
	name: "optimizer-worker",
	setup(build) {
		build.onResolve({ filter: /^optimizer-worker-source$/ }, () => ({ path: "optimizer-worker-source", namespace: "optimizer-worker" }));
		build.onLoad({ filter: /.*/, namespace: "optimizer-worker" }, async () => {
			const worker = await esbuild.build({
				entryPoints: [WORKER_ENTRY],
				bundle: true,
				write: false,
				metafile: true,
				format: "iife",
				platform: "browser",
				target: "es2018",
				minify,
				legalComments: "none",
				logLevel: "warning",
				// Marks the inlined text, so the bundle test can find the worker in main.js and run it.
				banner: { js: "/* flashcard-review optimizer worker */" },
			});
			const source = worker.outputFiles[0].text;
			return { contents: `export default ${JSON.stringify(source)};`, loader: "js", watchFiles: Object.keys(worker.metafile.inputs) };
		});
	},
});
