/**
 * @jest-environment jsdom
 */
import { generateHistories } from "../../../bench/generate-histories";
import type { OptimizeReply, OptimizeRequest } from "../../../src/obsidian/optimizer/optimizer-messages";
import { runOptimizer } from "../../../src/obsidian/optimizer/run-optimizer";

// A non-empty worker source, so the runner tries a worker (the built one is tested in bundle.test.ts).
jest.mock("optimizer-worker-source", () => ({ __esModule: true, default: "/* worker */" }));

/** A stand-in for the browser's Worker: it answers as the script says, and records what it is told. */
class ScriptedWorker {
	static script: (worker: ScriptedWorker, request: OptimizeRequest) => void = () => undefined;
	static last: ScriptedWorker | null = null;
	onmessage: ((event: { data: OptimizeReply }) => void) | null = null;
	onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
	terminated = false;
	constructor(readonly url: string) {
		ScriptedWorker.last = this;
	}
	postMessage(request: OptimizeRequest): void {
		setTimeout(() => ScriptedWorker.script(this, request), 0);
	}
	reply(data: OptimizeReply): void {
		this.onmessage?.({ data });
	}
	fail(message: string): void {
		this.onerror?.({ message, preventDefault: () => undefined });
	}
	terminate(): void {
		this.terminated = true;
	}
}

const ITEMS = generateHistories(800, 2).items;
const revoked: string[] = [];
const options = (signal = new AbortController().signal, progress: number[] = []) => ({
	onProgress: (done: number) => progress.push(done),
	signal,
	relearningSteps: 1,
});

describe("runOptimizer with a worker", () => {
	beforeAll(() => {
		Object.assign(window, { Worker: ScriptedWorker });
		Object.assign(URL, { createObjectURL: () => "blob:optimizer", revokeObjectURL: (url: string) => revoked.push(url) });
	});

	it("sends the items to the worker, relays its progress and resolves with its parameters", async () => {
		ScriptedWorker.script = (worker, request) => {
			worker.reply({ kind: "progress", done: 1, total: 2 });
			worker.reply({ kind: "progress", done: 2, total: 2 });
			worker.reply({ kind: "done", parameters: Array.from({ length: 21 }, () => request.items.length) });
		};
		const progress: number[] = [];
		const result = await runOptimizer(ITEMS, options(undefined, progress));
		expect(result).toEqual(Array.from({ length: 21 }, () => ITEMS.length));
		expect(progress).toEqual([1, 2]);
		expect(ScriptedWorker.last?.url).toBe("blob:optimizer");
		expect(ScriptedWorker.last?.terminated).toBe(true);
		expect(revoked).toContain("blob:optimizer");
	});

	it("passes on the worker's error", async () => {
		ScriptedWorker.script = (worker) => worker.reply({ kind: "error", message: "out of memory" });
		await expect(runOptimizer(ITEMS, options())).rejects.toThrow("out of memory");
	});

	it("stops the worker when cancelled", async () => {
		ScriptedWorker.script = () => undefined;
		const controller = new AbortController();
		const run = runOptimizer(ITEMS, options(controller.signal));
		controller.abort();
		await expect(run).rejects.toMatchObject({ name: "AbortError" });
		expect(ScriptedWorker.last?.terminated).toBe(true);
	});

	it("does the work on the page when the worker cannot start", async () => {
		ScriptedWorker.script = (worker) => worker.fail("blocked");
		const progress: number[] = [];
		const result = await runOptimizer(ITEMS, options(undefined, progress));
		expect(result).toHaveLength(21);
		expect(progress.length).toBeGreaterThan(0);
	});

	it("reports a worker that dies during the run", async () => {
		ScriptedWorker.script = (worker) => {
			worker.reply({ kind: "progress", done: 1, total: 2 });
			worker.fail("crashed");
		};
		await expect(runOptimizer(ITEMS, options())).rejects.toThrow("crashed");
	});
});
