// Chromium for the browser tests and screenshots: found, installed where this machine allows it, or a
// stop with the exact command to run (the browser tests are never skipped quietly); and the bundle
// of the live harness (scripts/screenshots/live.ts: the real plugin over the test fake of Obsidian).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import esbuild from "esbuild";
import { emptyFs, noRequireProbe, optimizerWorker } from "../../shims/esbuild-plugins.mjs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];
export const INSTALL_COMMAND = "sudo apt-get update && sudo apt-get install -y chromium";

/** The Chromium to drive: $CHROMIUM, a system one, or Debian's package installed now when running as root. */
export function findChromium() {
	if (process.env.CHROMIUM) {
		if (existsSync(process.env.CHROMIUM)) return process.env.CHROMIUM;
		throw new Error(`CHROMIUM=${process.env.CHROMIUM} does not exist.`);
	}
	const found = CANDIDATES.find((path) => existsSync(path));
	if (found) return found;
	const root = typeof process.getuid === "function" && process.getuid() === 0;
	if (root && existsSync("/usr/bin/apt-get")) {
		console.log("Chromium is missing: installing Debian's chromium package for the browser tests…");
		execFileSync("apt-get", ["update"], { stdio: "inherit" });
		execFileSync("apt-get", ["install", "-y", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
		if (existsSync(CANDIDATES[0])) return CANDIDATES[0];
	}
	console.error(`\nThe browser tests need Chromium, which is not installed. Install it with:\n\n    ${INSTALL_COMMAND}\n\nor point CHROMIUM at a Chromium or Chrome binary, then run npm test again.\n`);
	process.exit(1);
}

/** Resolves `obsidian` to the test fake, as jest's moduleNameMapper does. */
const fakeObsidian = (root) => ({
	name: "fake-obsidian",
	setup(build) {
		build.onResolve({ filter: /^obsidian$/ }, () => ({ path: join(root, "test", "__mocks__", "obsidian.ts") }));
	},
});

/** The fake's `util` import (TextEncoder for binary files) is the browser's own global. */
const browserUtil = {
	name: "browser-util",
	setup(build) {
		build.onResolve({ filter: /^util$/ }, () => ({ path: "util", namespace: "browser-util" }));
		build.onLoad({ filter: /.*/, namespace: "browser-util" }, () => ({ contents: "export const TextEncoder = globalThis.TextEncoder; export const TextDecoder = globalThis.TextDecoder;", loader: "js" }));
	},
};

/** Bundles the live harness into `outfile`. */
export async function bundleHarness(root, outfile) {
	await esbuild.build({
		entryPoints: [join(root, "scripts", "screenshots", "live.ts")],
		bundle: true,
		outfile,
		platform: "browser",
		format: "iife",
		target: "es2020",
		plugins: [fakeObsidian(root), browserUtil, emptyFs, noRequireProbe, optimizerWorker(false)],
		inject: [join(root, "shims", "buffer.js")],
		logLevel: "warning",
	});
}
