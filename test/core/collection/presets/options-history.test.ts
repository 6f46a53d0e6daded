import fc from "fast-check";
import { Collection, type Rating } from "../../../../src/core";
import { encodeHistory, HISTORY_LIMIT, mergeHistory, snapshot, type OptionsHistory } from "../../../../src/core/collection/presets/options-history";
import { defaultPresetValues } from "../../../../src/core/collection/presets/preset-model";
import { at, card, indexCards, newCollection, utc } from "../builders";

const TERMS = Array.from({ length: 4 }, (_, i) => card(`What is term ${i}?`, `Term ${i} is the ${i}th one.`));

/** What a user sees of each card. */
function shown(c: Collection): unknown[] {
	return c.cards().map(({ id, state, due, reps, lapses }) => ({ id, state, due, reps, lapses }));
}

/** The same store with every card's state replayed from the log (its cache dropped). */
function replayed(c: Collection): Collection {
	const json = JSON.parse(JSON.stringify(c.toJSON())) as Record<string, unknown>;
	return Collection.fromJSON({ ...json, cache: "" }, { deviceId: "dev-a", utcOffset: utc });
}

/** The options history as stored in data.json. */
function storedHistory(c: Collection): Record<string, unknown[]> | undefined {
	const data = JSON.parse(c.toFiles()["data.json"] as string) as { options: { history?: Record<string, unknown[]> } };
	return data.options.history;
}

function collectionWithTerms(device = "dev-a"): Collection {
	const c = newCollection({}, device);
	indexCards(c, "Terms.md", TERMS, at());
	return c;
}

describe("options in force at each answer", () => {
	it("gives a card back its due when an answer after an options change is undone", () => {
		const c = collectionWithTerms();
		const id = c.cards()[0]?.id as string;
		c.answer(id, 3, at(0, 1));
		c.answer(id, 3, at(1, 0));
		const due = c.card(id)?.due;
		c.setOptions({ desiredRetention: 0.75, maximumInterval: 3 }, at(1, 5));
		expect(c.card(id)?.due).toBe(due);
		c.answer(id, 3, at(2, 0));
		expect(c.card(id)?.due).not.toBe(due);
		c.undo();
		expect(c.card(id)?.due).toBe(due);
		expect(shown(replayed(c))).toEqual(shown(c));
	});

	it("reschedules nothing by itself, in session, reloaded or replayed, and schedules the next answers with the new options", () => {
		const c = collectionWithTerms();
		for (const x of c.cards()) c.answer(x.id, 4, at(0, 1));
		const before = shown(c);
		// Due further than the maximum interval about to be set.
		expect(c.cards().every((x) => x.due > at(3).getTime())).toBe(true);
		c.setOptions({ maximumInterval: 2 }, at(0, 5));
		const named = c.addPreset("Short", at(0, 6));
		if (!named.ok) throw new Error(named.error);
		expect(shown(c)).toEqual(before);
		expect(shown(replayed(c))).toEqual(before);
		const id = c.cards()[1]?.id as string;
		for (let day = 1; day < 40; day += 2) c.answer(id, 3, at(day, 0));
		// A maximum interval of 2 days from the change on: the card never goes further.
		const after = c.history(id).filter((r) => r.time > at(0, 5).getTime());
		expect(after).toHaveLength(20);
		expect(after.every((r) => r.scheduledDays <= 2)).toBe(true);
		expect(shown(replayed(c))).toEqual(shown(c));
	});

	it("replays a named preset's answers with the values it had when each was given", () => {
		const c = newCollection();
		indexCards(c, "Terms.md", TERMS, at(), "Lang");
		const preset = c.addPreset("Lang", at());
		if (!preset.ok) throw new Error(preset.error);
		c.setDeckPreset("Lang", preset.id, at());
		const id = c.cards()[0]?.id as string;
		c.answer(id, 3, at(0, 1));
		c.answer(id, 3, at(1, 0));
		const due = c.card(id)?.due;
		c.updatePreset(preset.id, { maximumInterval: 1, desiredRetention: 0.8 }, at(1, 1));
		expect(c.card(id)?.due).toBe(due);
		c.answer(id, 3, at(3, 0));
		c.undo();
		expect(c.card(id)?.due).toBe(due);
		c.answer(id, 4, at(3, 0));
		expect(c.history(id).at(-1)?.scheduledDays).toBe(1);
		expect(shown(replayed(c))).toEqual(shown(c));
		expect(shown(Collection.fromFiles(c.toFiles(), { deviceId: "dev-a", utcOffset: utc, files: c.toLocalFiles() }))).toEqual(shown(c));
	});

	it("schedules answers another device gave after a change it had not seen yet with the changed options, once merged", () => {
		const laptop = collectionWithTerms("laptop");
		const phone = Collection.fromFiles(laptop.toFiles(), { deviceId: "phone", utcOffset: utc });
		indexCards(phone, "Terms.md", TERMS, at());
		laptop.setOptions({ maximumInterval: 1 }, at(0, 10));
		const id = phone.cards()[0]?.id as string;
		phone.answer(id, 4, at(0, 20));
		expect(phone.card(id)?.due).toBeGreaterThan(at(2).getTime());
		for (const [mine, theirs] of [
			[laptop, phone],
			[phone, laptop],
		] as const) {
			mine.merge(theirs.toFiles());
			expect(mine.history(id).at(-1)?.scheduledDays).toBe(1);
			expect(shown(replayed(mine))).toEqual(shown(mine));
		}
		expect(shown(phone)).toEqual(shown(laptop));
	});

	it("writes no history until options change, so a store read and saved stays as it was", () => {
		const c = collectionWithTerms();
		c.setOptions({ cardTag: "flash" }, at(0, 1));
		expect(storedHistory(c)).toBeUndefined();
		c.setOptions({ desiredRetention: 0.85 }, at(0, 2));
		expect(Object.keys(storedHistory(c) ?? {})).toEqual(["default"]);
		const files = c.toFiles();
		expect(Collection.fromFiles(files, { deviceId: "dev-a", utcOffset: utc }).toFiles()).toEqual(files);
	});

	it("keeps a snapshot field a newer version added, and writes it back", () => {
		const c = collectionWithTerms();
		c.setOptions({ desiredRetention: 0.85 }, at(0, 2));
		const data = JSON.parse(c.toFiles()["data.json"] as string) as { options: { history: { default: [number, string, Record<string, unknown>][] } } };
		const first = data.options.history.default[0] as [number, string, Record<string, unknown>];
		first[2] = { ...first[2], sm2Ease: 2.5 };
		const read = Collection.fromFiles({ ...c.toFiles(), "data.json": JSON.stringify(data) }, { deviceId: "dev-a", utcOffset: utc });
		expect(read.readOnlyParts()).toEqual([]);
		expect(storedHistory(read)?.default?.[0]).toEqual(first);
	});

	it("schedules with the history's latest options when a version without the history changed them", () => {
		const c = collectionWithTerms();
		c.setOptions({ desiredRetention: 0.85 }, at(0, 2));
		const data = JSON.parse(c.toFiles()["data.json"] as string) as { options: Record<string, unknown>; optionsRev: number };
		// What such a version writes: the option changed and the revision bumped, its history kept as it was.
		const older = { ...data, options: { ...data.options, desiredRetention: 0.95 }, optionsRev: data.optionsRev + 1 };
		const read = Collection.fromFiles({ ...c.toFiles(), "data.json": JSON.stringify(older) }, { deviceId: "dev-a", utcOffset: utc });
		expect(read.options().desiredRetention).toBe(0.85);
		expect(storedHistory(read)).toEqual(storedHistory(c));
	});

	it("keeps edits made with no answer between as one change, and at most a bounded number of snapshots", () => {
		const c = collectionWithTerms();
		const id = c.cards()[0]?.id as string;
		for (const retention of [0.8, 0.85, 0.86, 0.87]) c.setOptions({ desiredRetention: retention }, at(0, 1));
		expect(storedHistory(c)?.default).toHaveLength(2);
		for (let i = 0; i < HISTORY_LIMIT + 10; i++) {
			c.answer(id, 3, at(i, 30));
			c.setOptions({ maximumInterval: 100 + i }, at(i, 40));
		}
		expect(storedHistory(c)?.default).toHaveLength(HISTORY_LIMIT);
		expect(shown(replayed(c))).toEqual(shown(c));
	});
});

/** An answer, an options change, or an answer then its undo. */
type Step = { kind: "answer" | "options" | "answerUndo"; card: number; rating: Rating; value: number; minutes: number };

const step: fc.Arbitrary<Step> = fc.record({
	kind: fc.constantFrom("answer", "answer", "options", "answerUndo"),
	card: fc.nat(TERMS.length - 1),
	rating: fc.constantFrom<Rating>(1, 2, 3, 4),
	value: fc.nat(40),
	minutes: fc.nat(3000),
}) as fc.Arbitrary<Step>;

describe("options history under random answers and changes", () => {
	it("gives a card back its due after answer + undo, and keeps every cached state equal to the replay of the log", () => {
		fc.assert(
			fc.property(fc.array(step, { minLength: 3, maxLength: 25 }), (steps) => {
				const c = collectionWithTerms();
				let minutes = 0;
				for (const s of steps) {
					minutes += s.minutes + 1;
					const id = c.cards()[s.card]?.id as string;
					if (s.kind === "options") c.setOptions({ desiredRetention: 0.7 + (s.value % 29) / 100, maximumInterval: 1 + s.value, relearningSteps: s.value % 2 === 0 ? [10] : [] }, at(0, minutes));
					else if (s.kind === "answer") c.answer(id, s.rating, at(0, minutes));
					else {
						const before = c.card(id);
						c.answer(id, s.rating, at(0, minutes));
						c.undo();
						expect(c.card(id)).toEqual(before);
					}
				}
				expect(shown(replayed(c))).toEqual(shown(c));
			}),
			{ numRuns: 60 },
		);
	});
});

describe("options history synced through files", () => {
	const deviceSteps = fc.array(step, { minLength: 2, maxLength: 10 });

	it("gives every device the same cards whatever order it reads the others' files in, each the replay of the log", () => {
		fc.assert(
			fc.property(fc.tuple(deviceSteps, deviceSteps, deviceSteps), (plans) => {
				const base = collectionWithTerms("base").toFiles();
				const folders = plans.map((steps, d) => {
					const c = Collection.fromFiles(base, { deviceId: `dev-${d}`, utcOffset: utc });
					indexCards(c, "Terms.md", TERMS, at());
					let minutes = 0;
					for (const s of steps) {
						minutes += s.minutes + 1;
						const id = c.cards()[s.card]?.id as string;
						if (s.kind === "options") c.setOptions({ desiredRetention: 0.7 + (s.value % 29) / 100, maximumInterval: 1 + s.value }, at(0, minutes));
						else c.answer(id, s.rating, at(0, minutes));
					}
					return c.toFiles();
				});
				const [a, b, c] = folders as [Record<string, string>, Record<string, string>, Record<string, string>];
				const results = [
					[a, b, c],
					[c, a, b],
					[b, c, a],
				].map(([first, ...rest]) => {
					const reader = Collection.fromFiles(first as Record<string, string>, { deviceId: "reader", utcOffset: utc });
					indexCards(reader, "Terms.md", TERMS, at());
					for (const files of rest) reader.merge(files);
					return reader;
				});
				const expected = shown(results[0] as Collection);
				for (const reader of results) expect(shown(reader)).toEqual(expected);
				const fresh = Collection.fromFiles({ ...a, ...b, ...c, "data.json": (results[0] as Collection).toFiles()["data.json"] as string }, { deviceId: "fresh", utcOffset: utc });
				indexCards(fresh, "Terms.md", TERMS, at());
				expect(shown(fresh)).toEqual(expected);
			}),
			{ numRuns: 40 },
		);
	});
});

/** A history of up to two presets' snapshots, with equal times and devices often, and sometimes more snapshots than are kept. */
const history: fc.Arbitrary<OptionsHistory> = fc
	.array(fc.record({ preset: fc.constantFrom("default", "p1"), time: fc.nat(40), device: fc.constantFrom("a", "b"), retention: fc.nat(29) }), { maxLength: HISTORY_LIMIT + 8 })
	.map((items) => {
		const result = new Map<string, ReturnType<typeof snapshot>[]>();
		for (const item of items) {
			const values = { ...defaultPresetValues(), desiredRetention: 0.7 + item.retention / 100 };
			const list = result.get(item.preset) ?? [];
			list.push(snapshot({ time: item.time, device: item.device, values, more: {} }));
			result.set(item.preset, list);
		}
		// As read: each preset's snapshots sorted, distinct and bounded (what a merge with nothing gives).
		const normalised = mergeHistory(result, new Map([...result.keys()].map((id) => [id, []])));
		expect([...normalised.values()].every((list) => list.length > 0 && list.length <= HISTORY_LIMIT)).toBe(true);
		return normalised;
	});

describe("mergeHistory", () => {
	const text = (h: OptionsHistory): string => JSON.stringify(encodeHistory(h) ?? null);

	it("is commutative, associative and idempotent, and keeps at most HISTORY_LIMIT snapshots a preset", () => {
		fc.assert(
			fc.property(history, history, history, (a, b, c) => {
				expect(text(mergeHistory(a, b))).toBe(text(mergeHistory(b, a)));
				expect(text(mergeHistory(mergeHistory(a, b), c))).toBe(text(mergeHistory(a, mergeHistory(b, c))));
				expect(text(mergeHistory(a, a))).toBe(text(a));
				for (const list of mergeHistory(mergeHistory(a, b), c).values()) expect(list.length).toBeLessThanOrEqual(HISTORY_LIMIT);
			}),
			{ numRuns: 200 },
		);
	});
});
