/**
 * @jest-environment jsdom
 */
import { Collection, computeStatistics, runtimeUtcOffset } from "../../../src/core";
import { LiveCollection } from "../../../src/obsidian/indexing/live-collection";
import { liveStatisticsHost } from "../../../src/obsidian/stats/live-statistics-host";

const NOW = new Date("2025-03-10T09:00:00Z");
const LATER = new Date("2025-03-12T09:00:00Z");

/** A store of `notes` notes with two cards each, every card answered once, as loaded from its files (no card list built yet). */
function loaded(notes: number): Collection {
	const collection = new Collection({ deviceId: "test", utcOffset: () => 0 });
	for (let i = 0; i < notes; i++) collection.indexNote(`Note ${i}.md`, `Q${i}a? #card\nA\n\nQ${i}b? #card-reverse\nB\n`, NOW);
	collection.cards().forEach((card, i) => collection.answer(card.id, (1 + (i % 4)) as 1 | 2 | 3 | 4, NOW));
	return Collection.fromFiles(collection.toFiles(), { deviceId: "test", utcOffset: () => 0, files: collection.toLocalFiles() });
}

describe("the live statistics host", () => {
	it("first builds the card list in slices after loading, then gives the one-shot figures", async () => {
		const collection = loaded(40);
		const live = new LiveCollection(collection);
		const host = liveStatisticsHost({} as never, live, () => LATER, () => undefined, 0);
		const listed = jest.spyOn(collection, "cards");
		const figures = host.statistics?.(undefined, () => undefined);
		expect(figures).toBeInstanceOf(Promise);
		// Nothing read the whole card list at once: it is being built in slices.
		expect(listed).not.toHaveBeenCalled();
		const cards = collection.cards();
		expect(await figures).toEqual(computeStatistics(cards, collection.history(), LATER.getTime(), { dayStartHour: 4, utcOffset: runtimeUtcOffset }));
	});

	it("gives the card info its card without listing every card", () => {
		const collection = loaded(40);
		const [first] = loaded(40).cards();
		const host = liveStatisticsHost({} as never, new LiveCollection(collection), () => LATER, () => undefined, 0);
		const listed = jest.spyOn(collection, "cards");
		expect(host.card(first?.id ?? "")).toEqual(first);
		expect(host.card("gone")).toBeUndefined();
		expect(listed).not.toHaveBeenCalled();
	});

	it("gives up a call for figures made while the card list was built when a newer call comes", async () => {
		const live = new LiveCollection(loaded(40));
		const host = liveStatisticsHost({} as never, live, () => LATER, () => undefined, 0);
		const settled: string[] = [];
		void (host.statistics?.("Default", () => undefined) as Promise<unknown>).then(() => settled.push("first"));
		const second = host.statistics?.(undefined, () => undefined) as Promise<unknown>;
		await second;
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(settled).toEqual([]);
	});
});
