import fc from "fast-check";
import { Collection, type Rating } from "../../../../src/core";
import { seededRandom } from "../../../../src/core/scheduler/optimizer/training-schedule";
import { at, card, indexCards, newCollection, utc } from "../builders";
import { changedFiles, RandomAnswers, shownCards as shown } from "./two-devices";

const CARDS = Array.from({ length: 14 }, (_, i) => card(`What is term ${i}?`, `Term ${i} is the ${i}th one.`));

/** Something the user does while a merge runs (at step `step` of it). */
type Action = { step: number; kind: "answer" | "undo" | "suspend" | "reset" | "options" | "index"; card: number; rating: Rating };

const action = fc.record({
	step: fc.nat(40),
	kind: fc.constantFrom("answer", "answer", "answer", "undo", "suspend", "reset", "options", "index"),
	card: fc.nat(CARDS.length - 1),
	rating: fc.constantFrom<Rating>(1, 2, 3, 4),
}) as fc.Arbitrary<Action>;

/** Two devices' histories; the laptop has merged some of the phone's. Returns the laptop's folder and local cache, and the files the phone changed since. */
function histories(seed: number): { folder: Record<string, string>; local: Record<string, string>; incoming: Record<string, string>; latest: number } {
	const random = seededRandom(seed);
	const laptop = newCollection({}, "laptop");
	const phone = newCollection({}, "phone");
	for (const device of [laptop, phone]) indexCards(device, "Terms.md", CARDS);
	const ids = laptop.cards().map((c) => c.id);
	const known: Record<string, string> = {};
	const answers = new RandomAnswers(random, ids, 2_000);
	for (let round = 0; round < 3; round++) {
		answers.give(laptop, 10);
		answers.give(phone, 10);
		laptop.merge(changedFiles(phone, known));
	}
	answers.give(phone, 30);
	answers.give(laptop, 5);
	// Now and then the phone's own writes change too (then the merge is the whole one, not in place).
	if (random() < 0.3) phone.undo();
	if (random() < 0.3) phone.suspend(ids[0] as string, true, at(0, answers.minutes));
	const incoming = changedFiles(phone, { ...known });
	return { folder: { ...known, ...laptop.toFiles() }, local: laptop.toLocalFiles(), incoming, latest: answers.minutes };
}

/** Does `action` on `c` at `minutes` (the same on either copy). */
function act(c: Collection, { kind, card: n, rating }: Action, minutes: number): void {
	const id = c.cards()[n % c.cards().length]?.id as string;
	const when = at(0, minutes);
	if (kind === "answer") c.answer(id, rating, when);
	else if (kind === "undo") c.undo();
	else if (kind === "suspend") c.suspend(id, n % 2 === 0, when);
	else if (kind === "reset") c.resetCard(id, when);
	else if (kind === "options") c.setOptions({ desiredRetention: 0.8 + (n % 10) / 100 });
	else indexCards(c, "Terms.md", [...CARDS, card(`A new term ${n}?`, "New.")], when);
}

describe("merging in steps", () => {
	it("gives what the one-call merge gives after the same actions, whatever the user does between its steps", () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.array(action, { maxLength: 6 }), fc.constantFrom(1, 3), (seed, actions, cardsPerStep) => {
				const { folder, local, incoming, latest } = histories(seed);
				const load = (): Collection => Collection.fromFiles(folder, { deviceId: "laptop", utcOffset: utc, files: local });
				const stepped = load();
				const steps = stepped.mergeInSteps(incoming, cardsPerStep);
				const done: Action[] = [];
				const pending = [...actions].sort((a, b) => a.step - b.step);
				for (let step = 0; !steps.next().done; step++) {
					while (pending[0] && pending[0].step <= step) {
						const next = pending.shift() as Action;
						act(stepped, next, latest + 60 * (done.length + 1));
						done.push(next);
					}
				}
				// The same actions before the one-call merge.
				const oneCall = load();
				done.forEach((a, i) => act(oneCall, a, latest + 60 * (i + 1)));
				oneCall.merge(incoming);
				expect(shown(stepped)).toEqual(shown(oneCall));
				expect(stepped.history()).toEqual(oneCall.history());
				expect(stepped.toFiles()).toEqual(oneCall.toFiles());
				expect(stepped.toLocalFiles()).toEqual(oneCall.toLocalFiles());
			}),
			{ numRuns: 60 },
		);
	});

	// Seeds 3 and 5 merge in place; in 7 the phone's writes changed too, so it takes the whole merge.
	it.each([3, 5, 7])("keeps the answers given while it runs, and schedules those cards from all their answers (seed %i)", (seed) => {
		const { folder, local, incoming, latest } = histories(seed);
		const stepped = Collection.fromFiles(folder, { deviceId: "laptop", utcOffset: utc, files: local });
		const mine = (c: Collection): number => c.history().filter((r) => r.device === "laptop").length;
		const before = mine(stepped);
		const steps = stepped.mergeInSteps(incoming, 1);
		const ids = stepped.cards().map((c) => c.id);
		// An answer to a different card at each of the first steps: some before the merge reached them, some after.
		let given = 0;
		while (!steps.next().done) if (given < 2 * ids.length) stepped.answer(ids[given % ids.length] as string, 1, at(0, latest + 60 * ++given));
		expect(given).toBe(2 * ids.length);
		const fresh = Collection.fromFiles({ ...folder, ...incoming, ...stepped.toFiles() }, { deviceId: "laptop", utcOffset: utc });
		indexCards(fresh, "Terms.md", CARDS);
		expect(stepped.history()).toEqual(fresh.history());
		expect(mine(stepped)).toBe(before + given);
		expect(shown(stepped)).toEqual(shown(fresh));
	});
});
