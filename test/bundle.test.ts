/**
 * The mobile-safety proof: the built main.js must load where there is no Node (no Buffer, no process,
 * a require that knows only "obsidian"), as in Obsidian's mobile WebView. `npm test` builds first.
 */
import "fake-indexeddb/auto";
import { readFileSync, existsSync } from "fs";
import { join } from "path";
import { createContext, runInContext } from "vm";
import * as fakeObsidian from "obsidian";
import { App as FakeApp } from "./__mocks__/obsidian";
import { indexedDbCache } from "../src/obsidian/data/local-cache";
import { COGNITO, MANIFEST, deviceOf, demoApp, savedStore } from "./obsidian/support/demo-vault";
import { generateHistories } from "../bench/generate-histories";
import { pollUntil } from "./obsidian/support/poll";

const bundlePath = join(__dirname, "..", "main.js");

function loadBundle(): { exports: Record<string, unknown>; requested: string[] } {
	if (!existsSync(bundlePath)) throw new Error("main.js is missing: run `npm run build` first");
	const requested: string[] = [];
	const module = { exports: {} as Record<string, unknown> };
	// A WebView's document: an event target the plugin listens on (it goes to the background, say).
	const document = Object.assign(new EventTarget(), { visibilityState: "visible" });
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
		// Every WebView has the High Resolution Time API: long work measures its slices with it.
		performance,
		// A WebView has a window; the plugin reaches timers through it, as Obsidian's guidelines ask.
		window: { setTimeout, clearTimeout, setInterval, clearInterval, document, performance },
		document,
		// And IndexedDB, where the plugin keeps its device-local cache (here fake-indexeddb's).
		indexedDB,
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

	it("runs over the demo vault: loads, indexes, and its store holds the five Cognito cards", async () => {
		const { exports } = loadBundle();
		const PluginClass = exports.default as new (app: unknown, manifest: unknown) => fakeObsidian.Plugin & { loadAndWait(): Promise<void> };
		const app: FakeApp = demoApp();
		const plugin = new PluginClass(app, MANIFEST);
		await plugin.loadAndWait();
		app.workspace.triggerLayoutReady();
		await waitFor(() => app.vault.reads.includes(COGNITO));
		app.workspace.setActiveFile(app.vault.getFileByPath(COGNITO));
		await waitFor(() => app.isCommandAvailable("flashcard-review:review-note"));
		plugin.unload();
		// The notes' cards are kept in the device-local cache, written last.
		const cache = indexedDbCache(deviceOf(app), MANIFEST.version);
		await waitFor(async () => (await cache.read()) !== null);

		const store = await savedStore(app);
		expect(store.cards().map((card) => card.front)).toEqual([
			"What is Amazon Cognito?",
			"What are Cognito User Pools?",
			"What are Cognito Identity Pools",
			"What are the features of Cognito Identity Pools",
			"How do User Pools and Identity Pools work together?",
		]);
		expect(new Set(store.cards().map((card) => card.deck))).toEqual(new Set(["AWS Exams::Solutions Architect::Associate::AWS Cognito"]));
	}, 30_000);
});

/** The optimizer worker's source, inlined in main.js as a string literal after its banner comment. */
function inlinedWorker(): string {
	const text = readFileSync(bundlePath, "utf8");
	const banner = text.indexOf("/* flashcard-review optimizer worker */");
	// The quote esbuild chose for the literal (it may pick backticks) stands right before the banner.
	const open = banner - 1;
	const quote = text[open];
	expect(banner).toBeGreaterThan(0);
	let close = open + 1;
	while (text[close] !== quote) close += text[close] === "\\" ? 2 : 1;
	// A JavaScript string literal (not always valid JSON): evaluate it as one.
	return runInContext(text.slice(open, close + 1), createContext({})) as string;
}

describe("the optimizer worker inside main.js", () => {
	it("runs where there is nothing but a worker's postMessage (no Node, no DOM, no Obsidian)", async () => {
		const replies: { kind: string; parameters?: number[] }[] = [];
		const scope: { onmessage?: (event: { data: unknown }) => void; postMessage: (reply: { kind: string }) => void } = {
			postMessage: (reply) => replies.push(reply),
		};
		createContext(Object.assign(scope, { self: scope }));
		runInContext(inlinedWorker(), scope, { filename: "optimizer-worker.js" });
		scope.onmessage?.({ data: { items: generateHistories(1500, 4).items, relearningSteps: 1 } });
		await waitFor(() => replies.some((reply) => reply.kind !== "progress"));
		const last = replies[replies.length - 1];
		expect(last?.kind).toBe("done");
		expect(last?.parameters).toHaveLength(21);
		expect(replies.filter((reply) => reply.kind === "progress").length).toBeGreaterThan(1);
	});
});

/** Waits up to 10 s until `condition` holds (the bundle's work is asynchronous and runs in slices). */
async function waitFor(condition: () => boolean | Promise<boolean>): Promise<void> {
	expect(await pollUntil(condition, 10_000)).toBe(true);
}
