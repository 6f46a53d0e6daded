// The esbuild plugins the bundle needs (shared by the plugin build and the browser test harness).
import { readFile } from "node:fs/promises";

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
