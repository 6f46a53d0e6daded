import { Collection, type Rating } from "../../../../../src/core";
import { encodeCacheLines } from "../../../../../src/core/collection/store/json/store-encode";
import { allReadAsLinesInSteps } from "../../../../../src/core/collection/store/text/packed-state";
import { StateCache } from "../../../../../src/core/collection/store/text/state-cache";
import { textHash } from "../../../../../src/core/collection/store/v4/read-parts";
import { LOCAL_FILE } from "../../../../../src/core/collection/store/v4/layout";
import { runSteps } from "../../../../../src/core/collection/run-steps";
import type { SchedulingState } from "../../../../../src/core/types";
import { at, card, indexCards, utc } from "../../builders";

interface Header {
	cache: string;
	cacheHash?: number;
}

/** A folder and the local cache a load and a few answers leave. */
function saved(): { files: Record<string, string>; local: Record<string, string> } {
	const first = new Collection({ deviceId: "laptop", utcOffset: utc });
	indexCards(first, "Deck/Note.md", Array.from({ length: 12 }, (_, i) => card(`Question ${i}?`, `Answer ${i}.`)), at(0));
	first.cards().forEach((c, i) => first.answer(c.id, (1 + (i % 4)) as Rating, at(0, 10 + i)));
	const loaded = Collection.fromFiles(first.toFiles(), { deviceId: "laptop", utcOffset: utc, files: first.toLocalFiles() });
	loaded.cards().slice(0, 4).forEach((c, i) => loaded.answer(c.id, 3, at(2, i)));
	return { files: loaded.toFiles(), local: loaded.toLocalFiles() };
}

const header = (local: Record<string, string>): Header => JSON.parse(local[LOCAL_FILE] as string) as Header;
const withHeader = (local: Record<string, string>, change: Partial<Header>): Record<string, string> => ({ ...local, [LOCAL_FILE]: JSON.stringify({ ...header(local), ...change }) });
const load = (files: Record<string, string>, local: Record<string, string>) => Collection.fromFiles(files, { deviceId: "laptop", utcOffset: utc, files: local });

describe("the local cache's states text", () => {
	it("carries its hash, and loading it by its lines gives what reading every field gives", () => {
		const { files, local } = saved();
		const { cache, cacheHash } = header(local);
		expect(cacheHash).toBe(textHash(cache));
		const byLines = load(files, local);
		const byFields = load(files, withHeader(local, { cacheHash: undefined }));
		expect(byLines.cards()).toHaveLength(12);
		expect(byLines.cards()).toEqual(byFields.cards());
		expect(byLines.toLocalFiles()).toEqual(local);
	});

	it("is taken as written when its hash says so, and read field by field when not", () => {
		const { files, local } = saved();
		const { cache } = header(local);
		// The same schedule, with a lapse count this version would write without its leading zero.
		const lines = cache.split("\n");
		lines[0] = `${lines[0] as string}`.replace(/,(\d+)$/, ",0$1");
		const odd = lines.join("\n");
		expect(odd).not.toBe(cache);
		const trusted = load(files, withHeader(local, { cache: odd, cacheHash: textHash(odd) }));
		const doubted = load(files, withHeader(local, { cache: odd, cacheHash: textHash(cache) }));
		expect(trusted.cards()).toEqual(doubted.cards());
		// Taken as written, the line is copied as it is; read field by field, it is written again as this version writes it.
		expect(header(trusted.toLocalFiles()).cache).toBe(odd);
		expect(header(doubted.toLocalFiles()).cache).toBe(cache);
	});

	it("has no hash when a state written is one the reader would not take as a line", () => {
		const state: SchedulingState = { state: "review", due: 1_000, stability: 3.5, difficulty: 5, scheduledDays: 3, step: 0, reps: 2, lapses: 0 };
		const cache = new StateCache();
		cache.set("aaaaaaaaaa", state);
		const fine = encodeCacheLines(cache);
		expect(fine.written).toEqual([fine.text]);
		expect(runSteps(allReadAsLinesInSteps(fine.written))).toBe(true);
		cache.set("bbbbbbbbbb", { ...state, stability: 0.0001 });
		expect(runSteps(allReadAsLinesInSteps(encodeCacheLines(cache).written))).toBe(false);
	});
});
