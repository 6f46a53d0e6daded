import { Collection } from "../../../../src/core";
import { seededRandom } from "../../../../src/core/scheduler/optimizer/training-schedule";
import { card, indexCards, newCollection, utc } from "../builders";
import { changedFiles, RandomAnswers, shownCards as shown } from "./two-devices";

const CARDS = ["VPC", "subnet", "route table", "NAT gateway", "security group", "peering"].map((term) => card(`What is a ${term}?`, `The ${term}.`));


describe("merging another device's answers in place", () => {
	it.each([1, 2, 3, 4, 5, 6, 7, 8])("gives what reading both folders afresh gives (seed %i)", (seed) => {
		const random = seededRandom(seed);
		const laptop = newCollection({}, "laptop");
		const phone = newCollection({}, "phone");
		for (const device of [laptop, phone]) indexCards(device, "AWS.md", CARDS);
		const ids = laptop.cards().map((c) => c.id);
		const phoneFiles: Record<string, string> = {};
		const answers = new RandomAnswers(random, ids, 3_000);
		for (let round = 0; round < 12; round++) {
			for (const device of [laptop, phone]) answers.give(device, Math.floor(random() * 4));
			// Now and then the phone undoes its last answer: its writes part changes too (the whole merge).
			if (random() < 0.2) phone.undo();
			const changed = changedFiles(phone, phoneFiles);
			if (Object.keys(changed).length > 0) laptop.merge(changed);
			const fresh = Collection.fromFiles({ ...phoneFiles, ...laptop.toFiles() }, { deviceId: "laptop", utcOffset: utc });
			indexCards(fresh, "AWS.md", CARDS);
			expect(shown(laptop)).toEqual(shown(fresh));
			expect(laptop.history()).toEqual(fresh.history());
		}
		expect(laptop.history().some((r) => r.device === "phone")).toBe(true);
	});
});
