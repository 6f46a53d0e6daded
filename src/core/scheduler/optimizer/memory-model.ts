/**
 * The FSRS-6 memory model on one item, with exact derivatives: forward-mode differentiation, each
 * quantity carrying its partial derivatives with respect to the 21 parameters, propagated by the chain
 * rule through every step (the local derivatives are written out by hand, clamps included).
 */
import { D_MAX, D_MIN, PARAMETER_COUNT, S_MAX, S_MIN } from "./parameters";
import type { TrainingReview } from "./training-item";

const N = PARAMETER_COUNT;
// Module-level copies: hot loops then never look up the global `Math` (slow in sandboxed contexts).
const { exp, log, max, min, pow } = Math;
const LN_09 = log(0.9);

const clamp = (x: number, low: number, high: number): number => min(max(x, low), high);
/** Derivative of a clamp: 1 inside the range (bounds included, as fsrs-rs counts them), 0 outside. */
const clampSlope = (x: number, low: number, high: number): number => (x >= low && x <= high ? 1 : 0);

/** Initial difficulty after a first answer `rating` (before clamping). */
const initDifficulty = (w: ArrayLike<number>, rating: number): number =>
	(w[4] as number) - exp((w[5] as number) * (rating - 1)) + 1;

/** Scratch buffers for one model, reused from item to item so training allocates nothing per step. */
export class ModelWorkspace {
	/** ∂S/∂w and ∂D/∂w of the current state. */
	readonly ds = new Float64Array(N);
	readonly dd = new Float64Array(N);
	s = 0;
	d = 0;
	r = 0;
	/** ∂R/∂S and ∂R/∂decay of the last retrievability computed. */
	rByS = 0;
	rByDecay = 0;
	/** The step being taken: new stability before clamping, its local derivatives, direct ones. */
	newS = 0;
	byS = 0;
	byD = 0;
	byR = 0;
	readonly directIndex = new Int32Array(4);
	readonly directValue = new Float64Array(4);
	directCount = 0;
	/** Terms that depend on the parameters alone, computed once per parameter set (see `use`). */
	readonly params = new Float64Array(N).fill(NaN);
	decay = 0;
	expTerm = 0;
	factor = 0;
	dFactorDDecay = 0;
	easyD = 0;
	exp3w5 = 0;
	expW8 = 0;
	floorDivisor = 0;

	/** Makes the cached terms those of `w` (a no-op when `w` holds the same values as last time). */
	use(w: ArrayLike<number>): void {
		const params = this.params;
		let same = true;
		for (let k = 0; k < N; k++) {
			if (params[k] !== w[k]) {
				same = false;
				params[k] = w[k] as number;
			}
		}
		if (same) return;
		this.decay = -(w[20] as number);
		this.expTerm = exp(LN_09 / this.decay);
		this.factor = this.expTerm - 1;
		this.dFactorDDecay = this.expTerm * (-LN_09 / (this.decay * this.decay));
		this.easyD = initDifficulty(w, 4);
		this.exp3w5 = exp(3 * (w[5] as number));
		this.expW8 = exp(w[8] as number);
		this.floorDivisor = exp((w[17] as number) * (w[18] as number));
	}
}

/** Retrievability after `t` days at stability `s` (the power forgetting curve, decay w20). */
export function forgettingCurve(w: ArrayLike<number>, t: number, s: number): number {
	const decay = -(w[20] as number);
	const factor = exp(LN_09 / decay) - 1;
	return pow((max(t, 0) / s) * factor + 1, decay);
}

/**
 * Sets ws.r to R(t, s) and, with `grad`, its local derivatives: ws.rByS (through s) and ws.rByDecay
 * (through w20, which enters R directly).
 */
function retrievability(ws: ModelWorkspace, t: number, s: number, grad: boolean): void {
	const { decay, factor } = ws;
	const tt = max(t, 0);
	const base = (tt / s) * factor + 1;
	const r = pow(base, decay);
	ws.r = r;
	if (!grad) return;
	ws.rByS = ((r * decay) / base) * ((-tt * factor) / (s * s));
	ws.rByDecay = r * (log(base) + (decay / base) * (tt / s) * ws.dFactorDDecay);
}


/** First review: stability w[rating-1], difficulty from w4/w5, both clamped. */
function initialState(w: ArrayLike<number>, ws: ModelWorkspace, rating: number, grad: boolean): void {
	const s = w[rating - 1] as number;
	const rawD = initDifficulty(w, rating);
	ws.s = clamp(s, S_MIN, S_MAX);
	ws.d = clamp(rawD, D_MIN, D_MAX);
	if (!grad) return;
	ws.ds.fill(0);
	ws.dd.fill(0);
	ws.ds[rating - 1] = clampSlope(s, S_MIN, S_MAX);
	const slope = clampSlope(rawD, D_MIN, D_MAX);
	ws.dd[4] = slope;
	ws.dd[5] = slope * -(rating - 1) * exp((w[5] as number) * (rating - 1));
}

/**
 * Local derivatives of the new stability, written into the workspace: with respect to last S, last D
 * and R, plus direct ones for a few parameters (index/value pairs), so a step allocates nothing.
 */
function stabilityStep(w: ArrayLike<number>, ws: ModelWorkspace, s: number, d: number, r: number, deltaT: number, rating: number): void {
	const w9 = w[9] as number;
	ws.byD = 0;
	ws.byR = 0;
	ws.directCount = 0;
	if (deltaT === 0) {
		const w17 = w[17] as number;
		const w18 = w[18] as number;
		const w19 = w[19] as number;
		const raw = exp(w17 * (rating - 3 + w18)) * pow(s, -w19);
		if (rating >= 2 && raw < 1) {
			ws.newS = s;
			ws.byS = 1;
			return;
		}
		const sr = s * raw;
		ws.newS = sr;
		ws.byS = raw * (1 - w19);
		direct(ws, 17, sr * (rating - 3 + w18));
		direct(ws, 18, sr * w17);
		direct(ws, 19, -sr * log(s));
		return;
	}
	if (rating === 1) {
		const w11 = w[11] as number;
		const w12 = w[12] as number;
		const w13 = w[13] as number;
		const w14 = w[14] as number;
		const w17 = w[17] as number;
		const w18 = w[18] as number;
		const dPow = pow(d, -w12);
		const sPow = pow(s + 1, w13);
		const er = exp((1 - r) * w14);
		const raw = w11 * dPow * (sPow - 1) * er;
		const floor = s / ws.floorDivisor;
		if (floor < raw) {
			ws.newS = floor;
			ws.byS = floor / s;
			direct(ws, 17, -floor * w18);
			direct(ws, 18, -floor * w17);
			return;
		}
		ws.newS = raw;
		ws.byS = (w11 * dPow * er * w13 * sPow) / (s + 1);
		ws.byD = raw * (-w12 / d);
		ws.byR = -w14 * raw;
		direct(ws, 11, raw / w11);
		direct(ws, 12, -raw * log(d));
		direct(ws, 13, w11 * dPow * er * sPow * log(s + 1));
		direct(ws, 14, raw * (1 - r));
		return;
	}
	const w10 = w[10] as number;
	const hard = rating === 2 ? (w[15] as number) : 1;
	const easy = rating === 4 ? (w[16] as number) : 1;
	const a = ws.expW8;
	const b = 11 - d;
	const c = pow(s, -w9);
	const expE = exp((1 - r) * w10);
	const e = expE - 1;
	const inc = a * b * c * e * hard * easy;
	ws.newS = s * (inc + 1);
	ws.byS = inc + 1 - w9 * inc;
	ws.byD = -s * a * c * e * hard * easy;
	ws.byR = s * a * b * c * hard * easy * -w10 * expE;
	direct(ws, 8, s * inc);
	direct(ws, 9, -s * inc * log(s));
	direct(ws, 10, s * a * b * c * hard * easy * (1 - r) * expE);
	if (rating === 2) direct(ws, 15, s * a * b * c * e * easy);
	if (rating === 4) direct(ws, 16, s * a * b * c * e * hard);
}

function direct(ws: ModelWorkspace, k: number, value: number): void {
	ws.directIndex[ws.directCount] = k;
	ws.directValue[ws.directCount] = value;
	ws.directCount++;
}

/** One review after the first: updates ws.s, ws.d (and their derivatives with `grad`). */
function nextState(w: ArrayLike<number>, ws: ModelWorkspace, deltaT: number, rating: number, grad: boolean): void {
	const sSlope = clampSlope(ws.s, S_MIN, S_MAX);
	const dSlope = clampSlope(ws.d, D_MIN, D_MAX);
	const s = clamp(ws.s, S_MIN, S_MAX);
	const d = clamp(ws.d, D_MIN, D_MAX);
	retrievability(ws, deltaT, s, grad);
	stabilityStep(w, ws, s, d, ws.r, deltaT, rating);

	const w7 = w[7] as number;
	const deltaD = -(w[6] as number) * (rating - 3);
	const nextD = d + ((10 - d) * deltaD) / 9;
	const easyD = ws.easyD;
	const meanD = w7 * (easyD - nextD) + nextD;
	const newS = ws.newS;
	ws.s = clamp(newS, S_MIN, S_MAX);
	ws.d = clamp(meanD, D_MIN, D_MAX);
	if (!grad) return;

	// D depends on w4…w7 alone, so ∂D/∂w is zero elsewhere; R moves with S and, directly, with w20.
	// New ∂S/∂w = (∂S'/∂S + ∂S'/∂R·∂R/∂S)·∂S/∂w + ∂S'/∂D·∂D/∂w + ∂S'/∂R·∂R/∂w20 + direct terms.
	const { ds, dd } = ws;
	const sOut = clampSlope(newS, S_MIN, S_MAX);
	const dOut = clampSlope(meanD, D_MIN, D_MAX);
	const bySlast = sOut * sSlope * (ws.byS + ws.byR * ws.rByS);
	const byDlast = sOut * dSlope * ws.byD;
	for (let k = 0; k < N; k++) ds[k] = bySlast * (ds[k] as number);
	for (let k = 4; k <= 7; k++) ds[k] = (ds[k] as number) + byDlast * (dd[k] as number);
	ds[20] = (ds[20] as number) - sOut * ws.byR * ws.rByDecay;
	for (let i = 0; i < ws.directCount; i++) {
		const k = ws.directIndex[i] as number;
		ds[k] = (ds[k] as number) + sOut * (ws.directValue[i] as number);
	}
	const dByD = dOut * (1 - w7) * (1 - deltaD / 9) * dSlope;
	for (let k = 4; k <= 7; k++) dd[k] = dByD * (dd[k] as number);
	dd[4] = (dd[4] as number) + dOut * w7;
	dd[5] = (dd[5] as number) + dOut * w7 * -3 * ws.exp3w5;
	dd[6] = (dd[6] as number) + (dOut * (1 - w7) * (10 - d) * -(rating - 3)) / 9;
	dd[7] = (dd[7] as number) + dOut * (easyD - nextD);
}

/**
 * Runs the model over `reviews[0..count)` from a new card, leaving the memory state in ws.s / ws.d
 * (and, with `grad`, its derivatives in ws.ds / ws.dd).
 */
export function runHistory(w: ArrayLike<number>, reviews: readonly TrainingReview[], count: number, ws: ModelWorkspace, grad: boolean): void {
	ws.use(w);
	ws.s = 0;
	ws.d = 0;
	if (grad) {
		ws.ds.fill(0);
		ws.dd.fill(0);
	}
	for (let i = 0; i < count; i++) {
		const review = reviews[i] as TrainingReview;
		if (i === 0) initialState(w, ws, review.rating, grad);
		else nextState(w, ws, review.deltaT, review.rating, grad);
	}
}

const MIN_PROB = 1e-7;
const MAX_PROB = 1 - 1e-7;

/**
 * Weighted log loss of one item's prediction, adding its gradient to `gradient`: the training loss
 * (the probability is clamped away from 0 and 1, with no gradient where the clamp holds).
 */
export function itemLossAndGradient(
	w: ArrayLike<number>,
	reviews: readonly TrainingReview[],
	weight: number,
	ws: ModelWorkspace,
	gradient: Float64Array,
): number {
	const last = reviews.length - 1;
	runHistory(w, reviews, last, ws, true);
	const current = reviews[last] as TrainingReview;
	retrievability(ws, current.deltaT, ws.s, true);
	const rawR = ws.r;
	const r = clamp(rawR, MIN_PROB, MAX_PROB);
	const y = current.rating > 1 ? 1 : 0;
	const loss = -(y * log(r) + (1 - y) * log(1 - r)) * weight;
	if (rawR > MIN_PROB && rawR < MAX_PROB) {
		const byR = -weight * (y / r - (1 - y) / (1 - r));
		const byS = byR * ws.rByS;
		const ds = ws.ds;
		for (let k = 0; k < N; k++) gradient[k] = (gradient[k] as number) + byS * (ds[k] as number);
		gradient[20] = (gradient[20] as number) - byR * ws.rByDecay;
	}
	return loss;
}

/** Predicted probability of recalling an item's last review, from the reviews before it. */
export function predictRecall(w: ArrayLike<number>, reviews: readonly TrainingReview[], ws: ModelWorkspace): number {
	const last = reviews.length - 1;
	runHistory(w, reviews, last, ws, false);
	return forgettingCurve(w, (reviews[last] as TrainingReview).deltaT, ws.s);
}

/** One more review on a memory state run so far (the first review when `first`), without derivatives. */
export function applyReview(w: ArrayLike<number>, ws: ModelWorkspace, review: TrainingReview, first: boolean): void {
	ws.use(w);
	if (first) initialState(w, ws, review.rating, false);
	else nextState(w, ws, review.deltaT, review.rating, false);
}
