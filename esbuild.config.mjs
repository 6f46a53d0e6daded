import esbuild from "esbuild";
import process from "process";
import { builtinModules } from "node:module";
import { readFile } from "node:fs/promises";

const banner = `/*
Bundled by esbuild. The source is in the Flashcard Review repository (src/).
*/
`;

const prod = process.argv[2] === "production";

// gray-matter has a top-level require("fs") used only by matter.read(), which we never call. Mapping it
// to an empty module keeps a Node API out of the bundle, so the plugin loads on mobile.
const emptyFs = {
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
const noRequireProbe = {
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
const optimizerWorker = {
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
				minify: prod,
				legalComments: "none",
				logLevel: "warning",
				// Marks the inlined text, so the bundle test can find the worker in main.js and run it.
				banner: { js: "/* flashcard-review optimizer worker */" },
			});
			const source = worker.outputFiles[0].text;
			return { contents: `export default ${JSON.stringify(source)};`, loader: "js", watchFiles: Object.keys(worker.metafile.inputs) };
		});
	},
};

const context = await esbuild.context({
	banner: { js: banner },
	entryPoints: ["src/main.ts"],
	bundle: true,
	external: [
		"obsidian",
		"electron",
		"@codemirror/autocomplete",
		"@codemirror/collab",
		"@codemirror/commands",
		"@codemirror/language",
		"@codemirror/lint",
		"@codemirror/search",
		"@codemirror/state",
		"@codemirror/view",
		"@lezer/common",
		"@lezer/highlight",
		"@lezer/lr",
		...builtinModules,
	],
	plugins: [emptyFs, noRequireProbe, optimizerWorker],
	inject: ["shims/buffer.js"],
	platform: "browser",
	format: "cjs",
	target: "es2018",
	logLevel: "info",
	sourcemap: prod ? false : "inline",
	treeShaking: true,
	minify: prod,
	legalComments: "none",
	outfile: "main.js",
});

if (prod) {
	await context.rebuild();
	await context.dispose();
} else {
	await context.watch();
}
