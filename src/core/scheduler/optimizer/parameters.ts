/** FSRS-6 parameters: defaults, bounds and clipping, as fsrs-rs keeps them during and after training. */

/** Number of FSRS-6 parameters (w0…w20). */
export const PARAMETER_COUNT = 21;

/** FSRS-6 default parameters (srs-benchmark medians; the same values ts-fsrs and fsrs-rs ship). */
export const DEFAULT_PARAMETERS: readonly number[] = [
	0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629,
	1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
];

/** Lowest and highest stability the model keeps, in days. */
export const S_MIN = 0.001;
export const S_MAX = 36500;
/** Difficulty range. */
export const D_MIN = 1;
export const D_MAX = 10;
/** Highest initial stability (w0…w3) training may reach, in days. */
export const INIT_S_MAX = 100;

/** Spread of each parameter over many users: the scale of the pull back towards the starting point. */
export const PARAMS_STDDEV: readonly number[] = [
	6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25, 1.03, 0.31, 0.32,
	0.14, 0.27,
];

/** Per-parameter [low, high] bounds; w17/w18 shrink when several relearning steps could compound them. */
export function parameterBounds(w: ArrayLike<number>, relearningSteps: number, shortTerm: boolean): [number, number][] {
	let ceiling = 2;
	if (relearningSteps > 1) {
		const w11 = w[11] ?? 1;
		const w13 = w[13] ?? 0;
		const w14 = w[14] ?? 0;
		const raw = -(Math.log(w11) + Math.log(Math.pow(2, w13) - 1) + w14 * 0.3) / relearningSteps;
		ceiling = Math.min(Math.sqrt(Math.max(raw, 0.01)), 2);
	}
	const init: [number, number] = [S_MIN, INIT_S_MAX];
	return [
		init,
		init,
		init,
		init,
		[D_MIN, D_MAX],
		[0.001, 4],
		[0.001, 4],
		[0.001, 0.75],
		[0, 4.5],
		[0, 0.8],
		[0.001, 3.5],
		[0.001, 5],
		[0.001, 0.25],
		[0.001, 0.9],
		[0, 4],
		[0, 1],
		[1, 6],
		[0, ceiling],
		[0, ceiling],
		[shortTerm ? 0.01 : 0, 0.8],
		[0.1, 0.8],
	];
}

/** Clamps every parameter into its bounds, in place (the bounds are computed once, before clamping). */
export function clipParameters(w: Float64Array | number[], relearningSteps = 1, shortTerm = true): void {
	const bounds = parameterBounds(w, relearningSteps, shortTerm);
	for (let i = 0; i < PARAMETER_COUNT; i++) {
		const [low, high] = bounds[i] ?? [-Infinity, Infinity];
		w[i] = Math.min(Math.max(w[i] ?? 0, low), high);
	}
}

/**
 * A complete parameter list from a stored one: 21 numbers as given, or the defaults when the list is
 * not 21 finite numbers (older 17/19-number lists are not carried over: optimizing again is cheap).
 */
export function checkedParameters(w: readonly number[]): number[] | undefined {
	return w.length === PARAMETER_COUNT && w.every((x) => typeof x === "number" && Number.isFinite(x)) ? [...w] : undefined;
}
