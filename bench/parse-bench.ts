/**
 * Parser throughput on a generated ~20 MB vault, against `text.split('\n')` over the same notes: the
 * parser is meant to stay linear and within a small factor of merely splitting the text into lines.
 */
import { parseNote } from "../src/core";
import { generateNote, type GeneratedNote } from "./generate-vault";
import { median, round, timeInTurn, type Measurement } from "./measurement";

const MB = 1024 * 1024;

/** Generated notes until their UTF-8 size reaches `targetBytes`. */
export function corpus(targetBytes: number, seed = 1): { notes: GeneratedNote[]; bytes: number } {
	const notes: GeneratedNote[] = [];
	let bytes = 0;
	while (bytes < targetBytes) {
		const generated = generateNote(notes.length, seed);
		notes.push(generated);
		bytes += Buffer.byteLength(generated.text, "utf8");
	}
	return { notes, bytes };
}

/** Measures parse and split throughput; `targetMB` of notes, median of `runs` runs timed in turn. */
export function parseBenchmark(targetMB = 20, runs = 9): Measurement[] {
	const { notes, bytes } = corpus(targetMB * MB);
	let cards = 0;
	let lines = 0;
	const [parseTimes = [], splitTimes = []] = timeInTurn(runs, [
		() => {
			cards = 0;
			for (const generated of notes) cards += parseNote(generated.text, generated.path).cards.length;
		},
		() => {
			lines = 0;
			for (const generated of notes) lines += generated.text.split("\n").length;
		},
	]);
	const parseMBps = bytes / MB / (median(parseTimes) / 1000);
	const splitMBps = bytes / MB / (median(splitTimes) / 1000);
	// The ratio of each run's own pair of timings: steadier than a ratio of medians on a busy machine.
	const ratio = median(parseTimes.map((parseMs, run) => (splitTimes[run] ?? 0) / parseMs));
	return [
		{ name: "corpusMB", value: round(bytes / MB, 1), unit: "MB", label: `generated notes (${notes.length})` },
		{ name: "lines", value: lines, unit: "", label: "lines in the corpus" },
		{ name: "cards", value: cards, unit: "", label: "note cards parsed per run" },
		{ name: "parseMBps", value: round(parseMBps, 1), unit: "MB/s", label: "parseNote throughput (median)" },
		{ name: "splitMBps", value: round(splitMBps, 1), unit: "MB/s", label: "text.split('\\n') throughput (median)" },
		{ name: "parseToSplitRatio", value: round(ratio, 3), unit: "", label: "parse / split speed, per-run median (target >= 0.1)" },
	];
}
