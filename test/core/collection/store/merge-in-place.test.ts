import { Collection, type Rating } from "../../../../src/core";
import { seededRandom } from "../../../../src/core/scheduler/optimizer/training-schedule";
import { at, card, indexCards, newCollection, utc } from "../builders";

const CARDS = ["VPC", "subnet", "route table", "NAT gateway", "security group", "peering"].map((term) => card(`What is a ${term}?`, `The ${term}.`));

/** What a device shows of its cards: everything scheduling decides. */
const shown = (c: Collection): unknown[] => c.cards().map(({ id, state, due, stability, difficulty, reps, lapses }) => ({ id, state, due, stability, difficulty, reps, lapses }));

/** The files of `device` that changed since `before` (what a sync tool delivers), and the new state of its folder. */
function changedFiles(device: Collection, before: Record<string, string>): Record<string, string> {
	const after = device.toFiles();
	const changed = Object.fromEntries(Object.entries(after).filter(([name, text]) => before[name] !== text));
	Object.assign(before, after);
	return changed;
}

describe("merging another device's answers in place", () => {
	it.each([1, 2, 3, 4, 5, 6, 7, 8])("gives what reading both folders afresh gives (seed %i)", (seed) => {
		const random = seededRandom(seed);
		const laptop = newCollection({}, "laptop");
		const phone = newCollection({}, "phone");
		for (const device of [laptop, phone]) indexCards(device, "AWS.md", CARDS);
		const ids = laptop.cards().map((c) => c.id);
		const phoneFiles: Record<string, string> = {};
		let minutes = 0;
		for (let round = 0; round < 12; round++) {
			for (const device of [laptop, phone]) {
				for (let k = Math.floor(random() * 4); k > 0; k--) {
					minutes += 1 + Math.floor(random() * 3_000);
					device.answer(ids[Math.floor(random() * ids.length)] as string, (1 + Math.floor(random() * 4)) as Rating, at(0, minutes));
				}
			}
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
