/**
 * Run as `node --expose-gc .bench/heap-probe.cjs <store.json>`: loads the store as the plugin does
 * (JSON.parse + fromJSON), lets the text go, collects garbage and prints the heap in use, in bytes.
 */
import { readFileSync } from "node:fs";
import { Collection } from "../src/core";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run with --expose-gc");
const path = process.argv[2];
if (path === undefined) throw new Error("usage: heap-probe <store.json>");
gc();
const before = process.memoryUsage().heapUsed;
let text: string | undefined = readFileSync(path, "utf8");
const store = Collection.fromJSON(JSON.parse(text), { deviceId: "laptop", utcOffset: () => 60 });
text = undefined;
gc();
gc();
const after = process.memoryUsage().heapUsed;
// Reading the store after the measurement keeps it alive through it.
console.log(JSON.stringify({ heapUsed: after, baseline: before, notes: store.notePaths().length }));
