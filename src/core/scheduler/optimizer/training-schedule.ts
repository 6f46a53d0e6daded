/** The pieces of fsrs-rs's training schedule: Adam, cosine annealing, a seeded shuffle, length-sorted batches. */
import { PARAMETER_COUNT } from "./parameters";
import type { TrainingItem } from "./training-item";

/** Adam (β1 0.9, β2 0.999, ε 1e-8), one moment pair per parameter. */
export class Adam {
	private readonly m = new Float64Array(PARAMETER_COUNT);
	private readonly v = new Float64Array(PARAMETER_COUNT);
	private t = 0;

	/** Moves `w` against `gradient` at learning rate `lr`, in place. */
	step(w: Float64Array, gradient: Float64Array, lr: number): void {
		this.t++;
		const bias1 = 1 - Math.pow(0.9, this.t);
		const bias2 = 1 - Math.pow(0.999, this.t);
		for (let i = 0; i < PARAMETER_COUNT; i++) {
			const g = gradient[i] as number;
			const m = 0.9 * (this.m[i] as number) + 0.1 * g;
			const v = 0.999 * (this.v[i] as number) + 0.001 * g * g;
			this.m[i] = m;
			this.v[i] = v;
			w[i] = (w[i] as number) - (lr * (m / bias1)) / (Math.sqrt(v / bias2) + 1e-8);
		}
	}
}

/** Cosine annealing from `initial` towards 0 over `steps` steps (PyTorch's recurrence, as fsrs-rs). */
export class CosineAnnealing {
	private count = -1;
	private lr: number;

	constructor(
		private readonly steps: number,
		private readonly initial: number,
	) {
		this.lr = initial;
	}

	/** The learning rate of the next step. */
	next(): number {
		this.count++;
		const { count, steps, initial } = this;
		if (count === 0) this.lr = initial;
		else if ((count - 1 - steps) % (2 * steps) === 0) this.lr = (initial * (1 - Math.cos(Math.PI / steps))) / 2;
		else this.lr = ((1 + Math.cos((Math.PI * count) / steps)) / (1 + Math.cos((Math.PI * (count - 1)) / steps))) * this.lr;
		return this.lr;
	}
}

/** A small seeded generator (mulberry32): the same seed gives the same shuffles on every device. */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Fisher–Yates shuffle in place with the given generator. */
export function shuffle<T>(values: T[], random: () => number): void {
	for (let i = values.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		const swap = values[i] as T;
		values[i] = values[j] as T;
		values[j] = swap;
	}
}

/** An item with its recency weight. */
export interface WeightedItem {
	item: TrainingItem;
	weight: number;
}

/** Items sorted by length (stable), cut into batches of `size`: similar lengths train together. */
export function lengthSortedBatches(items: readonly WeightedItem[], size: number): WeightedItem[][] {
	const sorted = [...items].sort((a, b) => a.item.reviews.length - b.item.reviews.length);
	const batches: WeightedItem[][] = [];
	for (let i = 0; i < sorted.length; i += size) batches.push(sorted.slice(i, i + size));
	return batches;
}
