/** The settings' "Optimize" section: fit FSRS to the user's reviews, with progress, cancel and results. */
import type { ButtonComponent, Setting } from "obsidian";
import { simulateWorkload } from "../../core";
import { formatNumber, formatPercent, t } from "../i18n";
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
		heading: t("settings.optimize"),
		items: [
			{
				name: t("optimize.search"),
				desc: t("optimize.searchDesc"),
				render: (setting) => {
					setting.addText((text) =>
						text
							.setPlaceholder(t("optimize.allReviews"))
							.setValue(state.search)
							.onChange((value) => {
								state.search = value;
							}),
					);
				},
			},
			{
				name: t("optimize.run"),
				desc: t("optimize.runDesc"),
				render: (setting) => renderRun(setting, deps, state),
			},
			{
				name: t("optimize.retention"),
				desc: t("optimize.retentionDesc"),
				render: (setting) => {
					let chart: HTMLElement | null = null;
					setting.addButton((button) =>
						button.setButtonText(t("optimize.showWorkload")).onClick(() => {
							chart?.remove();
							chart = workloadChart(setting.infoEl, deps.parameters());
						}),
					);
				},
			},
			{
				name: t("optimize.parameters"),
				desc: parametersText(deps.parameters()),
				render: (setting) => {
					setting.addButton((button) => {
						button.setButtonText(t("optimize.reset")).onClick(() => {
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
	const pct = (r: number): string => formatPercent(r, 0);
	const at90 = results.find((r) => r.retention === 0.9);
	return barChart(parent, {
		title: t("optimize.chartTitle"),
		series: [{ label: t("optimize.chartSeries"), cls: "flashcard-review-series-plain" }],
		bars: results.map((r) => ({ label: pct(r.retention), values: [Math.round(r.reviewsPerDay)] })),
		unit: { amount: (n) => t("optimize.unit", { count: n }), column: t("optimize.unitColumn") },
		startLabel: pct(RETENTIONS[0] ?? 0),
		endLabel: pct(RETENTIONS[RETENTIONS.length - 1] ?? 0),
		caption: at90
			? t("optimize.caption", { reviews: Math.round(at90.reviewsPerDay), remembered: Math.round(at90.remembered) })
			: "",
	});
}

function parametersText(parameters: readonly number[]): string {
	return parameters.length === 0 ? t("optimize.defaults") : t("optimize.own", { parameters: parameters.map((w) => formatNumber(w, { decimals: 4, fixed: true })).join(t("optimize.parameterSeparator")) });
}

function renderRun(setting: Setting, deps: OptimizeDeps, state: OptimizeState): void {
	const progress = setting.infoEl.createEl("progress", { cls: "flashcard-review-optimize-progress" });
	const status = setting.infoEl.createDiv({ cls: "flashcard-review-optimize-status", attr: { "aria-live": "polite" } });
	let button: ButtonComponent | null = null;
	const draw = (): void => {
		progress.toggle(state.running !== null);
		progress.max = Math.max(state.total, 1);
		progress.value = state.done;
		status.setText(state.running ? t("optimize.running") : state.message);
		button?.setButtonText(state.running ? t("optimize.cancel") : t("optimize.start"));
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
