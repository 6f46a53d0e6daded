import { Collection } from "../../../src/core";
import type { LoadedData } from "../../../src/obsidian/data/persistence";
import { FakeAdapter } from "../../__mocks__/obsidian";
import { answerNote, answersOnDisk, instance, openLive } from "../support/data-file";
import { putStore } from "../support/folder-files";

const BIG = Array.from({ length: 400 }, (_, i) => `## Question ${i} #card\nAnswer ${i}.\n`).join("\n");

describe("a sync that brings another device's whole history", () => {
	it("is merged in slices: answers given and sync events arriving meanwhile are all kept and saved", async () => {
		const adapter = new FakeAdapter();
		const start = Date.now() - 30 * 86_400_000;
		const mine = new Collection({ deviceId: "device-a" });
		mine.indexNote("Big.md", BIG, new Date(start));
		putStore(adapter, mine);
		// The phone answered every card of the note a few times.
		const phone = new Collection({ deviceId: "device-b" });
		phone.indexNote("Big.md", BIG, new Date(start));
		phone.cards().forEach((card, i) => {
			for (let k = 0; k < 4; k++) phone.answer(card.id, 3, new Date(start + k * 5 * 86_400_000 + i * 1000));
		});
		let opened: { data: LoadedData; apply: (data: LoadedData) => void } | undefined;
		let meanwhile: Promise<void> | undefined;
		const { file } = instance(adapter, {
			// Between two slices of the merge: an answer here, and one more answer synced from the phone.
			wait: async (ms) => {
				if (ms === 0 && opened && !meanwhile) {
					answerNote(opened.data.collection, "Mine.md");
					phone.answer(phone.cards()[0]?.id as string, 1, new Date());
					putStore(adapter, phone);
					meanwhile = file.reload(opened.data.collection, opened.apply);
				}
				await new Promise((resolve) => setTimeout(resolve, ms));
			},
		});
		opened = await openLive(file);
		putStore(adapter, phone);
		await file.reload(opened.data.collection, opened.apply);
		expect(meanwhile).toBeDefined();
		await meanwhile;
		const history = opened.data.collection.history();
		expect(history.filter((r) => r.device === "device-b")).toHaveLength(400 * 4 + 1);
		expect(history.filter((r) => r.device === "device-a")).toHaveLength(1);
		await file.flush();
		expect(answersOnDisk(adapter)).toBe(400 * 4 + 2);
	});
});
