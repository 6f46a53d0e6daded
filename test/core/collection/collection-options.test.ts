import { at, newCollection, reload } from "./builders";

describe("Collection.setOptions", () => {
	it("applies valid options and keeps them in the stored data", () => {
		const collection = newCollection();
		expect(collection.setOptions({ newPerDay: 35, learningSteps: [1, 5, 15], folderDecks: false })).toMatchObject({ ok: true });
		expect(reload(collection).options()).toMatchObject({ newPerDay: 35, learningSteps: [1, 5, 15], folderDecks: false });
	});

	it.each([
		[{ newPerDay: -1 }, /newPerDay.*0 to 9999/],
		[{ dayStartHour: 24 }, /dayStartHour/],
		[{ desiredRetention: 1.2 }, /desiredRetention.*0.7 to 0.99/],
		[{ learningSteps: [0] }, /learningSteps/],
		[{ cardTag: "my card" }, /cardTag.*one word/],
		[{ inlineSeparator: ":::" }, /must differ/],
		[{ colour: "red" }, /unknown option "colour"/],
		[{ maximumInterval: 1.5 }, /maximumInterval.*whole number/],
	])("refuses %j with an error naming the option, and changes nothing", (changes, message) => {
		const collection = newCollection();
		const before = collection.toJSON();
		const result = collection.setOptions(changes as never);
		expect(result.ok).toBe(false);
		expect(result.ok ? "" : result.error).toMatch(message);
		expect(collection.toJSON()).toEqual(before);
	});

	it("refuses invalid options given to the constructor", () => {
		expect(() => newCollection({ reviewsPerDay: -5 })).toThrow(/reviewsPerDay/);
	});

	it("re-marks leeches when the threshold changes", () => {
		const collection = newCollection({ leechThreshold: 2 });
		collection.indexNote("n.md", "## Q? #card\nThe answer here.\n", at(0));
		const id = collection.cards()[0]?.id as string;
		collection.answer(id, 4, at(0));
		for (const day of [20, 50]) {
			collection.answer(id, 1, at(day));
			collection.answer(id, 3, at(day, 15));
		}
		expect(collection.card(id)).toMatchObject({ lapses: 2, leech: true });
		collection.setOptions({ leechThreshold: 3 });
		expect(collection.card(id)?.leech).toBe(false);
		expect(collection.cards()[0]?.leech).toBe(false);
	});
});
