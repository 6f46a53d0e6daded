/** The settings' "Optimize" section: fit FSRS to the user's reviews, with progress, cancel and results. */
import type { ButtonComponent, Setting } from "obsidian";
import { simulateWorkload } from "../../core";
import type { SettingSection } from "../settings/settings-sections";
import { barChart } from "../stats/bar-chart";
import { describeOutcome, optimizeRun, type OptimizeDeps } from "./optimize-run";

/** What the section remembers while the settings are closed and opened again. */
export class OptimizeState {
	search = "";
	running: AbortController | null = null;
	done = 0;
	total = 0;
	message = "";
	/** Redraws the rows of an open settings tab that show the run (the tab's last drawing only). */
	private views: (() => void)[] = [];

	/** Forgets the rows of an earlier drawing of the tab. */
	resetViews(): void {
		this.views = [];
	}

	addView(draw: () => void): void {
		this.views.push(draw);
		draw();
	}

	redraw(): void {
		for (const draw of this.views) draw();
	}

	/** Stops a run in progress (closing the plugin, or the user's cancel). */
	cancel(): void {
		this.running?.abort();
	}
}

export function optimizeSection(deps: OptimizeDeps, state: OptimizeState): SettingSection {
	state.resetViews();
	return {
		heading: "Optimize",
		items: [
			{
				name: "Reviews to learn from",
				desc: "Leave empty to use all reviews, or write a search as in the card browser (deck:Name for one deck and its sub-decks).",
				render: (setting) => {
					setting.addText((text) =>
						text
							.setPlaceholder("All reviews")
							.setValue(state.search)
							.onChange((value) => {
								state.search = value;
							}),
					);
				},
			},
			{
				name: "Optimize parameters",
				desc: "Fits the memory model to your own reviews, so intervals match how you remember. Worth doing once you have 1,000 reviews or more, and again every month or so.",
				render: (setting) => renderRun(setting, deps, state),
			},
			{
				name: "Help me choose a desired retention",
				desc: "Simulates a year of 10 new cards a day with the parameters in use, and shows the reviews a day each desired retention would cost.",
				render: (setting) => {
					let chart: HTMLElement | null = null;
					setting.addButton((button) =>
						button.setButtonText("Show workload").onClick(() => {
							chart?.remove();
							chart = workloadChart(setting.infoEl, deps.parameters());
						}),
					);
				},
			},
			{
				name: "Memory parameters",
				desc: parametersText(deps.parameters()),
				render: (setting) => {
					setting.addButton((button) => {
						button.setButtonText("Reset to defaults").onClick(() => {
							if (deps.setParameters([]) === null) state.redraw();
						});
						state.addView(() => {
							setting.setDesc(parametersText(deps.parameters()));
							button.setDisabled(deps.parameters().length === 0 || state.running !== null);
						});
					});
				},
			},
		],
	};
}

const RETENTIONS = [0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.97];

function workloadChart(parent: HTMLElement, parameters: readonly number[]): HTMLElement {
	const results = simulateWorkload(parameters, { retentions: RETENTIONS });
	const pct = (r: number): string => `${Math.round(r * 100)}%`;
	const at90 = results.find((r) => r.retention === 0.9);
	return barChart(parent, {
		title: "Reviews a day by desired retention",
		series: [{ label: "Reviews a day", cls: "flashcard-review-series-plain" }],
		bars: results.map((r) => ({ label: pct(r.retention), values: [Math.round(r.reviewsPerDay)] })),
		unit: ["review a day", "reviews a day"],
		startLabel: pct(RETENTIONS[0] ?? 0),
		endLabel: pct(RETENTIONS[RETENTIONS.length - 1] ?? 0),
		caption: at90
			? `At 90%, about ${Math.round(at90.reviewsPerDay)} reviews a day and ${Math.round(at90.remembered)} of 3650 cards remembered after a year. Workload climbs quickly above 90%.`
			: "",
	});
}

function parametersText(parameters: readonly number[]): string {
	return parameters.length === 0 ? "The defaults (not yet optimized)." : `Your own: ${parameters.map((w) => w.toFixed(4)).join(", ")}`;
}

function renderRun(setting: Setting, deps: OptimizeDeps, state: OptimizeState): void {
	const progress = setting.infoEl.createEl("progress", { cls: "flashcard-review-optimize-progress" });
	const status = setting.infoEl.createDiv({ cls: "flashcard-review-optimize-status", attr: { "aria-live": "polite" } });
	let button: ButtonComponent | null = null;
	const draw = (): void => {
		progress.toggle(state.running !== null);
		progress.max = Math.max(state.total, 1);
		progress.value = state.done;
		status.setText(state.running ? "Optimizing…" : state.message);
		button?.setButtonText(state.running ? "Cancel" : "Optimize");
	};
	setting.addButton((b) => {
		button = b.setCta().onClick(() => (state.running ? state.cancel() : void start(deps, state)));
	});
	state.addView(draw);
}

async function start(deps: OptimizeDeps, state: OptimizeState): Promise<void> {
	const controller = new AbortController();
	state.running = controller;
	state.done = 0;
	state.total = 0;
	state.redraw();
	const outcome = await optimizeRun(
		deps,
		state.search,
		(done, total) => {
			state.done = done;
			state.total = total;
			state.redraw();
		},
		controller.signal,
	);
	state.running = null;
	state.message = describeOutcome(outcome);
	state.redraw();
}
