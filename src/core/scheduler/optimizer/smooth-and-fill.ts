/**
 * Makes initial stabilities rise with the first rating and fills the ratings without data from the
 * ones with data (fsrs-rs's fixed log-linear relations between S0 of neighbouring ratings).
 */
import { DEFAULT_PARAMETERS, INIT_S_MAX, S_MIN } from "./parameters";

const W1 = 0.41;
const W2 = 0.54;

/** w0…w3 from stabilities known for some first ratings (1–4); undefined when none is known. */
export function smoothAndFill(fitted: Map<number, number>, ratingCount: Map<number, number>): number[] | undefined {
	const s = new Map([...fitted].filter(([rating]) => ratingCount.has(rating)));
	for (const [small, big] of [
		[1, 2],
		[2, 3],
		[3, 4],
		[1, 3],
		[2, 4],
		[1, 4],
	] as const) {
		const a = s.get(small);
		const b = s.get(big);
		if (a === undefined || b === undefined || a <= b) continue;
		if ((ratingCount.get(small) ?? 0) > (ratingCount.get(big) ?? 0)) s.set(big, a);
		else s.set(small, b);
	}
	if (s.size === 0) return undefined;
	const r: (number | undefined)[] = [undefined, s.get(1), s.get(2), s.get(3), s.get(4)];
	const pw = Math.pow;
	if (s.size === 1) {
		const [rating, value] = [...s][0] as [number, number];
		const factor = value / (DEFAULT_PARAMETERS[rating - 1] as number);
		return clampAll(DEFAULT_PARAMETERS.slice(0, 4).map((x) => x * factor).sort((x, y) => x - y));
	}
	const [, r1, r2, r3, r4] = r;
	if (s.size === 2) {
		if (r3 !== undefined && r4 !== undefined) {
			const v2 = pw(r3, 1 / (1 - W2)) * pw(r4, 1 - 1 / (1 - W2));
			return clampAll([pw(v2, 1 / W1) * pw(r3, 1 - 1 / W1), v2, r3, r4]);
		}
		if (r2 !== undefined && r4 !== undefined) {
			const v3 = pw(r2, 1 - W2) * pw(r4, W2);
			return clampAll([pw(r2, 1 / W1) * pw(v3, 1 - 1 / W1), r2, v3, r4]);
		}
		if (r2 !== undefined && r3 !== undefined) {
			return clampAll([pw(r2, 1 / W1) * pw(r3, 1 - 1 / W1), r2, r3, pw(r2, 1 - 1 / W2) * pw(r3, 1 / W2)]);
		}
		const k = W1 / (W1 + W2 - W1 * W2);
		const l = W2 / (W1 + W2 - W1 * W2);
		if (r1 !== undefined && r4 !== undefined) {
			return clampAll([r1, pw(r1, k) * pw(r4, 1 - k), pw(r1, 1 - l) * pw(r4, l), r4]);
		}
		if (r1 !== undefined && r3 !== undefined) {
			const v2 = pw(r1, W1) * pw(r3, 1 - W1);
			return clampAll([r1, v2, r3, pw(v2, 1 - 1 / W2) * pw(r3, 1 / W2)]);
		}
		const a = r1 as number;
		const b = r2 as number;
		const v3 = pw(a, 1 - 1 / (1 - W1)) * pw(b, 1 / (1 - W1));
		return clampAll([a, b, v3, pw(b, 1 - 1 / W2) * pw(v3, 1 / W2)]);
	}
	if (s.size === 3) {
		if (r1 === undefined) r[1] = pw(r2 as number, 1 / W1) * pw(r3 as number, 1 - 1 / W1);
		else if (r2 === undefined) r[2] = pw(r1, W1) * pw(r3 as number, 1 - W1);
		else if (r3 === undefined) r[3] = pw(r2, 1 - W2) * pw(r4 as number, W2);
		else r[4] = pw(r2, 1 - 1 / W2) * pw(r3, 1 / W2);
	}
	return clampAll(r.slice(1) as number[]);
}

function clampAll(values: number[]): number[] {
	return values.map((v) => Math.min(Math.max(v, S_MIN), INIT_S_MAX));
}
