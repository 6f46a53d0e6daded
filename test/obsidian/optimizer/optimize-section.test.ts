/**
 * @jest-environment jsdom
 */
import { Setting } from "obsidian";
import { generateHistories } from "../../../bench/generate-histories";
import { DEFAULT_PARAMETERS, type TrainingItem } from "../../../src/core";
import type { OptimizeDeps } from "../../../src/obsidian/optimizer/optimize-run";
import { optimizeSection, OptimizeState } from "../../../src/obsidian/optimizer/optimize-section";
import { runOptimizer } from "../../../src/obsidian/optimizer/run-optimizer";
import { pollUntil } from "../support/poll";

const LOG = generateHistories(1500, 5).items;

/** The section drawn as the settings tab draws it, with a parameter store and the real optimizer. */
function drawn(items: TrainingItem[] = LOG, parameters: number[] = []) {
	const store = { parameters, saves: [] as number[][] };
	const asked: string[] = [];
	const deps: OptimizeDeps = {
		parameters: () => store.parameters,
		setParameters: (value) => {
			store.parameters = value;
			store.saves.push(value);
			return null;
		},
		items: (search) => {
			asked.push(search);
			return items;
		},
		run: (list, onProgress, signal) => runOptimizer(list, { onProgress, signal, relearningSteps: 1 }),
	};
	const state = new OptimizeState();
	const root = document.body.createDiv();
	for (const item of optimizeSection(deps, state).items) item.render(new Setting(root).setName(item.name).setDesc(item.desc));
	const row = (name: string): HTMLElement => {
		const found = [...root.querySelectorAll<HTMLElement>(".setting-item")].find((el) => el.querySelector(".setting-item-name")?.textContent === name);
		if (!found) throw new Error(`no row ${name}`);
		return found;
	};
	const run = row("Optimize parameters");
	return {
		store,
		asked,
		state,
		button: run.querySelector("button") as HTMLButtonElement,
		progress: run.querySelector("progress") as HTMLProgressElement,
		status: () => run.querySelector(".flashcard-review-optimize-status")?.textContent ?? "",
		search: row("Reviews to learn from").querySelector("input") as HTMLInputElement,
		parametersRow: row("Memory parameters"),
		row,
	};
}

async function until(condition: () => boolean): Promise<void> {
	expect(await pollUntil(condition, 10_000)).toBe(true);
}

describe("the Optimize settings", () => {
	afterEach(() => document.body.empty());

	it("fits the parameters with a progress bar and a cancel button, then shows the figures and saves them", async () => {
		const view = drawn();
		expect(view.progress.isShown()).toBe(false);
		view.search.value = "deck:Languages";
		view.search.dispatchEvent(new Event("input"));
		view.button.click();
		expect(view.button.textContent).toBe("Cancel");
		expect(view.progress.isShown()).toBe(true);
		await until(() => view.state.running === null);
		expect(view.asked).toEqual(["deck:Languages"]);
		expect(view.status()).toMatch(/^Log loss 0\.\d{4} → 0\.\d{4}, RMSE \d+\.\d\d% → \d+\.\d\d%, from \d+ reviews\. Saved/);
		expect(view.store.saves).toHaveLength(1);
		expect(view.store.parameters).toHaveLength(21);
		expect(view.parametersRow.querySelector(".setting-item-description")?.textContent).toMatch(/^Your own: /);
		expect(view.button.textContent).toBe("Optimize");
		expect(view.progress.isShown()).toBe(false);
	});

	it("keeps the parameters and says why when there are fewer than 400 reviews", async () => {
		const view = drawn(LOG.slice(0, 120));
		view.button.click();
		await until(() => view.state.running === null);
		expect(view.status()).toBe("Only 120 reviews to learn from: at least 400 are needed, so the parameters stay as they are.");
		expect(view.store.saves).toEqual([]);
	});

	it("stops when cancelled, changing nothing", async () => {
		const view = drawn();
		view.button.click();
		view.button.click();
		await until(() => view.state.running === null);
		expect(view.status()).toBe("Cancelled: nothing changed.");
		expect(view.store.saves).toEqual([]);
	});

	it("keeps parameters in use that already fit better than a new fit", async () => {
		const fitted = await runOptimizer(LOG, { onProgress: () => undefined, signal: new AbortController().signal, relearningSteps: 1 });
		const view = drawn(LOG, fitted);
		view.button.click();
		await until(() => view.state.running === null);
		expect(view.status()).toMatch(/The parameters in use already fit your reviews as well, so they stay\.$/);
		expect(view.store.saves).toEqual([]);
	});

	it("draws the workload of each desired retention on request, replacing an older chart", () => {
		const view = drawn();
		const row = view.row("Help me choose a desired retention");
		const button = row.querySelector("button") as HTMLButtonElement;
		button.click();
		button.click();
		expect(row.querySelectorAll("figure")).toHaveLength(1);
		expect(row.querySelectorAll("figure rect.flashcard-review-chart-segment")).toHaveLength(7);
		expect(row.querySelector("figcaption")?.textContent).toMatch(/^At 90%, about \d+ reviews a day and \d+ of 3650 cards remembered after a year\./);
	});

	it("resets to the defaults on request", () => {
		const view = drawn(LOG, [...DEFAULT_PARAMETERS]);
		const reset = view.parametersRow.querySelector("button") as HTMLButtonElement;
		expect(reset.disabled).toBe(false);
		reset.click();
		expect(view.store.saves).toEqual([[]]);
		expect(view.parametersRow.querySelector(".setting-item-description")?.textContent).toBe("The defaults (not yet optimized).");
		expect(reset.disabled).toBe(true);
	});
});
