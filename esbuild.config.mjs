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
	plugins: [emptyFs, noRequireProbe],
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
