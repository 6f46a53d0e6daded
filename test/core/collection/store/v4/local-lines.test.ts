import fc from "fast-check";
import { Collection } from "../../../../../src/core";
import type { LogEntry } from "../../../../../src/core/collection/log/log-entry";
import { compareEntries } from "../../../../../src/core/collection/log/log-entry";
import { MAX_OFFSET_MINUTES, MAX_TIME } from "../../../../../src/core/collection/log/log-limits";
import { LogLines, readLogText } from "../../../../../src/core/collection/store/text/packed-log";
import { ANSWERS_V4 } from "../../../../../src/core/collection/store/v4/answer-text";
import { encodeLineIndex, linesFromIndex, localLinesName, MIN_INDEXED_LINES, readLineIndex, type LineIndex } from "../../../../../src/core/collection/store/v4/local-lines";
import { runSteps } from "../../../../../src/core/collection/run-steps";
import { at, card, indexCards, utc } from "../../builders";

const DEVICES = ["laptop", "phone", "tablet"];

const entry = fc.record({
	time: fc.integer({ min: -MAX_TIME, max: MAX_TIME }),
	rating: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
	device: fc.constantFrom(...DEVICES),
	offset: fc.integer({ min: -MAX_OFFSET_MINUTES, max: MAX_OFFSET_MINUTES }),
});

/** A log text of a few cards, each with answers in replay order. */
const logText = fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{10}$/), { minLength: 1, maxLength: 12 }).chain((ids) =>
	fc.tuple(...ids.sort().map((id) => fc.array(entry, { minLength: 1, maxLength: 8 }).map((list) => [id, list] as const))).map((cards) =>
		cards
			.map(([id, list]) => {
				const sorted = list.map((e): LogEntry => ({ ...e, rev: 0 })).sort(compareEntries);
				const answers = sorted.filter((e, i) => i === 0 || compareEntries(sorted[i - 1] as LogEntry, e) !== 0);
				return `${id} ${ANSWERS_V4.pack(answers, (name) => DEVICES.indexOf(name))}`;
			})
			.join("\n"),
	),
);

/** Every column of some lines, for comparison. */
function columns(lines: LogLines) {
	const { ids, lineStart, start, end, count, lastTime, lastOffset, mask } = lines;
	return { ids, lineStart: [...lineStart], start: [...start], end: [...end], count: [...count], lastTime: [...lastTime], lastOffset: [...lastOffset], mask: [...mask] };
}

const indexOf = (text: string): LineIndex => readLineIndex(encodeLineIndex("log-laptop.json", 7, readLogText(text, DEVICES, ANSWERS_V4).lines) as string) as LineIndex;

describe("a log part's line index", () => {
	it("gives back exactly the lines that reading the text answer by answer finds", () => {
		fc.assert(
			fc.property(logText, (text) => {
				const read = readLogText(text, DEVICES, ANSWERS_V4).lines;
				const index = indexOf(text);
				expect(index).toMatchObject({ part: "log-laptop.json", hash: 7, lines: read.ids.length });
				const taken = runSteps(linesFromIndex(text, DEVICES, ANSWERS_V4, index)) as LogLines;
				expect(columns(taken)).toEqual(columns(read));
				expect(taken.ids.map((_, i) => taken.answers(i))).toEqual(read.ids.map((_, i) => read.answers(i)));
			}),
			{ numRuns: 200 },
		);
	});

	it("is not used for a text with other lines", () => {
		const text = "aaaaaaaaaa 1,1\nbbbbbbbbbb 2,1";
		const index = indexOf(text);
		expect(runSteps(linesFromIndex(text, DEVICES, ANSWERS_V4, index))).toBeInstanceOf(LogLines);
		for (const other of ["aaaaaaaaaa 1,1", "aaaaaaaaaa 1,1\nbbbbbbbbbb 2,1\ncccccccccc 3,1", "aaaaaaaaaa 1,1\nbbbbbbbbbb"]) {
			expect(runSteps(linesFromIndex(other, DEVICES, ANSWERS_V4, index))).toBeUndefined();
		}
	});

	it("is not kept for a mask it cannot hold, and a damaged or other version's file is not read", () => {
		const lines = readLogText("aaaaaaaaaa 1,1", DEVICES, ANSWERS_V4).lines;
		lines.mask[0] = 2 ** 30 - 1;
		expect(encodeLineIndex("log-laptop.json", 7, lines)).toBeUndefined();
		const text = encodeLineIndex("log-laptop.json", 7, readLogText("aaaaaaaaaa 1,1", DEVICES, ANSWERS_V4).lines) as string;
		expect(readLineIndex(text)).toBeDefined();
		expect(readLineIndex(text.slice(0, -20))).toBeUndefined();
		expect(readLineIndex(text.replace('"version":1', '"version":2'))).toBeUndefined();
		const json = JSON.parse(text) as { columns: string };
		expect(readLineIndex(JSON.stringify({ ...json, columns: json.columns.slice(1) }))).toBeUndefined();
	});
});

describe("the local cache's line indexes", () => {
	/** A folder whose month part holds more lines than an index is kept for, with the laptop's local cache as a load leaves it. */
	function saved(): { files: Record<string, string>; local: Record<string, string>; answers: number } {
		const laptop = new Collection({ deviceId: "laptop", utcOffset: utc });
		const cards = Array.from({ length: MIN_INDEXED_LINES + 10 }, (_, i) => card(`Question ${i}?`, `Answer ${i}.`));
		indexCards(laptop, "Deck/Big.md", cards, at(0));
		laptop.cards().forEach((c, i) => laptop.answer(c.id, 3, at(0, 10 + i)));
		const files = laptop.toFiles();
		// Written by the laptop itself, the parts were never read: a load reads them and keeps their index.
		const loaded = Collection.fromFiles(files, { deviceId: "laptop", utcOffset: utc, files: laptop.toLocalFiles() });
		return { files, local: loaded.toLocalFiles(), answers: laptop.answerCount() };
	}

	it("are kept for the parts read, and loading with them gives the same collection as reading every answer", () => {
		const { files, local, answers } = saved();
		const indexes = Object.keys(local).filter((name) => name.startsWith("local-lines."));
		// The month's part holds every answer; the archive (answers before this month) none, too few to index.
		const month = Object.keys(files).find((name) => /^log-laptop\.\d{4}-\d{2}\.json$/.test(name)) as string;
		expect(indexes).toEqual([localLinesName(month)]);
		const fast = Collection.fromFiles(files, { deviceId: "laptop", utcOffset: utc, files: local });
		const withoutIndexes = Object.fromEntries(Object.entries(local).filter(([name]) => !indexes.includes(name)));
		const slow = Collection.fromFiles(files, { deviceId: "laptop", utcOffset: utc, files: withoutIndexes });
		expect(fast.answerCount()).toBe(answers);
		expect(slow.cards()).toHaveLength(MIN_INDEXED_LINES + 10);
		expect(fast.cards()).toEqual(slow.cards());
		expect(fast.history()).toEqual(slow.history());
		expect(fast.toFiles()).toEqual(files);
		// Unchanged parts: the same index texts again.
		expect(fast.toLocalFiles()).toEqual(local);
	});

	it("are what loading takes (an index altered under its hash shows), and one of another hash is not", () => {
		const { files, local, answers } = saved();
		const [name, text] = Object.entries(local).find(([file]) => file.startsWith("local-lines.")) as [string, string];
		const json = JSON.parse(text) as { hash: number; columns: string };
		// Line 0's count is its 6th character: one more answer than the part holds.
		const altered = json.columns.slice(0, 5) + String.fromCharCode(json.columns.charCodeAt(5) + 1) + json.columns.slice(6);
		const load = (index: object) => Collection.fromFiles(files, { deviceId: "laptop", utcOffset: utc, files: { ...local, [name]: JSON.stringify(index) } });
		expect(load({ ...json, columns: altered }).answerCount()).toBe(answers + 1);
		expect(load({ ...json, hash: json.hash + 1, columns: altered }).answerCount()).toBe(answers);
	});

	it("are dropped for a part rewritten since it was read", () => {
		const { files, local } = saved();
		const laptop = Collection.fromFiles(files, { deviceId: "laptop", utcOffset: utc, files: local });
		laptop.answer(laptop.cards()[0]?.id as string, 4, at(1));
		const written = laptop.toFiles();
		const changed = Object.keys(written).filter((name) => name.startsWith("log-") && written[name] !== files[name]);
		expect(changed.length).toBeGreaterThan(0);
		const after = laptop.toLocalFiles();
		for (const name of changed) expect(after[localLinesName(name)]).toBeUndefined();
	});
});
