/**
 * The FSRS-6 memory model on one item, with exact derivatives: forward-mode differentiation, each
 * quantity carrying its partial derivatives with respect to the 21 parameters, propagated by the chain
 * rule through every step (the local derivatives are written out by hand, clamps included).
 */
import { D_MAX, D_MIN, PARAMETER_COUNT, S_MAX, S_MIN } from "./parameters";
import type { TrainingReview } from "./training-item";

const N = PARAMETER_COUNT;
const LN_09 = Math.log(0.9);

const clamp = (x: number, low: number, high: number): number => Math.min(Math.max(x, low), high);
/** Derivative of a clamp: 1 inside the range (bounds included, as fsrs-rs counts them), 0 outside. */
const clampSlope = (x: number, low: number, high: number): number => (x >= low && x <= high ? 1 : 0);

/** Scratch buffers for one model, reused from item to item so training allocates nothing per step. */
export class ModelWorkspace {
	/** ∂S/∂w and ∂D/∂w of the current state. */
	readonly ds = new Float64Array(N);
	readonly dd = new Float64Array(N);
	/** ∂R/∂w of the last retrievability computed. */
	readonly dr = new Float64Array(N);
	s = 0;
	d = 0;
	r = 0;
}

/** Retrievability after `t` days at stability `s` (the power forgetting curve, decay w20). */
export function forgettingCurve(w: ArrayLike<number>, t: number, s: number): number {
	const decay = -(w[20] as number);
	const factor = Math.exp(LN_09 / decay) - 1;
	return Math.pow((Math.max(t, 0) / s) * factor + 1, decay);
}

/** Sets ws.r to R(t, s) and, with `grad`, ws.dr to its derivative (through s, and w20 directly). */
function retrievability(w: ArrayLike<number>, ws: ModelWorkspace, t: number, s: number, ds: Float64Array | null): void {
	const decay = -(w[20] as number);
	const expTerm = Math.exp(LN_09 / decay);
	const factor = expTerm - 1;
	const tt = Math.max(t, 0);
	const base = (tt / s) * factor + 1;
	const r = Math.pow(base, decay);
	ws.r = r;
	if (!ds) return;
	const rOverS = ((r * decay) / base) * ((-tt * factor) / (s * s));
	const dFactorDDecay = expTerm * (-LN_09 / (decay * decay));
	const rOverDecay = r * (Math.log(base) + (decay / base) * (tt / s) * dFactorDDecay);
	const dr = ws.dr;
	for (let k = 0; k < N; k++) dr[k] = rOverS * (ds[k] as number);
	dr[20] = (dr[20] as number) - rOverDecay;
}

const initDifficulty = (w: ArrayLike<number>, rating: number): number =>
	(w[4] as number) - Math.exp((w[5] as number) * (rating - 1)) + 1;

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
	ws.dd[5] = slope * -(rating - 1) * Math.exp((w[5] as number) * (rating - 1));
}

/** Local derivatives of the new stability: with respect to last S, last D, R, and a few parameters. */
interface StabilityStep {
	s: number;
	bySm: number;
	byD: number;
	byR: number;
	/** Direct derivatives, as [parameter index, value] pairs (at most four). */
	direct: number[];
}

function stabilityStep(w: ArrayLike<number>, s: number, d: number, r: number, deltaT: number, rating: number): StabilityStep {
	const w_ = (i: number): number => w[i] as number;
	if (deltaT === 0) {
		const raw = Math.exp(w_(17) * (rating - 3 + w_(18))) * Math.pow(s, -w_(19));
		if (rating >= 2 && raw < 1) return { s, bySm: 1, byD: 0, byR: 0, direct: [] };
		const sr = s * raw;
		return {
			s: sr,
			bySm: raw * (1 - w_(19)),
			byD: 0,
			byR: 0,
			direct: [17, sr * (rating - 3 + w_(18)), 18, sr * w_(17), 19, -sr * Math.log(s)],
		};
	}
	if (rating === 1) {
		const dPow = Math.pow(d, -w_(12));
		const sPow = Math.pow(s + 1, w_(13));
		const er = Math.exp((1 - r) * w_(14));
		const raw = w_(11) * dPow * (sPow - 1) * er;
		const floor = s / Math.exp(w_(17) * w_(18));
		if (floor < raw) return { s: floor, bySm: floor / s, byD: 0, byR: 0, direct: [17, -floor * w_(18), 18, -floor * w_(17)] };
		return {
			s: raw,
			bySm: (w_(11) * dPow * er * w_(13) * sPow) / (s + 1),
			byD: raw * (-w_(12) / d),
			byR: -w_(14) * raw,
			direct: [11, raw / w_(11), 12, -raw * Math.log(d), 13, w_(11) * dPow * er * sPow * Math.log(s + 1), 14, raw * (1 - r)],
		};
	}
	const hard = rating === 2 ? w_(15) : 1;
	const easy = rating === 4 ? w_(16) : 1;
	const a = Math.exp(w_(8));
	const b = 11 - d;
	const c = Math.pow(s, -w_(9));
	const expE = Math.exp((1 - r) * w_(10));
	const e = expE - 1;
	const inc = a * b * c * e * hard * easy;
	const direct = [8, s * inc, 9, -s * inc * Math.log(s), 10, s * a * b * c * hard * easy * (1 - r) * expE];
	if (rating === 2) direct.push(15, s * a * b * c * e * easy);
	if (rating === 4) direct.push(16, s * a * b * c * e * hard);
	return {
		s: s * (inc + 1),
		bySm: inc + 1 - w_(9) * inc,
		byD: -s * a * c * e * hard * easy,
		byR: s * a * b * c * hard * easy * -w_(10) * expE,
		direct,
	};
}

/** One review after the first: updates ws.s, ws.d (and their derivatives with `grad`). */
function nextState(w: ArrayLike<number>, ws: ModelWorkspace, deltaT: number, rating: number, grad: boolean): void {
	const sSlope = clampSlope(ws.s, S_MIN, S_MAX);
	const dSlope = clampSlope(ws.d, D_MIN, D_MAX);
	const s = clamp(ws.s, S_MIN, S_MAX);
	const d = clamp(ws.d, D_MIN, D_MAX);
	const { ds, dd, dr } = ws;
	if (grad) {
		for (let k = 0; k < N; k++) {
			ds[k] = (ds[k] as number) * sSlope;
			dd[k] = (dd[k] as number) * dSlope;
		}
	}
	retrievability(w, ws, deltaT, s, grad ? ds : null);
	const step = stabilityStep(w, s, d, ws.r, deltaT, rating);

	const w7 = w[7] as number;
	const deltaD = -(w[6] as number) * (rating - 3);
	const nextD = d + ((10 - d) * deltaD) / 9;
	const easyD = initDifficulty(w, 4);
	const meanD = w7 * (easyD - nextD) + nextD;
	ws.s = clamp(step.s, S_MIN, S_MAX);
	ws.d = clamp(meanD, D_MIN, D_MAX);
	if (!grad) return;

	const sOut = clampSlope(step.s, S_MIN, S_MAX);
	const dOut = clampSlope(meanD, D_MIN, D_MAX);
	const dByD = dOut * (1 - w7) * (1 - deltaD / 9);
	for (let k = 0; k < N; k++) {
		const dk = dd[k] as number;
		ds[k] = sOut * (step.bySm * (ds[k] as number) + step.byD * dk + step.byR * (dr[k] as number));
		dd[k] = dByD * dk;
	}
	const direct = step.direct;
	for (let i = 0; i < direct.length; i += 2) {
		const k = direct[i] as number;
		ds[k] = (ds[k] as number) + sOut * (direct[i + 1] as number);
	}
	dd[4] = (dd[4] as number) + dOut * w7;
	dd[5] = (dd[5] as number) + dOut * w7 * -3 * Math.exp(3 * (w[5] as number));
	dd[6] = (dd[6] as number) + (dOut * (1 - w7) * (10 - d) * -(rating - 3)) / 9;
	dd[7] = (dd[7] as number) + dOut * (easyD - nextD);
}

/**
 * Runs the model over `reviews[0..count)` from a new card, leaving the memory state in ws.s / ws.d
 * (and, with `grad`, its derivatives in ws.ds / ws.dd).
 */
export function runHistory(w: ArrayLike<number>, reviews: readonly TrainingReview[], count: number, ws: ModelWorkspace, grad: boolean): void {
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
	retrievability(w, ws, current.deltaT, ws.s, ws.ds);
	const rawR = ws.r;
	const r = clamp(rawR, MIN_PROB, MAX_PROB);
	const y = current.rating > 1 ? 1 : 0;
	const loss = -(y * Math.log(r) + (1 - y) * Math.log(1 - r)) * weight;
	if (rawR > MIN_PROB && rawR < MAX_PROB) {
		const byR = -weight * (y / r - (1 - y) / (1 - r));
		const dr = ws.dr;
		for (let k = 0; k < N; k++) gradient[k] = (gradient[k] as number) + byR * (dr[k] as number);
	}
	return loss;
}

/** Predicted probability of recalling an item's last review, from the reviews before it. */
export function predictRecall(w: ArrayLike<number>, reviews: readonly TrainingReview[], ws: ModelWorkspace): number {
	const last = reviews.length - 1;
	runHistory(w, reviews, last, ws, false);
	return forgettingCurve(w, (reviews[last] as TrainingReview).deltaT, ws.s);
}
