/**
 * The mobile-safety proof: the built main.js must load where there is no Node (no Buffer, no process,
 * a require that knows only "obsidian"), as in Obsidian's mobile WebView. `npm test` builds first.
 */
import { readFileSync, existsSync } from "fs";
import { join } from "path";
import { createContext, runInContext } from "vm";
import * as fakeObsidian from "obsidian";

const bundlePath = join(__dirname, "..", "main.js");

function loadBundle(): { exports: Record<string, unknown>; requested: string[] } {
	if (!existsSync(bundlePath)) throw new Error("main.js is missing: run `npm run build` first");
	const requested: string[] = [];
	const module = { exports: {} as Record<string, unknown> };
	const sandbox = {
		module,
		exports: module.exports,
		require: (name: string) => {
			requested.push(name);
			if (name === "obsidian") return fakeObsidian;
			throw new Error(`Cannot find module '${name}' (not available on mobile)`);
		},
		console,
		setTimeout,
		clearTimeout,
		queueMicrotask,
	};
	createContext(sandbox);
	runInContext(readFileSync(bundlePath, "utf8"), sandbox, { filename: "main.js" });
	return { exports: module.exports, requested };
}

describe("the built plugin bundle", () => {
	it("loads with no Node globals and requires nothing but obsidian", () => {
		const { requested } = loadBundle();
		expect(requested.filter((name) => name !== "obsidian")).toEqual([]);
	});

	it("has the plugin class as its default export", () => {
		const { exports } = loadBundle();
		const PluginClass = exports.default as unknown;
		expect(typeof PluginClass).toBe("function");
		expect((PluginClass as { prototype: unknown }).prototype).toBeInstanceOf(fakeObsidian.Plugin);
	});

	it("contains no live require of a Node module and no global Buffer", () => {
		const text = readFileSync(bundlePath, "utf8");
		expect(text).not.toMatch(/require\(["'](fs|path|crypto|os|buffer|child_process)["']\)/);
		expect(text).not.toMatch(/\bglobal(This)?\.Buffer\b/);
	});
});
