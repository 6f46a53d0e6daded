/** The FSRS memory of the cards: stability, difficulty and retrievability histograms. */
import type { Histogram, HistogramBucket, MemoryDistributions } from "../../core";
import { t } from "../i18n";
import { barChart } from "./bar-chart";
import { cards, cardUnit, count, oneDecimal, percent } from "./format";
import { section } from "./section";

interface HistogramText {
	title: () => string;
	bucket: (b: HistogramBucket) => string;
	mean: (mean: number) => string;
}

const STABILITY: HistogramText = {
	title: () => t("stats.stabilityTitle"),
	bucket: (b) => (b.to === null ? t("stats.daysOrMore", { from: b.from }) : t("stats.dayRange", { from: b.from, to: b.to })),
	mean: (mean) => t("stats.averageStability", { value: oneDecimal(mean) }),
};
const DIFFICULTY: HistogramText = {
	title: () => t("stats.difficultyTitle"),
	bucket: (b) => t("stats.range", { from: b.from, to: b.to ?? "" }),
	mean: (mean) => t("stats.averageDifficulty", { value: oneDecimal(mean) }),
};
const RETRIEVABILITY: HistogramText = {
	title: () => t("stats.retrievabilityTitle"),
	bucket: (b) => t("stats.percentRange", { from: Math.round(b.from * 100), to: Math.round((b.to ?? 1) * 100) }),
	mean: (mean) => t("stats.averageRetrievability", { value: percent(mean) }),
};

/** The three histograms and the estimated number of cards known now. */
export function memorySection(parent: HTMLElement, memory: MemoryDistributions): void {
	const body = section(parent, t("stats.memory"), "flashcard-review-stats-memory");
	body.createEl("p", {
		cls: "flashcard-review-stats-lead",
		text: t("stats.known", { known: count(memory.knownCards), total: count(memory.retrievability.total) }),
	});
	histogram(body, memory.retrievability, RETRIEVABILITY);
	histogram(body, memory.stability, STABILITY);
	histogram(body, memory.difficulty, DIFFICULTY);
}

function histogram(parent: HTMLElement, data: Histogram, text: HistogramText): void {
	const first = data.buckets[0];
	const last = data.buckets[data.buckets.length - 1];
	const title = text.title();
	barChart(parent, {
		title,
		series: [{ label: t("stats.cardsSeries"), cls: "flashcard-review-series-plain" }],
		bars: data.buckets.map((b) => ({ label: text.bucket(b), values: [b.count] })),
		unit: cardUnit(),
		startLabel: first ? text.bucket(first) : "",
		endLabel: last ? text.bucket(last) : "",
		tick: (i) => {
			const bucket = data.buckets[i];
			return bucket ? text.bucket(bucket) : "";
		},
		caption:
			data.mean === null
				? t("stats.histogramCaption", { title, cards: cards(data.total) })
				: t("stats.histogramCaptionMean", { title, cards: cards(data.total), mean: text.mean(data.mean) }),
	});
}
