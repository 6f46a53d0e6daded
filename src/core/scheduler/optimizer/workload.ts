/**
 * Workload against desired retention ("help me decide", as Anki's simulator): a year of new cards
 * reviewed whenever due, each answer drawn from the same FSRS memory model with the user's parameters,
 * once per retention. Seeded, so the same parameters always draw the same chart.
 */
import { applyReview, forgettingCurve, ModelWorkspace } from "./memory-model";
import { DEFAULT_PARAMETERS } from "./parameters";
import type { TrainingReview } from "./training-item";
import { seededRandom } from "./training-schedule";

/** What a simulation assumes. */
export interface WorkloadOptions {
	/** Desired retentions to compare, each in (0, 1). */
	retentions: readonly number[];
	/** Days simulated; 365 unless given. */
	days?: number;
	/** New cards a day; 10 unless given. */
	newPerDay?: number;
	/** Longest interval in days; 36500 unless given. */
	maximumInterval?: number;
}

/** The result for one desired retention. */
export interface Workload {
	retention: number;
	/** Reviews a day on average over the simulated days (first answers of new cards included). */
	reviewsPerDay: number;
	/** Expected number of cards remembered at the end (the sum of their recall probabilities). */
	remembered: number;
}

const SAMPLE_CARDS = 1200;

const ratingOf = (x: number): TrainingReview["rating"] => (x < 0.15 ? 2 : x < 0.9 ? 3 : 4);

/** Simulated workload per desired retention, for `parameters` (empty: the defaults). */
export function simulateWorkload(parameters: readonly number[], options: WorkloadOptions): Workload[] {
	const w = parameters.length === 21 ? parameters : DEFAULT_PARAMETERS;
	const days = options.days ?? 365;
	const newPerDay = options.newPerDay ?? 10;
	const maximumInterval = options.maximumInterval ?? 36500;
	const decay = -(w[20] as number);
	const factor = Math.pow(0.9, 1 / decay) - 1;
	const ws = new ModelWorkspace();
	return options.retentions.map((retention) => {
		const random = seededRandom(20_231);
		const intervalFor = (s: number): number =>
			Math.min(maximumInterval, Math.max(1, Math.round((s / factor) * (Math.pow(retention, 1 / decay) - 1))));
		let reviews = 0;
		let remembered = 0;
		// A sample of the cards, introduced evenly over the days, stands for all of them (scaled below):
		// the chart is drawn on a click and must come back at once.
		const total = days * newPerDay;
		const sample = Math.min(total, SAMPLE_CARDS);
		for (let card = 0; card < sample; card++) {
			let day = Math.floor((card * days) / sample);
			const first = random();
			applyReview(w, ws, { rating: first < 0.2 ? 1 : ratingOf(random()), deltaT: 0 }, true);
			reviews++;
			for (;;) {
				const interval = intervalFor(ws.s);
				if (day + interval >= days) {
					remembered += forgettingCurve(w, days - day, ws.s);
					break;
				}
				day += interval;
				const recalled = random() < forgettingCurve(w, interval, ws.s);
				applyReview(w, ws, { rating: recalled ? ratingOf(random()) : 1, deltaT: interval }, false);
				reviews++;
			}
		}
		const scale = total / sample;
		return { retention, reviewsPerDay: (reviews * scale) / days, remembered: remembered * scale };
	});
}
