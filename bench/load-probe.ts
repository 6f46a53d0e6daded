/**
 * Run as `node --expose-gc .bench/load-probe.cjs <store-files.json> <runs>`: loads the store as the
 * plugin does at start-up (fromFiles of the folder's texts and the local cache) in a process of its own, whose heap holds nothing else (the
 * benchmark runner's holds the garbage of building the store): once to warm up, then `runs` times
 * from a collected heap, timed; then, with the last store kept, prints the heap in use (bytes).
 */
import { readFileSync } from "node:fs";
import { Collection } from "../src/core";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");
const [path, runs = "5"] = process.argv.slice(2);
if (path === undefined) throw new Error("usage: load-probe <store.json> [runs]");
gc();
const baseline = process.memoryUsage().heapUsed;
let text: string | undefined = readFileSync(path, "utf8");
// The files as the shell reads them: texts, parsed by fromFiles itself.
const { folder, local } = JSON.parse(text) as { folder: Record<string, string>; local: Record<string, string> };
const load = (): Collection => Collection.fromFiles(folder, { deviceId: "laptop", utcOffset: () => 60, files: local });
let store = load();
const loadMs: number[] = [];
for (let i = 0; i < Number(runs); i++) {
	gc();
	const started = performance.now();
	store = load();
	loadMs.push(performance.now() - started);
}
text = undefined;
gc();
gc();
const heapUsed = process.memoryUsage().heapUsed;
// Reading the store after the measurement keeps it alive through it.
console.log(JSON.stringify({ heapUsed, baseline, loadMs, notes: store.notePaths().length }));
