import { recordSlices } from "../../bench/slice-recorder";

/** Keeps the CPU busy for `ms` without yielding. */
function busy(ms: number): void {
	const until = performance.now() + ms;
	while (performance.now() < until) Math.sqrt(Math.random());
}

describe("slice recorder", () => {
	it("measures synchronous work as one slice", async () => {
		const run = await recordSlices(() => busy(60));
		// Never more than the wall clock; less only by the turns other processes took (jest's other workers).
		expect(run.maxSliceMs).toBeLessThanOrEqual(run.totalMs + 1);
		expect(run.maxSliceMs).toBeGreaterThan(20);
	});

	it("measures work that yields by its longest slice, not its total", async () => {
		const run = await recordSlices(async () => {
			for (let i = 0; i < 6; i++) {
				busy(12);
				await new Promise((resolve) => setTimeout(resolve, 0));
			}
			return "done";
		});
		expect(run.result).toBe("done");
		expect(run.totalMs).toBeGreaterThanOrEqual(70);
		expect(run.maxSliceMs).toBeLessThan(run.totalMs / 2);
	});
});
