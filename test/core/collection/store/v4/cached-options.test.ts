import fc from "fast-check";
import { Collection, type Rating } from "../../../../../src/core";
import * as cardReplay from "../../../../../src/core/collection/log/card-replay";
import { LOCAL_FILE } from "../../../../../src/core/collection/store/v4/layout";
import { at, card, indexCards, utc } from "../../builders";

const deckCards = () => Array.from({ length: 12 }, (_, i) => card(`Question ${i}?`, `Answer ${i}.`));

/** The laptop's folder and local cache: 12 cards answered on day 0, six of them again on day 3 (`preset`: one more preset, used by no deck yet). */
function laptop(preset?: { name: string; desiredRetention: number }): { files: Record<string, string>; local: Record<string, string> } {
	const collection = new Collection({ deviceId: "laptop", utcOffset: utc });
	if (preset) {
		const made = collection.addPreset(preset.name, at(0));
		if (!made.ok) throw new Error(made.error);
		collection.updatePreset(made.id, { desiredRetention: preset.desiredRetention }, at(0));
	}
	indexCards(collection, "Deck/Note.md", deckCards(), at(0));
	indexCards(collection, "Other/Note.md", [card("Other?", "Yes.")], at(0));
	collection.cards().forEach((c, i) => collection.answer(c.id, (1 + (i % 4)) as Rating, at(0, 10 + i)));
	collection.cards().slice(0, 6).forEach((c, i) => collection.answer(c.id, 3, at(3, i)));
	return { files: collection.toFiles(), local: collection.toLocalFiles() };
}

/** The folder once the phone, which read it, changed something at `time`. */
function changedOnPhone(files: Record<string, string>, change: (phone: Collection) => void): Record<string, string> {
	const phone = Collection.fromFiles(files, { deviceId: "phone", utcOffset: utc });
	change(phone);
	return { ...files, ...phone.toFiles() };
}

/** Loads the laptop with its local cache, counting the cards replayed. */
function loadCounting(files: Record<string, string>, local: Record<string, string>): { collection: Collection; replayed: number } {
	const replay = jest.spyOn(cardReplay, "storedCardState");
	const collection = Collection.fromFiles(files, { deviceId: "laptop", utcOffset: utc, files: local });
	const replayed = replay.mock.calls.length;
	replay.mockRestore();
	return { collection, replayed };
}

/** The local cache without what says its states' options: none of them is taken, each card is replayed. */
function unknownOptions(local: Record<string, string>): Record<string, string> {
	const header = JSON.parse(local[LOCAL_FILE] as string) as Record<string, unknown>;
	delete header.scheduling;
	return { ...local, [LOCAL_FILE]: JSON.stringify({ ...header, options: "" }) };
}

/** What replaying every card gives (the notes still come from the cache). */
const replayedAll = (files: Record<string, string>, local: Record<string, string>): Collection =>
	Collection.fromFiles(files, { deviceId: "laptop", utcOffset: utc, files: unknownOptions(local) });

describe("the local cache after the options changed on another device", () => {
	it("keeps every state when the change came after every answer", () => {
		const { files, local } = laptop();
		const folder = changedOnPhone(files, (phone) => phone.setOptions({ desiredRetention: 0.8 }, at(5)));
		const { collection, replayed } = loadCounting(folder, local);
		expect(collection.options().desiredRetention).toBe(0.8);
		expect(replayed).toBe(0);
		expect(collection.cards()).toEqual(replayedAll(folder, local).cards());
	});

	it("replays the cards answered since the change, and only those", () => {
		const { files, local } = laptop();
		// Between the day-0 answers and the six answers of day 3.
		const folder = changedOnPhone(files, (phone) => phone.setOptions({ desiredRetention: 0.8, learningSteps: [5] }, at(2)));
		const { collection, replayed } = loadCounting(folder, local);
		expect(replayed).toBe(6);
		expect(collection.cards()).toEqual(replayedAll(folder, local).cards());
	});

	it("replays the cards of a deck given another preset that were answered since its options differ, and every card when the cache does not say what it was scheduled with", () => {
		const { files, local } = laptop();
		// On day 2 "Deck" gets a preset of its own with another retention: its six cards answered on day 3
		// were scheduled otherwise; "Other" keeps the default.
		const folder = changedOnPhone(files, (phone) => {
			const made = phone.addPreset("Slow", at(2));
			if (!made.ok) throw new Error(made.error);
			phone.updatePreset(made.id, { desiredRetention: 0.8 }, at(2));
			phone.setDeckPreset("Deck", made.id, at(2));
		});
		const moved = loadCounting(folder, local);
		expect(moved.collection.presetOptions({ deck: "Deck" }).desiredRetention).toBe(0.8);
		expect(moved.replayed).toBe(6);
		expect(moved.collection.cards()).toEqual(replayedAll(folder, local).cards());
		const retention = changedOnPhone(files, (phone) => phone.setOptions({ desiredRetention: 0.8 }, at(5)));
		expect(loadCounting(retention, unknownOptions(local)).replayed).toBe(13);
	});

	it("replays a card whose deck now has a preset that scheduled otherwise all along", () => {
		const { files, local } = laptop({ name: "Strict", desiredRetention: 0.97 });
		const folder = changedOnPhone(files, (phone) => {
			const strict = phone.presets().find((p) => p.name === "Strict");
			phone.setDeckPreset("Other", strict?.id as string, at(5));
		});
		const moved = loadCounting(folder, local);
		expect(moved.replayed).toBe(1);
		expect(moved.collection.cards()).toEqual(replayedAll(folder, local).cards());
	});

	it("gives what replaying every card gives, whenever the options changed, whichever deck got a preset, whatever the phone answered after (property)", () => {
		const answer = fc.record({ card: fc.nat(11), rating: fc.constantFrom<Rating>(1, 2, 3, 4), minutes: fc.integer({ min: 1, max: 3000 }) });
		// The change at any time from the first day to the fifth; the phone's answers from the fifth day on.
		const changedAt = fc.integer({ min: 0, max: 5 * 24 * 60 });
		// Maybe a preset of its own for a deck, made at some time, its retention changed later.
		const preset = fc.option(fc.record({ deck: fc.constantFrom("Deck", "Other", "Elsewhere"), made: changedAt, changed: changedAt }));
		fc.assert(
			fc.property(fc.array(answer, { maxLength: 20 }), changedAt, fc.double({ min: 0.7, max: 0.97, noNaN: true }), preset, (answers, change, retention, own) => {
				const { files, local } = laptop();
				const folder = changedOnPhone(files, (phone) => {
					indexCards(phone, "Deck/Note.md", deckCards(), at(0));
					const times = [change, ...(own ? [own.made, own.changed] : [])].sort((a, b) => a - b);
					phone.setOptions({ desiredRetention: retention, learningSteps: [3, 30] }, at(0, times[0]));
					if (own) {
						const made = phone.addPreset("Own", at(0, times[1]));
						if (!made.ok) throw new Error(made.error);
						phone.setDeckPreset(own.deck, made.id, at(0, times[1]));
						phone.updatePreset(made.id, { desiredRetention: 0.75 }, at(0, times[2]));
					}
					let minutes = 5 * 24 * 60;
					for (const a of answers) phone.answer(phone.cards()[a.card]?.id as string, a.rating, at(0, (minutes += a.minutes)));
				});
				expect(loadCounting(folder, local).collection.cards()).toEqual(replayedAll(folder, local).cards());
			}),
			{ numRuns: 40 },
		);
	});
});
