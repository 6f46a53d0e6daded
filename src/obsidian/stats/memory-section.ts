/** The FSRS memory of the cards: stability, difficulty and retrievability histograms. */
import type { Histogram, HistogramBucket, MemoryDistributions } from "../../core";
import { barChart } from "./bar-chart";
import { count, oneDecimal, percent } from "./format";
import { section } from "./section";

interface HistogramText {
	title: string;
	bucket: (b: HistogramBucket) => string;
	mean: (mean: number) => string;
}

const STABILITY: HistogramText = {
	title: "Card stability (days until recall falls to 90%)",
	bucket: (b) => (b.to === null ? `${b.from} days or more` : `${b.from}–${b.to} days`),
	mean: (mean) => `average stability ${oneDecimal(mean)} days`,
};
const DIFFICULTY: HistogramText = {
	title: "Card difficulty (1 easiest, 10 hardest)",
	bucket: (b) => `${b.from}–${b.to ?? ""}`,
	mean: (mean) => `average difficulty ${oneDecimal(mean)}`,
};
const RETRIEVABILITY: HistogramText = {
	title: "Card retrievability (chance of recall now)",
	bucket: (b) => `${Math.round(b.from * 100)}–${Math.round((b.to ?? 1) * 100)}%`,
	mean: (mean) => `average retrievability ${percent(mean)}`,
};

/** The three histograms and the estimated number of cards known now. */
export function memorySection(parent: HTMLElement, memory: MemoryDistributions): void {
	const body = section(parent, "Memory", "flashcard-review-stats-memory");
	body.createEl("p", {
		cls: "flashcard-review-stats-lead",
		text: `Estimated known now: ${count(memory.knownCards)} of ${count(memory.retrievability.total)} studied cards.`,
	});
	histogram(body, memory.retrievability, RETRIEVABILITY);
	histogram(body, memory.stability, STABILITY);
	histogram(body, memory.difficulty, DIFFICULTY);
}

function histogram(parent: HTMLElement, data: Histogram, text: HistogramText): void {
	const first = data.buckets[0];
	const last = data.buckets[data.buckets.length - 1];
	barChart(parent, {
		title: text.title,
		series: [{ label: "Cards", cls: "flashcard-review-series-plain" }],
		bars: data.buckets.map((b) => ({ label: text.bucket(b), values: [b.count] })),
		unit: ["card", "cards"],
		startLabel: first ? text.bucket(first) : "",
		endLabel: last ? text.bucket(last) : "",
		tick: (i) => {
			const bucket = data.buckets[i];
			return bucket ? text.bucket(bucket) : "";
		},
		caption: `${text.title}: ${count(data.total)} cards${data.mean === null ? "" : `, ${text.mean(data.mean)}`}.`,
	});
}
